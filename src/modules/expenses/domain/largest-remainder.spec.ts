import fc from 'fast-check';
import { apportion } from './largest-remainder';

const big = (values: number[]): bigint[] => values.map((value) => BigInt(value));

describe('apportion (largest remainder)', () => {
  it('keeps exact quotients untouched', () => {
    expect(apportion(100000n, big([333, 333, 334]))).toEqual(big([33300, 33300, 33400]));
  });

  it('hands the leftover cents to the largest remainders', () => {
    // 10 × 1/6 = 1.67, 10 × 2/6 = 3.33, 10 × 3/6 = 5: floors 1 + 3 + 5 = 9, the cent goes to the .67
    expect(apportion(10n, big([1, 2, 3]))).toEqual(big([2, 3, 5]));
  });

  it('breaks equal remainders in favour of the claim listed first', () => {
    expect(apportion(10000n, big([1, 1, 1]))).toEqual(big([3334, 3333, 3333]));
    expect(apportion(2n, big([1, 1, 1]))).toEqual(big([1, 1, 0]));
  });

  it('gives nothing to a zero weight, even when cents are left over', () => {
    expect(apportion(1n, big([0, 1, 1]))).toEqual(big([0, 1, 0]));
  });

  it('splits a zero total into zeros, with or without weights', () => {
    expect(apportion(0n, big([3, 5]))).toEqual(big([0, 0]));
    expect(apportion(0n, [])).toEqual([]);
    expect(apportion(0n, big([0, 0]))).toEqual(big([0, 0]));
  });

  it('refuses a negative total, a negative weight, and a positive total with nobody to receive it', () => {
    expect(() => apportion(-1n, big([1]))).toThrow(RangeError);
    expect(() => apportion(1n, big([1, -1]))).toThrow(RangeError);
    expect(() => apportion(1n, [])).toThrow(RangeError);
    expect(() => apportion(1n, big([0]))).toThrow(RangeError);
  });

  it('sums to the total and keeps every part within one unit of its exact value', () => {
    const weights = fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 50 });
    const nonZero = weights.filter((values) => values.some((value) => value > 0n));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), nonZero, (total, claims) => {
        const parts = apportion(total, claims);
        const denominator = claims.reduce((acc, value) => acc + value, 0n);
        expect(parts.reduce((acc, value) => acc + value, 0n)).toBe(total);
        parts.forEach((part, index) => {
          const gap = part * denominator - total * (claims[index] as bigint); // (part − exact) × denominator
          expect(gap > -denominator && gap < denominator).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
