import fc from 'fast-check';
import { formatOgm, normalizeOgm, ogmCheckDigits, ogmFromBase } from './structured-communication';

describe('structured communication (OGM)', () => {
  it.each([
    [420007001, '+++042/0007/00108+++'],
    [12345, '+++000/0012/34526+++'],
    [97, '+++000/0000/09797+++'],
  ])('domain.md table: %s → %s', (base, printed) => {
    expect(formatOgm(ogmFromBase(base))).toBe(printed);
    expect(normalizeOgm(printed)).toBe(printed.replace(/\D/g, ''));
  });

  it('writes a remainder of 0 as 97 and never 00', () => {
    expect(ogmCheckDigits(0)).toBe(97);
    expect(ogmCheckDigits(194)).toBe(97);
    expect(ogmCheckDigits(98)).toBe(1);
    expect(ogmFromBase(0)).toBe('000000000097');
  });

  it('accepts the ways people write it and refuses a wrong check', () => {
    expect(normalizeOgm('***042/0007/00108***')).toBe('042000700108');
    expect(normalizeOgm(' 042/0007/00108 ')).toBe('042000700108');
    expect(normalizeOgm('042000700108')).toBe('042000700108');
    expect(normalizeOgm('+++042/0007/00109+++')).toBeNull();
    expect(normalizeOgm('+++042/0007/00100+++')).toBeNull();
    expect(normalizeOgm('+++000/0000/00000+++')).toBeNull();
    expect(normalizeOgm('04200070010')).toBeNull();
    expect(normalizeOgm('abc')).toBeNull();
  });

  it('refuses bases outside 10 digits', () => {
    expect(() => ogmFromBase(-1)).toThrow(RangeError);
    expect(() => ogmFromBase(10_000_000_000)).toThrow(RangeError);
    expect(() => ogmFromBase(1.5)).toThrow(RangeError);
  });

  it('every generated OGM reads back, and changing one digit breaks its check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 9 }), (base, position) => {
        const digits = ogmFromBase(base);
        expect(normalizeOgm(formatOgm(digits))).toBe(digits);
        const changed = (Number(digits[position]) + 1) % 10;
        const typo = digits.slice(0, position) + String(changed) + digits.slice(position + 1);
        expect(normalizeOgm(typo)).toBeNull();
      }),
    );
  });
});
