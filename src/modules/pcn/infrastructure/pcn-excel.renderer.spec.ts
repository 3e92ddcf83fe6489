import { CellFormulaValue, Workbook, Worksheet } from 'exceljs';
import {
  aLargePcnFixture,
  aLetterheadPcnDocumentContext,
  aPcnDocumentContext,
  aPcnReportWithUnallocated,
  aSamplePcnReport,
} from '../../../../test/builders/pcn-documents.builders';
import type { PcnExpenseLine, PcnReport } from '../domain/pcn-report';
import type { PcnBuildingReport } from '../domain/pcn-report.builder';
import { renderPcnWorkbook } from './pcn-excel.renderer';

async function readBack(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The amount a reader sees: a number, or a total's last computed result stored next to its formula. */
function cents(sheet: Worksheet, row: number, column: number): number {
  let value = sheet.getRow(row).getCell(column).value;
  if (value !== null && typeof value === 'object' && 'formula' in value) value = (value as CellFormulaValue).result;
  expect(typeof value).toBe('number');
  return Math.round((value as number) * 100);
}

function formula(sheet: Worksheet, row: number, column: number): string | undefined {
  const value = sheet.getRow(row).getCell(column).value;
  return value !== null && typeof value === 'object' && 'formula' in value ? value.formula : undefined;
}

function rowOf(sheet: Worksheet, firstCell: string): number {
  let found = -1;
  sheet.eachRow((row, number) => {
    if (found < 0 && row.getCell(1).value === firstCell) found = number;
  });
  expect(found).toBeGreaterThan(0);
  return found;
}

const lines: PcnExpenseLine[] = [
  {
    date: '2026-02-28',
    accountCode: '614000',
    category: 'insurance',
    description: 'Prime incendie',
    supplier: 'AG Insurance',
    invoiceNumber: 'F-1',
    amountCents: 99,
    status: 'paid',
    vatCents: 17,
    dueDate: '2026-03-31',
    paidDate: '2026-03-10',
  },
];

/** Every account line and the grand total; the unallocated column (5th) only when the report has an unallocated part. */
function expectSummaryMatches(sheet: Worksheet, report: PcnBuildingReport, grandTotalLabel: string): void {
  const unallocated = report.unallocatedCents !== 0;
  for (const account of report.accounts) {
    const row = rowOf(sheet, account.accountCode);
    expect(sheet.getRow(row).getCell(2).value).toBe(account.label);
    expect(sheet.getRow(row).getCell(3).value).toBe(account.count);
    expect(cents(sheet, row, 4)).toBe(account.totalCents);
    if (unallocated) expect(cents(sheet, row, 5)).toBe(account.unallocatedCents);
    else expect(sheet.getRow(row).getCell(5).value).toBeNull();
  }
  const total = rowOf(sheet, grandTotalLabel);
  expect(cents(sheet, total, 4)).toBe(report.totalCents);
  if (unallocated) expect(cents(sheet, total, 5)).toBe(report.unallocatedCents);
  else expect(sheet.getRow(total).getCell(5).value).toBeNull();
}

function expectUnitsMatch(sheet: Worksheet, report: PcnReport): void {
  const header = sheet.getRow(1).values as unknown[];
  for (const unit of report.units) {
    const row = rowOf(sheet, unit.unitNumber);
    expect(cents(sheet, row, 2)).toBe(unit.totalCents);
    for (const line of unit.accounts) {
      const column = header.findIndex((h) => typeof h === 'string' && h.startsWith(line.accountCode));
      expect(cents(sheet, row, column)).toBe(line.amountCents);
    }
  }
}

describe('renderPcnWorkbook', () => {
  const context = aPcnDocumentContext();

  it('writes the summary, per-unit and expense sheets with the exact figures of the report (fr)', async () => {
    const report = aSamplePcnReport('fr');
    const workbook = await readBack(await renderPcnWorkbook(report, context, lines));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Synthèse', 'Lots', 'Dépenses']);
    const summary = workbook.getWorksheet('Synthèse')!;
    expect(summary.getRow(3).getCell(2).value).toBe('Résidence Les Érables');
    expect(summary.getRow(5).getCell(1).value).toBe('Période du 01/01/2026 au 31/12/2026');
    expect(summary.getRow(6).getCell(1).value).toBe('Généré le 02/03/2026 09:05 (heure de Bruxelles)');
    expectSummaryMatches(summary, report, 'Total général');
    expect(summary.getRow(rowOf(summary, '610000')).getCell(4).numFmt).toContain('€');
    expectUnitsMatch(workbook.getWorksheet('Lots')!, report);
    const expenses = workbook.getWorksheet('Dépenses')!;
    expect(expenses.getRow(2).values).toEqual([
      undefined,
      new Date('2026-02-28T00:00:00Z'),
      '614000',
      'Assurances',
      'Prime incendie',
      'AG Insurance',
      'F-1',
      0.99,
      0.17,
      'Payée',
      new Date('2026-03-31T00:00:00Z'),
      new Date('2026-03-10T00:00:00Z'),
    ]);
  });

  it('sums with formulas that keep their results, under frozen headers repeated on every printed page', async () => {
    const report = aSamplePcnReport('fr');
    const workbook = await readBack(await renderPcnWorkbook(report, aLetterheadPcnDocumentContext(), lines));
    const summary = workbook.getWorksheet('Synthèse')!;
    const header = rowOf(summary, 'Compte');
    const total = rowOf(summary, 'Total général');
    expect(formula(summary, total, 4)).toBe(`SUM(D${header + 1}:D${total - 1})`);
    expect(cents(summary, total, 4)).toBe(report.totalCents);
    expect(summary.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(summary.getRow(rowOf(summary, 'BCE du syndic')).getCell(2).value).toBe('0403.170.701');
    expect(summary.getRow(rowOf(summary, 'IBAN honoraires')).getCell(2).value).toBe('BE68 5390 0754 7034');
    expect(summary.getRow(rowOf(summary, "BCE de l'ACP")).getCell(2).value).toBe('0850.123.440');

    const units = workbook.getWorksheet('Lots')!;
    expect(units.getRow(1).values).toEqual(
      expect.arrayContaining(['Quotité', 'Propriétaires', '610000 Entretien courant']),
    );
    const b02 = rowOf(units, 'B-02');
    expect(formula(units, b02, 2)).toMatch(/^SUM\(E\d+:G\d+\)$/);
    expect(units.getRow(b02).getCell(3).value).toBe(333);
    expect(units.getRow(b02).getCell(4).value).toBe('Janssens Pieter\nPeeters Anna');
    const unitsTotal = rowOf(units, 'Total');
    expect(formula(units, unitsTotal, 2)).toBe(`SUM(B2:B${unitsTotal - 1})`);
    expect(cents(units, unitsTotal, 2)).toBe(report.totalCents);
    expect(units.getRow(unitsTotal).getCell(3).value).toMatchObject({
      formula: `SUM(C2:C${unitsTotal - 1})`,
      result: 1000,
    });
    expect(formula(units, unitsTotal, 5)).toBe(`SUM(E2:E${unitsTotal - 1})`);
    expect(units.pageSetup.printTitlesRow).toBe('1:1');

    const expenses = workbook.getWorksheet('Dépenses')!;
    expect(expenses.getRow(1).values).toEqual(expect.arrayContaining(['dont TVA', 'Échéance', 'Payée le']));
    expect(expenses.getRow(3).getCell(1).value).toBe('Total');
    expect(formula(expenses, 3, 7)).toBe('SUM(G2:G2)');
    expect(cents(expenses, 3, 7)).toBe(99);
    expect(cents(expenses, 3, 8)).toBe(17);
    expect(expenses.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(expenses.pageSetup.printTitlesRow).toBe('1:1');
    expect(expenses.autoFilter).toBe('A1:K2');
  });

  it('names the expense categories in English', async () => {
    const workbook = await readBack(await renderPcnWorkbook(aSamplePcnReport('en'), context, lines));
    expect(workbook.getWorksheet('Expenses')!.getRow(2).getCell(3).value).toBe('Insurance');
  });

  it('freezes header rows and sets column widths', async () => {
    const workbook = await readBack(await renderPcnWorkbook(aSamplePcnReport('nl'), context, lines));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Overzicht', 'Kavels', 'Uitgaven']);
    const [summary, units, expenses] = workbook.worksheets as [Worksheet, Worksheet, Worksheet];
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: rowOf(summary, 'Rekening') });
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(expenses.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getColumn(2).width).toBe(44);
    expect(expenses.getColumn(4).width).toBe(48);
    expectSummaryMatches(summary, aSamplePcnReport('nl'), 'Algemeen totaal');
  });

  it('adds the unallocated column, its total and a note when quotas are missing (fr, nl, en)', async () => {
    for (const [lang, heading, note] of [
      [
        'fr',
        'Non attribué',
        "Non attribué : la part des quotités qui ne sont encore attribuées à aucun lot ; elle reste à charge de l'immeuble.",
      ],
      ['nl', 'Niet toegewezen', 'Niet toegewezen: het deel van de quotiteiten'],
      ['en', 'Unallocated', 'Unallocated: the share of the quotas'],
    ] as const) {
      const report = aPcnReportWithUnallocated(lang);
      const summary = (await readBack(await renderPcnWorkbook(report, context, lines))).worksheets[0]!;
      const header = rowOf(summary, { fr: 'Compte', nl: 'Rekening', en: 'Account' }[lang]);
      expect(summary.getRow(header).getCell(5).value).toBe(heading);
      expectSummaryMatches(summary, report, { fr: 'Total général', nl: 'Algemeen totaal', en: 'Grand total' }[lang]);
      let noted = false;
      summary.eachRow((row) => (noted ||= String(row.getCell(1).value ?? '').startsWith(note)));
      expect(noted).toBe(true);
    }
  });

  it('names the sheets in English', async () => {
    const workbook = await readBack(await renderPcnWorkbook(aSamplePcnReport('en'), context, []));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Units', 'Expenses']);
  });

  it('renders a large report whose every amount reads back as the same cents', async () => {
    const { report, expenses } = aLargePcnFixture({ units: 200, accounts: 25, expenses: 5000 });
    const workbook = await readBack(await renderPcnWorkbook(report, context, expenses));
    expectSummaryMatches(workbook.getWorksheet('Synthèse')!, report, 'Total général');
    expectUnitsMatch(workbook.getWorksheet('Lots')!, report);
    const sheet = workbook.getWorksheet('Dépenses')!;
    expect(sheet.rowCount).toBe(expenses.length + 2); // the header, the lines, the totals row
    const perAccount = new Map<string, number>();
    expenses.forEach((line, index) => {
      const amount = cents(sheet, index + 2, 7);
      expect(amount).toBe(line.amountCents);
      perAccount.set(line.accountCode, (perAccount.get(line.accountCode) ?? 0) + amount);
    });
    for (const account of report.accounts) expect(perAccount.get(account.accountCode)).toBe(account.totalCents);
  });
});
