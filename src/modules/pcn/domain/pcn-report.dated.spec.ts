import { buildPcnReport } from './pcn-report.builder';

// domain.md, "Time": A and B hold 500 each from 2020-01-01; from 2026-07-01 A holds 400 and a new unit C 100.
const units = [
  {
    unitId: 'u-a',
    unitNumber: 'A',
    quota: 400,
    quotas: [
      { quota: 500, validFrom: '2020-01-01', validTo: '2026-07-01' },
      { quota: 400, validFrom: '2026-07-01', validTo: null },
    ],
  },
  { unitId: 'u-b', unitNumber: 'B', quota: 500, quotas: [{ quota: 500, validFrom: '2020-01-01', validTo: null }] },
  { unitId: 'u-c', unitNumber: 'C', quota: 100, quotas: [{ quota: 100, validFrom: '2026-07-01', validTo: null }] },
];

describe('buildPcnReport with dated quotas', () => {
  it('splits each expense with the quotas of its date', () => {
    const report = buildPcnReport({
      buildingId: 'b',
      period: { from: '2025-01-01', to: '2026-12-31' },
      lang: 'fr',
      totalQuota: 1000,
      units,
      expenses: [
        { accountCode: '610000', amountCents: 100_000, date: '2025-05-01' },
        { accountCode: '610000', amountCents: 100_000, date: '2026-08-01' },
      ],
      labels: new Map(),
      visibleUnitIds: null,
    });
    expect(report.units.map((u) => [u.unitNumber, u.totalCents])).toEqual([
      ['A', 90_000],
      ['B', 100_000],
      ['C', 10_000],
    ]);
    expect(report.unallocatedCents).toBe(0);
  });
});
