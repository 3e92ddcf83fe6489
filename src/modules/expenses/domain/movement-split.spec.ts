import type { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import { type ChargeMovement, type MovementExpense, splitMovements } from './movement-split';

const own = (ownerId: string): OwnershipPeriod => ({ ownerId, share: 1_000_000, startDate: '2020-01-01', endDate: null });

// Quotas 500 / 300 / 200.
const history: BuildingShareHistory = {
  buildingId: 'b',
  totalQuota: 1000,
  units: [
    { unitId: 'ua', unitNumber: 'A', quota: 500, ownerships: [own('ann')] },
    { unitId: 'ub', unitNumber: 'B', quota: 300, ownerships: [own('bob')] },
    { unitId: 'uc', unitNumber: 'C', quota: 200, ownerships: [own('cat')] },
  ],
};

const expenses = new Map<string, MovementExpense>([
  // Roof works of 15,000.00 the assembly charged to the reserve fund.
  ['roof', { expenseDate: '2026-05-10', category: 'works', keyId: null, paidFromReserve: true }],
  // Repairs of 300.00 charged to the owners, and a refund of 100.01 on the same account.
  ['gutter', { expenseDate: '2026-06-01', category: 'works', keyId: null, paidFromReserve: false }],
  ['refund', { expenseDate: '2026-06-15', category: 'works', keyId: null, paidFromReserve: false }],
]);
const movements: ChargeMovement[] = [
  { accountCode: '611000', expenseId: 'roof', amountCents: 1_500_000, date: '2026-05-10' },
  { accountCode: '611000', expenseId: 'gutter', amountCents: 30_000, date: '2026-06-01' },
  { accountCode: '611000', expenseId: 'refund', amountCents: -10_001, date: '2026-06-15' },
  // A manual entry of bank charges (no expense): split by the quotas on its date.
  { accountCode: '65', expenseId: null, amountCents: 1_001, date: '2026-07-01' },
];

const byUnit = (parts: ReturnType<typeof splitMovements>['parts']) => {
  const totals: Record<string, number> = {};
  for (const p of parts) totals[`${p.accountCode}/${p.unitNumber}`] = (totals[`${p.accountCode}/${p.unitNumber}`] ?? 0) + p.amountCents;
  return totals;
};

describe('splitMovements', () => {
  it('charges the owners everything but the works paid from the reserve fund, which the fund covers', () => {
    const { parts, coveredByReserve } = splitMovements(history, new Map(), movements, expenses);
    expect(coveredByReserve).toEqual([{ accountCode: '611000', amountCents: 1_500_000 }]);
    // 611000 charged: 300.00 − 100.01 = 199.99, split once: 99.995 / 59.997 / 39.998 → floors 99.99 / 59.99 / 39.99,
    // the two spare cents to the largest remainders (C .8, B .7) → 99.99 / 60.00 / 40.00.
    // 65: 10.01 → 5.005 / 3.003 / 2.002 → 5.01 / 3.00 / 2.00.
    expect(byUnit(parts)).toEqual({
      '611000/A': 9_999,
      '611000/B': 6_000,
      '611000/C': 4_000,
      '65/A': 501,
      '65/B': 300,
      '65/C': 200,
    });
  });

  it('reconciles to the cent: per account, Σ unit parts + covered = Σ movements', () => {
    const { parts, coveredByReserve } = splitMovements(history, new Map(), movements, expenses);
    for (const code of ['611000', '65']) {
      const journal = movements.filter((m) => m.accountCode === code).reduce((s, m) => s + m.amountCents, 0);
      const charged = parts.filter((p) => p.accountCode === code).reduce((s, p) => s + p.amountCents, 0);
      const covered = coveredByReserve.find((c) => c.accountCode === code)?.amountCents ?? 0;
      expect(charged + covered).toBe(journal);
    }
  });

  it('a refund of reserve-paid works goes back to the fund, not to the owners', () => {
    const refunded = new Map(expenses).set('refund', { ...expenses.get('refund')!, paidFromReserve: true });
    const { parts, coveredByReserve } = splitMovements(history, new Map(), movements.slice(0, 3), refunded);
    expect(coveredByReserve).toEqual([{ accountCode: '611000', amountCents: 1_489_999 }]);
    expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(30_000);
  });
});
