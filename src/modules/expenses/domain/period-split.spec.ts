import type { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import { splitPeriod, SplitExpense } from './period-split';
import type { SplitKey } from './registry-state';

const own = (ownerId: string, startDate = '2020-01-01', endDate: string | null = null): OwnershipPeriod => ({
  ownerId,
  share: 1_000_000,
  startDate,
  endDate,
});

// Three equal units; unit 1 sold by ann to ben on 2026-07-01.
const history: BuildingShareHistory = {
  buildingId: 'b',
  totalQuota: 3,
  units: [
    {
      unitId: 'u1',
      unitNumber: '1',
      quota: 1,
      ownerships: [own('ann', '2020-01-01', '2026-07-01'), own('ben', '2026-07-01')],
    },
    { unitId: 'u2', unitNumber: '2', quota: 1, ownerships: [own('cat')] },
    { unitId: 'u0', unitNumber: '0', quota: 1, ownerships: [own('dan')] },
  ],
};
const lift: SplitKey = {
  id: 'lift',
  weights: [
    { unitId: 'u1', weight: 1 },
    { unitId: 'u2', weight: 1 },
  ],
};
const keys = new Map([[lift.id, lift]]);

const expense = (expenseDate: string, amountCents: number, overrides: Partial<SplitExpense> = {}): SplitExpense => ({
  expenseDate,
  amountCents,
  accountCode: '610200',
  category: 'cleaning',
  keyId: null,
  ...overrides,
});
const unitTotals = (expenses: SplitExpense[]) => {
  const totals = new Map<string, number>();
  for (const part of splitPeriod(history, keys, expenses))
    totals.set(part.unitNumber, (totals.get(part.unitNumber) ?? 0) + part.amountCents);
  return Object.fromEntries(totals);
};

describe('splitPeriod: the rounding-bias rule of a period statement', () => {
  it('splits 100 invoices of 1.00 over three equal units as 33.34 / 33.33 / 33.33, not 34.00 / 33.00 / 33.00', () => {
    const invoices = Array.from({ length: 100 }, (_, i) =>
      expense(`2026-01-${String((i % 28) + 1).padStart(2, '0')}`, 100),
    );
    expect(unitTotals(invoices)).toEqual({ '0': 3334, '1': 3333, '2': 3333 });
  });

  it('splits each account on its own', () => {
    const expenses = [
      expense('2026-01-05', 100),
      expense('2026-01-06', 100, { accountCode: '614000', category: 'insurance' }),
    ];
    expect(splitPeriod(history, keys, expenses).map((p) => [p.accountCode, p.unitNumber, p.amountCents])).toEqual([
      ['610200', '0', 34],
      ['610200', '1', 33],
      ['610200', '2', 33],
      ['614000', '0', 34],
      ['614000', '1', 33],
      ['614000', '2', 33],
    ]);
  });

  it('starts a new sum when the registry changes within the period: the seller and the buyer each carry their days', () => {
    const parts = splitPeriod(history, keys, [expense('2026-06-30', 300), expense('2026-07-01', 600)]);
    const unit1 = parts.filter((p) => p.unitNumber === '1').map((p) => p.owners);
    expect(unit1).toEqual([
      [{ ownerId: 'ann', share: '100.0000', amountCents: 100 }],
      [{ ownerId: 'ben', share: '100.0000', amountCents: 200 }],
    ]);
  });

  it('nets a credit note against the invoices of its account before splitting', () => {
    expect(unitTotals([expense('2026-01-05', 1000), expense('2026-01-20', -400)])).toEqual({
      '0': 200,
      '1': 200,
      '2': 200,
    });
    expect(unitTotals([expense('2026-01-05', 1000), expense('2026-01-20', -1000)])).toEqual({});
  });

  it('splits a key by its weights over its units only', () => {
    expect(unitTotals([expense('2026-01-05', 1001, { keyId: 'lift' })])).toEqual({ '1': 501, '2': 500 });
  });

  it('refuses a period with an incomplete registry, naming the first date of each state', () => {
    const sold: BuildingShareHistory = {
      ...history,
      units: history.units.map((u) =>
        u.unitId === 'u1' ? { ...u, ownerships: [own('ann', '2020-01-01', '2026-07-01')] } : u,
      ),
    };
    expect(() =>
      splitPeriod(sold, keys, [expense('2026-07-02', 100), expense('2026-07-03', 100), expense('2026-06-01', 1)]),
    ).toThrow(
      expect.objectContaining({
        code: 'REGISTRY_INCOMPLETE',
        errors: [
          expect.objectContaining({ field: 'units.1.owners', message: 'On 2026-07-02 unit 1 is owned 0.0000 %' }),
        ],
      }),
    );
  });

  it('asks of a key only that its own units be fully owned', () => {
    const groundFloorUnowned: BuildingShareHistory = {
      ...history,
      units: history.units.map((u) => (u.unitId === 'u0' ? { ...u, ownerships: [] } : u)),
    };
    expect(
      splitPeriod(groundFloorUnowned, keys, [expense('2026-01-05', 10, { keyId: 'lift' })]).map((p) => p.amountCents),
    ).toEqual([5, 5]);
  });
});
