import { buildPcnReport, PcnReportInput } from './pcn-report.builder';

const units = [
  { unitId: 'u-b', unitNumber: 'B-02' },
  { unitId: 'u-a', unitNumber: 'A-01' },
  { unitId: 'u-c', unitNumber: 'C-03' },
];
// 610000: 103.33 split once over 500/300/200 (the two expenses' sum); 614000: 1,200.01.
const parts = [
  { unitId: 'u-a', accountCode: '610000', amountCents: 5167 },
  { unitId: 'u-b', accountCode: '610000', amountCents: 3100 },
  { unitId: 'u-c', accountCode: '610000', amountCents: 2066 },
  { unitId: 'u-a', accountCode: '614000', amountCents: 60_001 },
  { unitId: 'u-b', accountCode: '614000', amountCents: 36_000 },
  { unitId: 'u-c', accountCode: '614000', amountCents: 24_000 },
];

function aReportInput(overrides: Partial<PcnReportInput> = {}): PcnReportInput {
  return {
    buildingId: 'b-1',
    period: { from: '2026-01-01', to: '2026-12-31' },
    lang: 'fr',
    units,
    parts,
    coveredByReserve: [],
    movements: [
      { accountCode: '614000', amountCents: 120_001 },
      { accountCode: '610000', amountCents: 10_000 },
      { accountCode: '610000', amountCents: 333 },
    ],
    labels: new Map([
      ['610000', 'Entretien courant'],
      ['614000', 'Assurances'],
    ]),
    visibleUnitIds: null,
    ...overrides,
  };
}

describe('buildPcnReport', () => {
  it('totals the journal movements per account code, in code order, with labels, counts and the grand total', () => {
    const report = buildPcnReport(aReportInput());
    expect(report).toMatchObject({
      buildingId: 'b-1',
      from: '2026-01-01',
      to: '2026-12-31',
      lang: 'fr',
      totalCents: 130_334,
    });
    expect(
      report.accounts.map(({ accountCode, label, count, totalCents }) => [accountCode, label, count, totalCents]),
    ).toEqual([
      ['610000', 'Entretien courant', 2, 10_333],
      ['614000', 'Assurances', 1, 120_001],
    ]);
  });

  it('gives each unit its parts of each account, by unit number, summing to the account totals', () => {
    const report = buildPcnReport(aReportInput());
    const byNumber = Object.fromEntries(report.units.map((u) => [u.unitNumber, u]));
    expect(report.units.map((u) => u.unitNumber)).toEqual(['A-01', 'B-02', 'C-03']);
    expect(byNumber['A-01']!.accounts).toEqual([
      { accountCode: '610000', amountCents: 5167 },
      { accountCode: '614000', amountCents: 60_001 },
    ]);
    expect(byNumber['A-01']!.totalCents).toBe(65_168);
    for (const account of report.accounts) {
      const unitSum = report.units.reduce(
        (s, u) => s + u.accounts.find((l) => l.accountCode === account.accountCode)!.amountCents,
        0,
      );
      expect(unitSum).toBe(account.totalCents);
    }
    for (const unit of report.units) expect(unit.totalCents).toBe(unit.accounts.reduce((s, l) => s + l.amountCents, 0));
    expect(report.unallocatedCents).toBe(0);
  });

  it('labels a code missing from the chart with the code itself', () => {
    const report = buildPcnReport(aReportInput({ movements: [{ accountCode: '618500', amountCents: 1 }] }));
    expect(report.accounts[0]).toMatchObject({ accountCode: '618500', label: '618500', count: 1, totalCents: 1 });
  });

  it("lists only the caller's units when restricted, leaving the building's account totals as they are", () => {
    const full = buildPcnReport(aReportInput());
    const mine = buildPcnReport(aReportInput({ visibleUnitIds: ['u-b'] }));
    expect(mine.units).toEqual(full.units.filter((u) => u.unitId === 'u-b'));
    expect(mine.accounts).toEqual(full.accounts);
    expect(mine.totalCents).toBe(full.totalCents);
  });

  it('totals credit notes as negative lines', () => {
    const report = buildPcnReport(
      aReportInput({
        movements: [
          { accountCode: '612000', amountCents: 50_000 },
          { accountCode: '612000', amountCents: -80_000 },
        ],
        parts: [{ unitId: 'u-a', accountCode: '612000', amountCents: -30_000 }],
      }),
    );
    expect(report.accounts).toMatchObject([{ accountCode: '612000', count: 2, totalCents: -30_000 }]);
    expect(report.totalCents).toBe(-30_000);
    expect(report.units.find((u) => u.unitId === 'u-a')!.totalCents).toBe(-30_000);
  });

  it('is empty for a period without expenses', () => {
    const report = buildPcnReport(aReportInput({ movements: [], parts: [] }));
    expect(report).toMatchObject({ accounts: [], totalCents: 0, unallocatedCents: 0 });
    expect(report.units.map((u) => [u.unitNumber, u.totalCents, u.accounts])).toEqual([
      ['A-01', 0, []],
      ['B-02', 0, []],
      ['C-03', 0, []],
    ]);
  });

  it('shows what the reserve fund covers per account, split to no unit: Σ units + covered = total', () => {
    // 611000: 15,000.00 of works paid from the reserve and 300.00 of works charged to the owners (500/300/200).
    const report = buildPcnReport(
      aReportInput({
        movements: [
          { accountCode: '611000', amountCents: 1_500_000 },
          { accountCode: '611000', amountCents: 30_000 },
        ],
        parts: [
          { unitId: 'u-a', accountCode: '611000', amountCents: 15_000 },
          { unitId: 'u-b', accountCode: '611000', amountCents: 9_000 },
          { unitId: 'u-c', accountCode: '611000', amountCents: 6_000 },
        ],
        coveredByReserve: [{ accountCode: '611000', amountCents: 1_500_000 }],
      }),
    );
    expect(report.accounts).toMatchObject([
      { accountCode: '611000', count: 2, totalCents: 1_530_000, coveredByReserveCents: 1_500_000 },
    ]);
    expect(report).toMatchObject({ totalCents: 1_530_000, coveredByReserveCents: 1_500_000 });
    const charged = report.units.reduce((sum, u) => sum + u.totalCents, 0);
    expect(charged).toBe(30_000);
    expect(charged + report.coveredByReserveCents).toBe(report.totalCents);
  });
});
