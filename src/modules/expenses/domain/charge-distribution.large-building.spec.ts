import { ChargeDistribution, distributeCharge, UnitInput } from './charge-distribution';
import { apportion } from './largest-remainder';

// 500 units with uneven quotas (1..19 thousandths, many equal, so ties happen); every unit has two owners, 60/40
// or 33.3333/66.6667.
const units: UnitInput[] = Array.from({ length: 500 }, (_, index) => ({
  unitId: `unit-${index}`,
  unitNumber: String(index + 1),
  quota: 1 + ((index * 37) % 19),
  owners: [
    { ownerId: `owner-${index}-a`, share: index % 2 === 0 ? 600_000 : 333_333 },
    { ownerId: `owner-${index}-b`, share: index % 2 === 0 ? 400_000 : 666_667 },
  ],
}));
const quotaSum = units.reduce((acc, unit) => acc + unit.quota, 0);
const totalQuota = quotaSum;

function expectExact(result: ChargeDistribution, amountCents: number): void {
  const unitTotal = result.units.reduce((acc, unit) => acc + unit.amountCents, 0);
  expect(unitTotal).toBe(amountCents);
  for (const unit of result.units) {
    // within one cent: |part × Q − A × quota| < Q, in exact integers
    const gap = BigInt(unit.amountCents) * BigInt(totalQuota) - BigInt(amountCents) * BigInt(unit.quota);
    expect(gap < BigInt(totalQuota) && gap > -BigInt(totalQuota)).toBe(true);
    expect(unit.owners.reduce((acc, owner) => acc + owner.amountCents, 0)).toBe(unit.amountCents);
  }
}

describe('distributeCharge over a 500-unit building', () => {
  it('gives 1 cent to the single largest remainder', () => {
    const result = distributeCharge({ amountCents: 1, totalQuota, units });
    expectExact(result, 1);
    const paying = result.units.filter((unit) => unit.amountCents > 0);
    // the largest quota is 19 (exact part 19/Q cent); among the units holding it, "116" is first in string order
    expect(paying.map((unit) => [unit.unitNumber, unit.quota, unit.amountCents])).toEqual([['116', 19, 1]]);
    expect(paying[0]!.owners.map((owner) => owner.amountCents)).toEqual([0, 1]); // 33.3333 % / 66.6667 %
  });

  it('splits 99 cents exactly', () => {
    const result = distributeCharge({ amountCents: 99, totalQuota, units });
    expectExact(result, 99);
    expect(result.units.filter((unit) => unit.amountCents > 0)).toHaveLength(99);
  });

  it('splits the 10-million-euro ceiling exactly', () => {
    expectExact(distributeCharge({ amountCents: 1_000_000_000, totalQuota, units }), 1_000_000_000);
  });

  it('splits the ceiling of a credit note as the mirror of the invoice', () => {
    const credit = distributeCharge({ amountCents: -1_000_000_000, totalQuota, units });
    expectExact(credit, -1_000_000_000);
    const invoice = distributeCharge({ amountCents: 1_000_000_000, totalQuota, units });
    expect(credit.units.map((u) => -u.amountCents)).toEqual(invoice.units.map((u) => u.amountCents));
  });

  it('refuses 12,345,678.91 EUR, above the ceiling, but its arithmetic would still be exact', () => {
    expect(() => distributeCharge({ amountCents: 1_234_567_891, totalQuota, units })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
    const weights = units.map((unit) => BigInt(unit.quota));
    const parts = apportion(1_234_567_891n, weights);
    expect(parts.reduce((acc, part) => acc + part, 0n)).toBe(1_234_567_891n);
  });
});
