import { formatCents } from './money-format';

describe('formatCents', () => {
  it.each([
    [1234567, '12.345,67 €', '€12,345.67'],
    [0, '0,00 €', '€0.00'],
    [5, '0,05 €', '€0.05'],
    [99, '0,99 €', '€0.99'],
    [100, '1,00 €', '€1.00'],
    [100000, '1.000,00 €', '€1,000.00'],
    [99999999, '999.999,99 €', '€999,999.99'],
    [123456789012, '1.234.567.890,12 €', '€1,234,567,890.12'],
    [-1234567, '-12.345,67 €', '-€12,345.67'],
  ])('formats %i cents', (cents, frNl, en) => {
    expect(formatCents(cents, 'fr')).toBe(frNl);
    expect(formatCents(cents, 'nl')).toBe(frNl);
    expect(formatCents(cents, 'en')).toBe(en);
  });

  it('stays exact beyond the range where cents/100 loses precision', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER, 'fr')).toBe('90.071.992.547.409,91 €');
  });

  it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %p', (value) => {
    expect(() => formatCents(value, 'fr')).toThrow(RangeError);
  });
});
