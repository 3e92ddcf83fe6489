import type { CellFormulaValue, Row, Workbook, Worksheet } from 'exceljs';
import { formatBrusselsDateTime, formatCalendarDate, formatIban } from '@shared/domain';
import type { PcnDocumentContext, PcnExpenseLine, PcnReport } from '../domain/pcn-report';
import type { PcnAccountLine, PcnBuildingReport } from '../domain/pcn-report.builder';
import { categoryLabel, PcnDocumentLabels, pcnDocumentLabels } from './pcn-document-labels';

const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * The PCN report as an .xlsx workbook: a summary sheet, a per-unit sheet and the expense lines behind the totals.
 * Amounts are numeric cells so that the syndic can sum and filter them. Totals are SUM formulas, so that a line the
 * syndic corrects updates its total, each with the report's figure stored as its last result: a viewer that does not
 * recalculate (a phone preview, a script reading the file) still shows the amount. The summary shows the part of each
 * account that no unit carries (missing quotas) in a fifth column, with a note, whenever the report has one. Header
 * rows stay frozen on screen and repeat on every printed page.
 */
export async function renderPcnWorkbook(
  report: PcnBuildingReport,
  context: PcnDocumentContext,
  expenses: readonly PcnExpenseLine[],
): Promise<Buffer> {
  const labels = pcnDocumentLabels(report.lang);
  // Loaded on first export, not at start-up: exceljs alone weighs about 30 MB of resident memory.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = context.organizationName;
  workbook.created = context.generatedAt;
  addSummarySheet(workbook, report, context, labels);
  addUnitsSheet(workbook, report, context, labels);
  addExpensesSheet(workbook, expenses, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The one place where an amount becomes a JS number: a spreadsheet cell holds euros as a double. It is for display and
// for the reader's own sums; cents/100 of an integer below 2^53 reads back as the same cents once multiplied and rounded.
function euros(cents: number): number {
  return cents / 100;
}

/**
 * A total as a SUM over the cells above (or beside) it, holding the report's figure as its cached result. When the
 * cells do not add up to the report's figure (they always should), the figure is written as a plain value: the
 * workbook never shows a total that differs from the PDF and the API.
 */
function sumCell(
  range: string,
  parts: readonly number[],
  total: number,
  shown: (value: number) => number = euros,
): CellFormulaValue | number {
  if (parts.length === 0 || sumOf(parts) !== total) return shown(total);
  return { formula: `SUM(${range})`, result: shown(total), date1904: false };
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function repeatOnEveryPage(sheet: Worksheet, headerRow: number, landscape = false): void {
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  sheet.pageSetup.paperSize = 9; // A4
  sheet.pageSetup.orientation = landscape ? 'landscape' : 'portrait';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
}

function addSummarySheet(
  workbook: Workbook,
  report: PcnBuildingReport,
  context: PcnDocumentContext,
  labels: PcnDocumentLabels,
): void {
  const sheet = workbook.addWorksheet(labels.summarySheet);
  // The optional columns E, F...: the part no unit carries, the part the reserve fund pays.
  const extra = [
    { shown: report.unallocatedCents !== 0, heading: labels.unallocated, note: labels.unallocatedNote, total: report.unallocatedCents, of: (a: PcnAccountLine) => a.unallocatedCents },
    { shown: report.coveredByReserveCents !== 0, heading: labels.coveredByReserve, note: labels.coveredByReserveNote, total: report.coveredByReserveCents, of: (a: PcnAccountLine) => a.coveredByReserveCents },
  ].filter((column) => column.shown);
  setColumns(sheet, [14, 44, 10, 18, 18, 18]);
  for (const column of [4, 5, 6]) sheet.getColumn(column).numFmt = EURO_FORMAT;
  const { building, issuer } = context;
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  sheet.addRows([
    [labels.organization, context.organizationName],
    [labels.building, building.name],
    [labels.address, `${building.address}, ${building.postalCode} ${building.city}`],
    [labels.period(formatCalendarDate(report.from), formatCalendarDate(report.to))],
    [labels.generatedAt(formatBrusselsDateTime(context.generatedAt))],
  ]);
  // The firm's and the association's numbers, below the lines above so that their positions do not move.
  const identity: Array<[string, string | null | undefined]> = [
    [labels.organizationAddress, issuer?.address],
    [labels.organizationBce, issuer?.bceNumber],
    [labels.ipiNumber, issuer?.ipiNumber],
    [labels.feesIban, issuer?.feesIban && formatIban(issuer.feesIban)],
    [labels.associationBce, building.associationBce],
  ];
  for (const [label, value] of identity) if (value) sheet.addRow([label, value]);
  sheet.addRow([]);
  const headings = [labels.accountCode, labels.accountLabel, labels.count, labels.total];
  const header = styleHeader(sheet.addRow([...headings, ...extra.map((column) => column.heading)]));
  for (const account of report.accounts) {
    const cells = [account.accountCode, account.label, account.count, euros(account.totalCents)];
    sheet.addRow([...cells, ...extra.map((column) => euros(column.of(account)))]);
  }
  const first = header.number + 1;
  const last = header.number + report.accounts.length;
  const sum = (column: string, parts: number[], cents: number) =>
    sumCell(`${column}${first}:${column}${last}`, parts, cents);
  const counts = report.accounts.map((a) => a.count);
  const total = [
    labels.grandTotal,
    null,
    sumCell(`C${first}:C${last}`, counts, sumOf(counts), (count) => count),
    sum(
      'D',
      report.accounts.map((a) => a.totalCents),
      report.totalCents,
    ),
  ];
  const extraTotals = extra.map((column, i) =>
    sum(
      columnLetter(5 + i),
      report.accounts.map(column.of),
      column.total,
    ),
  );
  sheet.addRow([...total, ...extraTotals]).font = { bold: true };
  if (extra.length) sheet.addRows([[], ...extra.map((column) => [column.note])]);
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  repeatOnEveryPage(sheet, header.number);
}

// Columns: unit, its total, its quota, its owners over the period, then one column per account code.
const FIRST_ACCOUNT_COLUMN = 5;

function addUnitsSheet(
  workbook: Workbook,
  report: PcnReport,
  context: PcnDocumentContext,
  labels: PcnDocumentLabels,
): void {
  const sheet = workbook.addWorksheet(labels.unitsSheet);
  const codes = accountColumns(report);
  const accountLabels = new Map(report.accounts.map((account) => [account.accountCode, account.label]));
  setColumns(sheet, [12, 16, 10, 30, ...codes.map(() => 16)]);
  sheet.getColumn(2).numFmt = EURO_FORMAT;
  for (let i = 0; i < codes.length; i++) sheet.getColumn(FIRST_ACCOUNT_COLUMN + i).numFmt = EURO_FORMAT;
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  const header = styleHeader(
    sheet.addRow([
      labels.unit,
      labels.total,
      labels.quota,
      labels.owners,
      ...codes.map((code) => `${code} ${accountLabels.get(code) ?? ''}`.trim()),
    ]),
  );
  header.alignment = { wrapText: true, vertical: 'top' };
  const lastAccount = columnLetter(FIRST_ACCOUNT_COLUMN + codes.length - 1);
  const perCode = new Map(codes.map((code) => [code, [] as number[]]));
  for (const unit of report.units) {
    const amounts = new Map(unit.accounts.map((line) => [line.accountCode, line.amountCents]));
    const perAccount = codes.map((code) => {
      const cents = amounts.get(code);
      if (cents !== undefined) perCode.get(code)?.push(cents);
      return cents === undefined ? null : euros(cents);
    });
    const details = context.units?.[unit.unitId];
    const r = sheet.rowCount + 1;
    const parts = unit.accounts.map((line) => line.amountCents);
    sheet.addRow([
      unit.unitNumber,
      codes.length
        ? sumCell(`${columnLetter(FIRST_ACCOUNT_COLUMN)}${r}:${lastAccount}${r}`, parts, unit.totalCents)
        : euros(unit.totalCents),
      details?.quota ?? null,
      details?.owners.join('\n') ?? null,
      ...perAccount,
    ]);
  }
  if (report.units.length) {
    const last = report.units.length + 1;
    const column = (n: number) => columnLetter(n);
    const totals = sheet.addRow([
      labels.totalsRow,
      sumCell(
        `B2:B${last}`,
        report.units.map((u) => u.totalCents),
        sumOf(report.units.map((u) => u.totalCents)),
      ),
      quotaTotal(report, context, last),
      null,
      ...codes.map((code, i) => {
        const parts = perCode.get(code) ?? [];
        const c = column(FIRST_ACCOUNT_COLUMN + i);
        return sumCell(`${c}2:${c}${last}`, parts, sumOf(parts));
      }),
    ]);
    totals.font = { bold: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  repeatOnEveryPage(sheet, 1, true);
  sheet.pageSetup.printTitlesColumn = 'A:A';
}

const sumOf = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0);

function quotaTotal(report: PcnReport, context: PcnDocumentContext, last: number): CellFormulaValue | null {
  const quotas = report.units.map((unit) => context.units?.[unit.unitId]?.quota);
  if (quotas.some((quota) => quota === undefined)) return null;
  return { formula: `SUM(C2:C${last})`, result: sumOf(quotas as number[]), date1904: false };
}

/** The report's account codes, then any code that only a unit line names, so no unit amount is dropped. */
function accountColumns(report: PcnReport): string[] {
  const codes = new Set(report.accounts.map((account) => account.accountCode));
  for (const unit of report.units) for (const line of unit.accounts) codes.add(line.accountCode);
  return [...codes];
}

function addExpensesSheet(workbook: Workbook, expenses: readonly PcnExpenseLine[], labels: PcnDocumentLabels): void {
  const sheet = workbook.addWorksheet(labels.expensesSheet);
  setColumns(sheet, [12, 10, 20, 48, 28, 18, 16, 14, 12, 12, 12]);
  for (const column of [1, 10, 11]) sheet.getColumn(column).numFmt = DATE_FORMAT;
  sheet.getColumn(7).numFmt = EURO_FORMAT;
  sheet.getColumn(8).numFmt = EURO_FORMAT;
  const headings = [labels.date, labels.accountCode, labels.category, labels.description, labels.supplier];
  styleHeader(
    sheet.addRow([
      ...headings,
      labels.invoiceNumber,
      labels.amount,
      labels.vat,
      labels.status,
      labels.dueDate,
      labels.paidDate,
    ]),
  );
  for (const line of expenses) {
    sheet.addRow([
      calendarDate(line.date),
      line.accountCode,
      categoryLabel(labels, line.category),
      line.description,
      line.supplier,
      line.invoiceNumber,
      euros(line.amountCents),
      line.vatCents === null || line.vatCents === undefined ? null : euros(line.vatCents),
      labels.statuses[line.status],
      line.dueDate ? calendarDate(line.dueDate) : null,
      line.paidDate ? calendarDate(line.paidDate) : null,
    ]);
  }
  const last = expenses.length + 1;
  if (expenses.length) {
    const amounts = expenses.map((line) => line.amountCents);
    const vats = expenses.map((line) => line.vatCents ?? 0);
    const totals = sheet.addRow([
      labels.totalsRow,
      null,
      null,
      null,
      null,
      null,
      sumCell(`G2:G${last}`, amounts, sumOf(amounts)),
      sumCell(`H2:H${last}`, vats, sumOf(vats)),
    ]);
    totals.font = { bold: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // The filter covers the lines only: sorting them must not move the totals row.
  sheet.autoFilter = `A1:K${last}`;
  repeatOnEveryPage(sheet, 1, true);
}

// Midnight UTC: exceljs turns a Date into a serial day from its UTC time, so the cell shows the calendar date as given.
function calendarDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function setColumns(sheet: Worksheet, widths: number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

function styleHeader(row: Row): Row {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  return row;
}
