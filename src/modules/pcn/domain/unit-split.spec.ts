import fc from 'fast-check';
import { PcnQuotaInconsistent } from './pcn.errors';
import { SplitUnit, UnitSplit } from './unit-split';

/** The rule as domain.md states it, unit by unit in BigInt: the reference the grouped computation must match. */
function reference(amount: number, totalQuota: number, units: readonly SplitUnit[]): number[] {
  const sorted = [...units].sort((a, b) => (a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0));
  const weights = [...sorted.map((u) => BigInt(u.quota)), BigInt(totalQuota - sorted.reduce((s, u) => s + u.quota, 0))];
  const q = BigInt(totalQuota);
  const parts = weights.map((w) => (BigInt(amount) * w) / q);
  const remainders = weights.map((w) => (BigInt(amount) * w) % q);
  let left = BigInt(amount) - parts.reduce((s, p) => s + p, 0n);
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a] > remainders[b] ? -1 : 1));
  for (const i of order) {
    if (left-- <= 0n) break;
    parts[i] += 1n;
  }
  return parts.map(Number);
}

const unit = (unitNumber: string, quota: number): SplitUnit => ({ unitId: `id-${unitNumber}`, unitNumber, quota });

function split(amount: number, totalQuota: number, units: SplitUnit[]): number[] {
  const into = new Array<number>(units.length + 1).fill(0);
  UnitSplit.of(totalQuota, units).addTo(into, amount);
  return into;
}

describe('UnitSplit', () => {
  it('splits by quota, units ordered by unit number, the missing quota last', () => {
    const units = [unit('B', 300), unit('A', 500)];
    expect(UnitSplit.of(1000, units).units.map((u) => u.unitNumber)).toEqual(['A', 'B']);
    expect(split(10_000, 1000, units)).toEqual([5000, 3000, 2000]);
  });

  it('gives tied leftover cents to the smaller unit number in plain string order, never to the unallocated part first', () => {
    expect(split(1, 3, [unit('2', 1), unit('10', 1)])).toEqual([1, 0, 0]); // "10" < "2"
    expect(split(2, 3, [unit('b', 1), unit('a', 1)])).toEqual([1, 1, 0]);
  });

  it('merges units of different quotas whose remainders are equal, by position', () => {
    // 7 × 2 mod 4 = 2 and 7 × 6 mod 4 = 2: A-1 (quota 6) and A-2 (quota 2) tie
    expect(split(7, 12, [unit('A-2', 2), unit('A-1', 6), unit('A-3', 4)])).toEqual(reference(7, 12, [unit('A-2', 2), unit('A-1', 6), unit('A-3', 4)]));
  });

  it('puts the whole amount on the building when it has no units', () => {
    expect(split(999, 1000, [])).toEqual([999]);
  });

  it('stays exact when amount × total quota is beyond 2^53', () => {
    const units = [unit('A', 1_000_000_007), unit('B', 999_999_937)];
    expect(split(999_999_999, 2_147_483_647, units)).toEqual(reference(999_999_999, 2_147_483_647, units));
  });

  it('refuses quotas above the total', () => {
    expect(() => UnitSplit.of(10, [unit('A', 11)])).toThrow(PcnQuotaInconsistent);
  });

  it('matches the unit-by-unit rule and sums to the amount, for any building and amount', () => {
    const building = fc
      .uniqueArray(fc.record({ unitNumber: fc.string({ minLength: 1, maxLength: 3 }), quota: fc.integer({ min: 1, max: 40 }) }), {
        selector: (u) => u.unitNumber,
        maxLength: 30,
      })
      .chain((units) => {
        const sum = units.reduce((s, u) => s + u.quota, 0);
        return fc.tuple(fc.constant(units.map((u) => unit(u.unitNumber, u.quota))), fc.integer({ min: Math.max(sum, 1), max: sum + 50 }));
      });
    fc.assert(
      fc.property(building, fc.integer({ min: 1, max: 1_000_000_000 }), ([units, totalQuota], amount) => {
        const parts = split(amount, totalQuota, units);
        expect(parts).toEqual(reference(amount, totalQuota, units));
        expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
      }),
      { numRuns: 300 },
    );
  });
});
