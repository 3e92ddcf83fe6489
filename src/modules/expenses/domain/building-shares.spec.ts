import { BuildingShareHistory, quotaOn, UnitShareHistory } from './building-shares';
import { distributeByKeyOn } from './registry-state';

const everyone = [{ ownerId: 'o', share: 1_000_000, startDate: '2019-01-01', endDate: null }];
const unit = (unitNumber: string, quotas: UnitShareHistory['quotas']): UnitShareHistory => ({
  unitId: `u-${unitNumber}`,
  unitNumber,
  quota: quotas![quotas!.length - 1]!.quota,
  quotas,
  ownerships: everyone,
});

// domain.md, "Time": A and B hold 500 each from 2020-01-01; from 2026-07-01 A holds 400 and a new unit C 100.
const history: BuildingShareHistory = {
  buildingId: 'b',
  totalQuota: 1000,
  units: [
    unit('A', [
      { quota: 500, validFrom: '2020-01-01', validTo: '2026-07-01' },
      { quota: 400, validFrom: '2026-07-01', validTo: null },
    ]),
    unit('B', [{ quota: 500, validFrom: '2020-01-01', validTo: null }]),
    unit('C', [{ quota: 100, validFrom: '2026-07-01', validTo: null }]),
  ],
};
const parts = (day: string, amountCents = 100_000) =>
  distributeByKeyOn(history, null, amountCents, day).units.map((u) => [u.unitNumber, u.quota, u.amountCents]);

describe('distributeByKeyOn (quotas) with dated quotas', () => {
  it('splits an expense of 2025-05-01 with the quotas of that day: A 500.00, B 500.00, C takes no part', () => {
    expect(parts('2025-05-01')).toEqual([
      ['A', 500, 50_000],
      ['B', 500, 50_000],
    ]);
  });

  it('splits an expense of 2026-08-01 with the new quotas: A 400.00, B 500.00, C 100.00', () => {
    expect(parts('2026-08-01')).toEqual([
      ['A', 400, 40_000],
      ['B', 500, 50_000],
      ['C', 100, 10_000],
    ]);
  });

  it('switches on the first day of the new period (end dates are exclusive)', () => {
    expect(parts('2026-06-30').map(([n]) => n)).toEqual(['A', 'B']);
    expect(parts('2026-07-01').map(([n]) => n)).toEqual(['A', 'B', 'C']);
  });

  it('reads a quota held since the deed on any earlier date, and a history without periods as one quota', () => {
    const since = unit('S', [{ quota: 7, validFrom: null, validTo: '2000-01-01' }]);
    expect(quotaOn(since, '1800-01-01')).toBe(7);
    expect(quotaOn(since, '2000-01-01')).toBeNull();
    expect(quotaOn({ ...since, quota: 9, quotas: undefined }, '2000-01-01')).toBe(9);
  });
});
