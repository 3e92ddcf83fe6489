import fc from 'fast-check';
import { distributeCharge } from '@modules/expenses';
import { buildPcnReport } from '../domain/pcn-report.builder';
import type { SplitUnit } from '../domain/unit-split';

/**
 * The PCN report splits each expense itself (grouped by quota, for speed); the figures must be those of the
 * expenses context, expense by expense: `GET /expenses/:id/distribution` and the report never disagree by a cent.
 */

const CODES = ['610000', '612000', '614000'];

const building = fc
  .uniqueArray(
    fc.record({
      unitNumber: fc.string({ minLength: 1, maxLength: 4 }),
      quota: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 })),
    }),
    { selector: (unit) => unit.unitNumber, maxLength: 40 },
  )
  .chain((drawn) => {
    const units: SplitUnit[] = drawn.map((unit, index) => ({ unitId: `unit-${index}`, ...unit }));
    const quotaSum = units.reduce((sum, unit) => sum + unit.quota, 0);
    const totalQuota = fc.oneof(
      fc.constant(Math.max(quotaSum, 1)),
      fc.integer({ min: quotaSum + 1, max: quotaSum + 2000 }),
    );
    return fc.tuple(fc.constant(units), totalQuota);
  });

const expenses = fc.array(
  fc.record({
    accountCode: fc.constantFrom(...CODES),
    amountCents: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1_000_000_000 })),
  }),
  { minLength: 1, maxLength: 12 },
);

/** Per account: each unit's summed parts (by unit id) and the unallocated sum, from `distributeCharge` one by one. */
function distributed(
  units: SplitUnit[],
  totalQuota: number,
  lines: ReadonlyArray<{ accountCode: string; amountCents: number }>,
) {
  const byAccount = new Map<string, { units: Map<string, number>; unallocatedCents: number }>();
  let unitOrder: string[] = [];
  for (const line of lines) {
    const account = byAccount.get(line.accountCode) ?? { units: new Map<string, number>(), unallocatedCents: 0 };
    byAccount.set(line.accountCode, account);
    const distribution = distributeCharge({
      amountCents: line.amountCents,
      totalQuota,
      units: units.map((unit) => ({ ...unit, owners: [] })),
    });
    account.unallocatedCents += distribution.unallocatedCents;
    for (const part of distribution.units) {
      account.units.set(part.unitId, (account.units.get(part.unitId) ?? 0) + part.amountCents);
    }
    unitOrder = distribution.units.map((part) => part.unitId);
  }
  return { byAccount, unitOrder };
}

describe('PCN report against the charge distribution of the expenses context', () => {
  it('gives every unit, per account, the sum of its distributed parts, and the building the unallocated rest', () => {
    fc.assert(
      fc.property(building, expenses, ([units, totalQuota], lines) => {
        const report = buildPcnReport({
          buildingId: 'building',
          period: { from: '2026-01-01', to: '2026-12-31' },
          lang: 'fr',
          totalQuota,
          units,
          expenses: lines,
          labels: new Map(),
          visibleUnitIds: null,
        });
        const { byAccount, unitOrder } = distributed(units, totalQuota, lines);

        expect(report.units.map((unit) => unit.unitId)).toEqual(unitOrder);
        for (const account of report.accounts) {
          expect(account.unallocatedCents).toBe(byAccount.get(account.accountCode)!.unallocatedCents);
        }
        for (const unit of report.units) {
          for (const line of unit.accounts) {
            expect(line.amountCents).toBe(byAccount.get(line.accountCode)!.units.get(unit.unitId));
          }
        }
        expect(report.unallocatedCents).toBe([...byAccount.values()].reduce((sum, a) => sum + a.unallocatedCents, 0));
      }),
      { numRuns: 200 },
    );
  });
});
