import type { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import { splitPeriod, SplitExpense } from './period-split';

const since = (ownerId: string, startDate: string): OwnershipPeriod => ({
  ownerId,
  share: 1_000_000,
  startDate,
  endDate: null,
});

// domain.md, "Time": A and B hold 500 each from 2020-01-01; from 2026-07-01 A holds 400 and a new unit C 100.
const history: BuildingShareHistory = {
  buildingId: 'b',
  totalQuota: 1000,
  units: [
    {
      unitId: 'u-a',
      unitNumber: 'A',
      quota: 400,
      quotas: [
        { quota: 500, validFrom: '2020-01-01', validTo: '2026-07-01' },
        { quota: 400, validFrom: '2026-07-01', validTo: null },
      ],
      ownerships: [since('ann', '2020-01-01')],
    },
    {
      unitId: 'u-b',
      unitNumber: 'B',
      quota: 500,
      quotas: [{ quota: 500, validFrom: '2020-01-01', validTo: null }],
      ownerships: [since('bob', '2020-01-01')],
    },
    {
      unitId: 'u-c',
      unitNumber: 'C',
      quota: 100,
      quotas: [{ quota: 100, validFrom: '2026-07-01', validTo: null }],
      ownerships: [since('cy', '2026-07-01')],
    },
  ],
};

const expense = (expenseDate: string, amountCents: number): SplitExpense => ({
  expenseDate,
  amountCents,
  accountCode: '610000',
  category: 'maintenance',
  keyId: null,
});

describe('splitPeriod with dated quotas', () => {
  it('splits each stretch with the quotas of its dates: 500/500 before, 400/500/100 after', () => {
    const parts = splitPeriod(history, new Map(), [expense('2025-05-01', 100_000), expense('2026-08-01', 100_000)]);
    expect(parts.map((p) => [p.unitNumber, p.amountCents])).toEqual([
      ['A', 50_000],
      ['B', 50_000],
      ['A', 40_000],
      ['B', 50_000],
      ['C', 10_000],
    ]);
  });

  it('refuses a date when the quotas in force do not reach the total', () => {
    const gap = { ...history, units: history.units.filter((u) => u.unitId !== 'u-c') };
    expect(() => splitPeriod(gap, new Map(), [expense('2026-08-01', 100)])).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ message: "On 2026-08-01 the units' quotas add up to 900 of 1000" })],
      }),
    );
  });
});
