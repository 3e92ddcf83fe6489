import { Workbook } from 'exceljs';
import { writeFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { aCreateExpenseRequest, anUpdateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

interface Report {
  accounts: Array<{ accountCode: string; count: number; totalCents: number; coveredByReserveCents: number }>;
  totalCents: number;
  coveredByReserveCents: number;
  units: Array<{ unitId: string; totalCents: number; accounts: Array<{ accountCode: string; amountCents: number }> }>;
}

interface TrialBalance {
  accounts: Array<{ accountCode: string; debitCents: number; creditCents: number; balanceCents: number }>;
}

const PERIOD = 'from=2026-01-01&to=2026-12-31';

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/**
 * The PCN report reads the journal: its figures are the trial balance's class-6 movements of the period, to the cent,
 * through revisions, deletions, credit notes, manual entries and works paid from the reserve fund.
 */
describe('pcn report from the journal', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let building: { buildingId: string; unitIds: string[] };
  let ann: string;
  let annUser: TenantSession;
  let report: Report;
  let trial: TrialBalance;

  const expense = (overrides: Record<string, unknown>) =>
    syndic.post<{ id: string }>('/expenses', aCreateExpenseRequest(building.buildingId, { dueDate: null, ...overrides }));

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    // Quotas 500 / 300 / 200, each unit fully owned.
    building = await aBuildingWithUnits(syndic, [500, 300, 200]);
    annUser = await syndic.as('owner');
    ann = await anOwner(syndic, { userId: annUser.userId });
    for (const unitId of building.unitIds) {
      const owner = unitId === building.unitIds[0] ? ann : await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId: owner, share: '100', startDate: '2020-01-01' });
    }
    // Revised: 1,000.00 becomes 1,200.00 (its first posting is reversed).
    const revised = await expense({ category: 'maintenance', amountCents: 100_000, expenseDate: '2026-02-01' });
    await syndic.put(
      `/expenses/${revised.id}`,
      anUpdateExpenseRequest({ category: 'maintenance', amountCents: 120_000, expenseDate: '2026-02-01', dueDate: null }),
    );
    // Deleted: its posting and the reversal net out.
    const deleted = await expense({ category: 'cleaning', amountCents: 50_000, expenseDate: '2026-03-01' });
    await syndic.request('DELETE', `/expenses/${deleted.id}`);
    // Moved to another year: it leaves this one.
    const moved = await expense({ category: 'cleaning', amountCents: 7_000, expenseDate: '2026-03-15' });
    await syndic.put(
      `/expenses/${moved.id}`,
      anUpdateExpenseRequest({ category: 'cleaning', amountCents: 7_000, expenseDate: '2027-01-15', dueDate: null }),
    );
    // A credit note on energy, after an invoice.
    await expense({ category: 'utilities', amountCents: 80_001, expenseDate: '2026-03-20' });
    await expense({ category: 'utilities', amountCents: -12_345, expenseDate: '2026-04-01' });
    // Roof works of 15,000.00 paid from the reserve fund, and small works charged to the owners.
    const roof = await expense({
      category: 'works',
      amountCents: 1_500_000,
      expenseDate: '2026-05-01',
      paidFromReserve: true,
    });
    await syndic.put(`/expenses/${roof.id}/mark-paid`, { paidAt: '2026-05-20T10:00:00.000Z' });
    await expense({ category: 'works', amountCents: 30_001, expenseDate: '2026-05-02' });
    // Bank charges posted by hand, and a manual entry reversed.
    const charges = { accountCode: '65', debitCents: 1_001 };
    await syndic.post(`/buildings/${building.buildingId}/journal`, {
      date: '2026-06-01',
      journal: 'misc',
      reference: 'Frais bancaires',
      lines: [charges, { accountCode: '550', creditCents: 1_001 }],
    });
    const mistake = await syndic.post<{ id: string }>(`/buildings/${building.buildingId}/journal`, {
      date: '2026-06-02',
      journal: 'misc',
      reference: 'Erreur',
      lines: [
        { accountCode: '619000', debitCents: 99_999 },
        { accountCode: '550', creditCents: 99_999 },
      ],
    });
    await syndic.post(`/buildings/${building.buildingId}/journal/${mistake.id}/reverse`, { date: '2026-06-03' });

    report = await syndic.get<Report>(`/pcn/${building.buildingId}?${PERIOD}`);
    trial = await syndic.get<TrialBalance>(`/buildings/${building.buildingId}/trial-balance?asOf=2026-12-31`);
  });
  afterAll(() => api.close());

  it('totals each charge account as the trial balance does, to the cent', () => {
    const classSix = trial.accounts
      .filter((a) => a.accountCode.startsWith('6') && a.balanceCents !== 0)
      .map((a) => [a.accountCode, a.balanceCents]);
    expect(report.accounts.map((a) => [a.accountCode, a.totalCents])).toEqual(classSix);
    expect(report.accounts.map((a) => [a.accountCode, a.totalCents, a.count])).toEqual([
      ['610000', 120_000, 1],
      ['611000', 1_530_001, 2],
      ['612000', 67_656, 2],
      ['65', 1_001, 1],
    ]);
    expect(report.totalCents).toBe(classSix.reduce((sum, [, cents]) => sum + (cents as number), 0));
  });

  it('charges the owners everything but the works the reserve fund pays: Σ units + covered = total', () => {
    expect(report.coveredByReserveCents).toBe(1_500_000);
    expect(report.accounts.find((a) => a.accountCode === '611000')!.coveredByReserveCents).toBe(1_500_000);
    for (const account of report.accounts) {
      const units = report.units.reduce(
        (sum, u) => sum + u.accounts.find((l) => l.accountCode === account.accountCode)!.amountCents,
        0,
      );
      expect(units + account.coveredByReserveCents).toBe(account.totalCents);
    }
    const charged = report.units.reduce((sum, u) => sum + u.totalCents, 0);
    expect(charged).toBe(report.totalCents - report.coveredByReserveCents);
    // 611000 charged: 300.01 over 500/300/200 → 150.01 / 90.00 / 60.00 (the spare cent to the largest remainder).
    expect(report.units.map((u) => u.accounts.find((l) => l.accountCode === '611000')!.amountCents)).toEqual([
      15_001, 9_000, 6_000,
    ]);
  });

  it('posts the reserve: 160 against 792 for the works, paid from 551', () => {
    const balance = (code: string) => trial.accounts.find((a) => a.accountCode === code)?.balanceCents;
    expect(balance('792')).toBe(-1_500_000);
    expect(balance('160')).toBe(1_500_000);
    expect(balance('551')).toBe(-1_500_000);
  });

  it("leaves reserve-paid works out of the owners' statements and the building's charges", async () => {
    const charges = await syndic.get<{ totalCents: number }>(`/buildings/${building.buildingId}/charges?${PERIOD}`);
    // Expenses only (the manual bank charges are the journal's): 1,200.00 + 300.01 + 800.01 − 123.45.
    expect(charges.totalCents).toBe(120_000 + 30_001 + 80_001 - 12_345);
    const statement = await syndic.get<{ totalCents: number }>(`/owners/${ann}/statement?${PERIOD}`);
    // Ann holds 500 of 1000: the roof is not in it.
    expect(statement.totalCents).toBeLessThan(1_500_000 / 2);
    expect(statement.totalCents).toBe(Math.round((120_000 + 30_001 + 80_001 - 12_345) / 2));
  });

  it('prints the reserve fund column and note in the PDF', async () => {
    const res = await syndic.request('GET', `/pcn/export/pdf/${building.buildingId}?${PERIOD}&lang=fr`);
    expect(res.statusCode).toBe(200);
    if (process.env.PCN_PDF_OUT) writeFileSync(process.env.PCN_PDF_OUT, res.rawPayload);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Fonds de réserve');
    expect(text).toContain('15.000,00 €');
    expect(text).toContain('15.300,01 €');
  });

  it('writes the same reserve column in the workbook and the CSV', async () => {
    const excel = await syndic.request('GET', `/pcn/export/excel/${building.buildingId}?${PERIOD}&lang=fr`);
    const workbook = new Workbook();
    await workbook.xlsx.load(excel.rawPayload as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0]!;
    let works = 0;
    let heading = '';
    summary.eachRow((row, n) => {
      if (row.getCell(1).value === '611000') works = n;
      if (row.getCell(1).value === 'Compte') heading = String(row.getCell(5).value);
    });
    expect(heading).toBe('Fonds de réserve');
    expect(summary.getRow(works).getCell(5).value).toBe(15_000);
    const csv = await syndic.request('GET', `/pcn/export/csv/${building.buildingId}?${PERIOD}&lang=fr&table=accounts`);
    expect(csv.body).toContain('611000;Travaux;2;15300,01;15000,00');
  });

  it("shows an owner who held a share all year the building's figures, and its own unit's shares only", async () => {
    const mine = await annUser.get<Report>(`/pcn/${building.buildingId}?${PERIOD}`);
    expect(mine.accounts).toEqual(report.accounts);
    expect(mine.units).toEqual(report.units.filter((u) => u.unitId === building.unitIds[0]));
  });

  it("answers 404 for another organization's building", async () => {
    expectProblem(await other.request('GET', `/pcn/${building.buildingId}?${PERIOD}`), 404, 'NOT_FOUND');
  });
});
