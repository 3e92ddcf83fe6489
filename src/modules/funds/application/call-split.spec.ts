import fc from 'fast-check';
import { distributeCharge } from '@modules/expenses';
import { ownerDues } from '../domain/call-items';

/** A call is split by the expenses context's exact distribution, then gathered per owner. */
describe('calls split over the owners', () => {
  const units = (quotas: number[]) =>
    quotas.map((quota, i) => ({
      unitId: `u${i}`,
      unitNumber: `U${i + 1}`,
      quota,
      owners: [{ ownerId: `o${i}`, share: 1_000_000 }],
    }));

  it('domain.md: 562.50 over 250 / 250 / 500 → 140.63 / 140.62 / 281.25', () => {
    const split = distributeCharge({ amountCents: 56_250, totalQuota: 1000, units: units([250, 250, 500]) });
    expect(ownerDues(split.units).map((d) => [d.ownerId, d.amountCents])).toEqual([
      ['o0', 14_063],
      ['o1', 14_062],
      ['o2', 28_125],
    ]);
  });

  it('the items of a call always sum to its amount, each owner within a cent per unit of its exact share', () => {
    const owner = fc.record({ ownerId: fc.constantFrom('a', 'b', 'c', 'd'), share: fc.constant(0) });
    const aUnit = fc.record({
      quota: fc.integer({ min: 1, max: 400 }),
      owners: fc.uniqueArray(owner, { minLength: 1, maxLength: 3, selector: (o) => o.ownerId }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.array(aUnit, { minLength: 1, maxLength: 8 }),
        (amount, drawn) => {
          const input = drawn.map((u, i) => {
            // Shares of 100 % split as evenly as 4 decimals allow (the first owner takes the rest).
            const each = Math.floor(1_000_000 / u.owners.length);
            return {
              unitId: `u${i}`,
              unitNumber: `U${String(i).padStart(2, '0')}`,
              quota: u.quota,
              owners: u.owners.map((o, j) => ({
                ownerId: o.ownerId,
                share: j === 0 ? 1_000_000 - each * (u.owners.length - 1) : each,
              })),
            };
          });
          const total = input.reduce((sum, u) => sum + u.quota, 0);
          const dues = ownerDues(distributeCharge({ amountCents: amount, totalQuota: total, units: input }).units);
          expect(dues.reduce((sum, d) => sum + d.amountCents, 0)).toBe(amount);
          for (const d of dues) {
            expect(d.amountCents).toBe(d.units.reduce((sum, u) => sum + u.amountCents, 0));
            expect(d.amountCents).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
