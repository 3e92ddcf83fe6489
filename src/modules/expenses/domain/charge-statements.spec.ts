import { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import { distributeByKeyOn } from './registry-state';
import { buildingCharges, ChargeableExpense, ownerStatement } from './charge-statements';

const own = (
  ownerId: string,
  share: number,
  startDate = '2020-01-01',
  endDate: string | null = null,
): OwnershipPeriod => ({
  ownerId,
  share,
  startDate,
  endDate,
});

// Unit A (333) sold by alice to bob on 2026-04-01; unit B (333) owned 60/40 by carol and dave; C (334) by erin.
const history: BuildingShareHistory = {
  buildingId: 'b-1',
  totalQuota: 1000,
  units: [
    { unitId: 'u-c', unitNumber: 'C', quota: 334, ownerships: [own('erin', 1_000_000)] },
    {
      unitId: 'u-a',
      unitNumber: 'A',
      quota: 333,
      ownerships: [own('alice', 1_000_000, '2020-01-01', '2026-04-01'), own('bob', 1_000_000, '2026-04-01')],
    },
    { unitId: 'u-b', unitNumber: 'B', quota: 333, ownerships: [own('carol', 600_000), own('dave', 400_000)] },
  ],
};

const expense = (
  id: string,
  expenseDate: string,
  amountCents: number,
  category: ChargeableExpense['category'] = 'cleaning',
): ChargeableExpense => ({
  id,
  buildingId: 'b-1',
  expenseDate,
  category,
  description: `Expense ${id}`,
  amountCents,
  status: 'pending',
  accountCode: category === 'insurance' ? '614000' : '610200',
  keyId: null,
});
const noKeys = new Map();

describe('distributeByKeyOn (quotas)', () => {
  it('uses the owners of the expense date: the seller before the sale, the buyer from its day', () => {
    const before = distributeByKeyOn(history, null, 100_000, '2026-03-31');
    const after = distributeByKeyOn(history, null, 100_000, '2026-04-01');
    expect(before.units.find((u) => u.unitNumber === 'A')!.owners).toEqual([
      { ownerId: 'alice', share: '100.0000', amountCents: 33_300 },
    ]);
    expect(after.units.find((u) => u.unitNumber === 'A')!.owners).toEqual([
      { ownerId: 'bob', share: '100.0000', amountCents: 33_300 },
    ]);
  });

  it('merges two rows of one owner active the same day', () => {
    const split: BuildingShareHistory = {
      buildingId: 'b-2',
      totalQuota: 10,
      units: [
        { unitId: 'u', unitNumber: '1', quota: 10, ownerships: [own('x', 500_000), own('x', 500_000, '2021-01-01')] },
      ],
    };
    expect(distributeByKeyOn(split, null, 1_000, '2022-01-01').units[0]!.owners).toEqual([
      { ownerId: 'x', share: '100.0000', amountCents: 1_000 },
    ]);
  });
});

describe('ownerStatement', () => {
  const expenses = [
    expense('e1', '2026-03-01', 100_000),
    expense('e2', '2026-05-01', 1_001, 'insurance'),
    expense('e3', '2026-06-01', 10_000),
  ];
  const histories = new Map([['b-1', history]]);

  it('lists the owner share of each expense with totals per category and overall', () => {
    const statement = ownerStatement('carol', expenses, histories, noKeys);
    // unit B's part is 333.00, 3.33 (the odd cent of 10.01 goes to C's larger remainder) and 33.30 EUR; carol carries 60 %
    expect(statement.lines.map((l) => [l.expenseId, l.unitNumber, l.share, l.amountCents])).toEqual([
      ['e1', 'B', '60.0000', 19_980],
      ['e2', 'B', '60.0000', 200],
      ['e3', 'B', '60.0000', 1_998],
    ]);
    expect(statement.totalsByCategory).toEqual([
      { category: 'cleaning', amountCents: 21_978 },
      { category: 'insurance', amountCents: 200 },
    ]);
    expect(statement.totalCents).toBe(22_178);
  });

  it('follows a sale: the seller carries what came before, the buyer what came after', () => {
    expect(ownerStatement('alice', expenses, histories, noKeys).lines.map((l) => l.expenseId)).toEqual(['e1']);
    expect(ownerStatement('bob', expenses, histories, noKeys).lines.map((l) => l.expenseId)).toEqual(['e2', 'e3']);
  });

  it('is empty for someone owning nothing, and skips buildings without history', () => {
    expect(ownerStatement('zoe', expenses, histories, noKeys)).toEqual({
      ownerId: 'zoe',
      lines: [],
      totalsByCategory: [],
      totalCents: 0,
    });
    expect(ownerStatement('carol', expenses, new Map(), noKeys).totalCents).toBe(0);
  });
});

describe('buildingCharges', () => {
  it('totals per unit and per owner, every cent borne by an owner', () => {
    const charges = buildingCharges(history, noKeys, [
      expense('e1', '2026-03-01', 100_000),
      expense('e2', '2026-05-01', 100_000),
    ]);
    expect(charges).toMatchObject({ buildingId: 'b-1', expenseCount: 2, totalCents: 200_000 });
    expect(charges.units.map((u) => [u.unitNumber, u.amountCents, u.owners])).toEqual([
      [
        'A',
        66_600,
        [
          { ownerId: 'alice', amountCents: 33_300 },
          { ownerId: 'bob', amountCents: 33_300 },
        ],
      ],
      [
        'B',
        66_600,
        [
          { ownerId: 'carol', amountCents: 39_960 },
          { ownerId: 'dave', amountCents: 26_640 },
        ],
      ],
      ['C', 66_800, [{ ownerId: 'erin', amountCents: 66_800 }]],
    ]);
    expect(charges.owners.map((o) => o.ownerId)).toEqual(['alice', 'bob', 'carol', 'dave', 'erin']);
    expect(charges.owners.reduce((sum, o) => sum + o.amountCents, 0)).toBe(charges.totalCents);
  });

  it('refuses quotas short of the building total on an expense date', () => {
    const partial = { ...history, totalQuota: 1110 };
    expect(() => buildingCharges(partial, noKeys, [expense('e1', '2026-03-01', 111_000)])).toThrow(
      expect.objectContaining({
        code: 'REGISTRY_INCOMPLETE',
        errors: [expect.objectContaining({ message: "On 2026-03-01 the units' quotas add up to 1000 of 1110" })],
      }),
    );
  });

  it('is all zeros without expenses', () => {
    expect(buildingCharges(history, noKeys, [])).toMatchObject({ expenseCount: 0, totalCents: 0, owners: [] });
  });
});
