import type { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import type { ChargeMovement } from './movement-split';
import { type PeriodExpense, periodChargesOf } from './period-charges';

const own = (ownerId: string, startDate: string, endDate: string | null = null): OwnershipPeriod => ({
  ownerId,
  share: 1_000_000,
  startDate,
  endDate,
});

// Quotas 600 / 400; Ann sells unit A to Dan on 2026-07-01.
const history: BuildingShareHistory = {
  buildingId: 'b',
  totalQuota: 1000,
  units: [
    {
      unitId: 'ua',
      unitNumber: 'A',
      quota: 600,
      ownerships: [own('ann', '2020-01-01', '2026-07-01'), own('dan', '2026-07-01')],
    },
    { unitId: 'ub', unitNumber: 'B', quota: 400, ownerships: [own('bob', '2020-01-01')] },
  ],
};

const expense = (id: string, expenseDate: string): PeriodExpense & { label: string } => ({
  id,
  expenseDate,
  category: 'maintenance',
  keyId: null,
  paidFromReserve: false,
  label: id,
});
const expenses = [expense('spring', '2026-03-10'), expense('autumn', '2026-10-05')];
const movements: ChargeMovement[] = [
  { accountCode: '611000', expenseId: 'spring', amountCents: 10_000, date: '2026-03-10' },
  { accountCode: '611000', expenseId: 'autumn', amountCents: 20_000, date: '2026-10-05' },
  // Manual entries of bank charges, one on each side of the sale.
  { accountCode: '65', expenseId: null, amountCents: 500, date: '2026-02-01' },
  { accountCode: '65', expenseId: null, amountCents: 700, date: '2026-08-01' },
];

describe('periodChargesOf', () => {
  it('gives a reader of the whole building every expense and movement, and splits them all', () => {
    const charges = periodChargesOf('b', history, new Map(), expenses, movements, null);
    expect(charges.expenses.map((e) => e.label)).toEqual(['spring', 'autumn']);
    expect(charges.movements).toEqual(movements);
    expect(charges.parts.reduce((sum, p) => sum + p.amountCents, 0)).toBe(31_200);
  });

  it("keeps a seller's expenses and manual entries of the days it held a share, and splits only those", () => {
    const held = [{ buildingId: 'b', from: '2020-01-01', until: '2026-07-01' }];
    const charges = periodChargesOf('b', history, new Map(), expenses, movements, held);
    expect(charges.expenses.map((e) => e.id)).toEqual(['spring']);
    expect(charges.movements.map((m) => m.amountCents)).toEqual([10_000, 500]);
    expect(charges.parts.reduce((sum, p) => sum + p.amountCents, 0)).toBe(10_500);
  });

  it('reads nothing of another building the owner held', () => {
    const held = [{ buildingId: 'other', from: '2020-01-01', until: null }];
    const charges = periodChargesOf('b', history, new Map(), expenses, movements, held);
    expect(charges.expenses).toEqual([]);
    expect(charges.movements).toEqual([]);
    expect(charges.parts).toEqual([]);
  });
});
