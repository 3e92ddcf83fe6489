import fc from 'fast-check';
import { DomainError } from './domain-error';
import {
  FULL_SHARE,
  formatShare,
  formatShareSum,
  isShare,
  parseShare,
  Share,
  shareFromInput,
  sumShares,
} from './share';

describe('parseShare', () => {
  it.each([
    ['100', 1_000_000],
    ['100.0000', 1_000_000],
    ['60', 600_000],
    ['33.3333', 333_333],
    ['33.3334', 333_334],
    ['12.5', 125_000],
    ['0.0001', 1],
    ['7.05', 70_500],
  ])('reads %s %% as %d ten-thousandths', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each(['0', '0.0000', '100.0001', '101', '33.33333', '-5', '+5', '1e2', ' 50', '50.', '.5', '', 'abc', '1000'])(
    'refuses %p with INVALID_SHARE',
    (text) => {
      expect(() => parseShare(text)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'INVALID_SHARE' }));
    },
  );

  it('throws a DomainError so the HTTP layer answers 400', () => {
    expect(() => parseShare('0')).toThrow(expect.any(DomainError));
  });
});

describe('Share', () => {
  it.each([
    ['60', 600_000, '60.0000'],
    ['33.3333', 333_333, '33.3333'],
    [60.5, 605_000, '60.5000'],
    ['0.0001', 1, '0.0001'],
    ['100', 1_000_000, '100.0000'],
    [' 7.25 ', 72_500, '7.2500'],
  ])('parses %p exactly', (input, tenThousandths, text) => {
    const share = Share.parse(input);
    expect(share.tenThousandths).toBe(tenThousandths);
    expect(share.toString()).toBe(text);
  });

  it.each(['0', '0.0000', '100.0001', '101', '33.33333', '-1', 'abc', '', '1e2', 1e-5])('refuses %p', (input) => {
    expect(() => Share.parse(input)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
  });

  it('is built from whole ten-thousandths within 100 % only', () => {
    expect(Share.of(1).tenThousandths).toBe(1);
    expect(Share.full().tenThousandths).toBe(FULL_SHARE);
    expect(() => Share.of(FULL_SHARE + 1)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
    expect(() => Share.of(0.5)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
  });

  it('reads client input that is neither text nor number as no share', () => {
    expect(shareFromInput(null)).toBeNull();
    expect(shareFromInput({})).toBeNull();
    expect(shareFromInput(' 50 ')).toBe(500_000);
  });
});

describe('formatShare', () => {
  it.each([
    [1_000_000, '100.0000'],
    [600_000, '60.0000'],
    [333_333, '33.3333'],
    [1, '0.0001'],
    [0, '0.0000'],
  ])('writes %d as "%s"', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it.each([-1, 1_000_001, 1.5, Number.NaN])('refuses %p', (share) => {
    expect(() => formatShare(share)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
  });

  it('writes sums above 100 % and negative differences too, for error reports', () => {
    expect(formatShareSum(1_000_001)).toBe('100.0001');
    expect(formatShareSum(-50)).toBe('-0.0050');
  });

  it('round-trips every valid share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FULL_SHARE }), (share) => {
        expect(parseShare(formatShare(share))).toBe(share);
      }),
    );
  });
});

describe('isShare and sumShares', () => {
  it('accepts 0 < share ≤ 100 % in whole ten-thousandths only', () => {
    expect([1, FULL_SHARE].every(isShare)).toBe(true);
    expect([0, -1, FULL_SHARE + 1, 0.5].some(isShare)).toBe(false);
  });

  it('sums exactly where binary fractions would not: three thirds and a ten-thousandth', () => {
    expect(sumShares([333_333, 333_333, 333_334])).toBe(FULL_SHARE);
    expect(sumShares([])).toBe(0);
  });
});
