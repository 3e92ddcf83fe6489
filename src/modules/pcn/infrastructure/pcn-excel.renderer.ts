import type { Row, Workbook, Worksheet } from 'exceljs';
import { formatBrusselsDateTime, formatCalendarDate } from '@shared/domain';
import type { PcnDocumentContext, PcnExpenseLine, PcnReport } from '../domain/pcn-report';
import type { PcnBuildingReport } from '../domain/pcn-report.builder';
import { categoryLabel, PcnDocumentLabels, pcnDocumentLabels } from './pcn-document-labels';

const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * The PCN report as an .xlsx workbook: a summary sheet, a per-unit sheet and the expense lines behind the totals.
 * Amounts are numeric cells so that the syndic can sum and filter them. The summary shows the part of each account
 * that no unit carries (missing quotas) in a fifth column, with a note, whenever the report has one.
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
  addUnitsSheet(workbook, report, labels);
  addExpensesSheet(workbook, expenses, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The one place where an amount becomes a JS number: a spreadsheet cell holds euros as a double. It is for display and
// for the reader's own sums; cents/100 of an integer below 2^53 reads back as the same cents once multiplied and rounded.
function euros(cents: number): number {
  return cents / 100;
}

function addSummarySheet(
  workbook: Workbook,
  report: PcnBuildingReport,
  context: PcnDocumentContext,
  labels: PcnDocumentLabels,
): void {
  const sheet = workbook.addWorksheet(labels.summarySheet);
  const unallocated = report.unallocatedCents !== 0;
  setColumns(sheet, [14, 44, 10, 18, 18]);
  sheet.getColumn(4).numFmt = EURO_FORMAT;
  sheet.getColumn(5).numFmt = EURO_FORMAT;
  const { building } = context;
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  sheet.addRows([
    [labels.organization, context.organizationName],
    [labels.building, building.name],
    [labels.address, `${building.address}, ${building.postalCode} ${building.city}`],
    [labels.period(formatCalendarDate(report.from), formatCalendarDate(report.to))],
    [labels.generatedAt(formatBrusselsDateTime(context.generatedAt))],
    [],
  ]);
  const headings = [labels.accountCode, labels.accountLabel, labels.count, labels.total];
  const header = styleHeader(sheet.addRow(unallocated ? [...headings, labels.unallocated] : headings));
  for (const account of report.accounts) {
    const cells = [account.accountCode, account.label, account.count, euros(account.totalCents)];
    sheet.addRow(unallocated ? [...cells, euros(account.unallocatedCents)] : cells);
  }
  const total = [labels.grandTotal, null, null, euros(report.totalCents)];
  sheet.addRow(unallocated ? [...total, euros(report.unallocatedCents)] : total).font = { bold: true };
  if (unallocated) sheet.addRows([[], [labels.unallocatedNote]]);
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

function addUnitsSheet(workbook: Workbook, report: PcnReport, labels: PcnDocumentLabels): void {
  const sheet = workbook.addWorksheet(labels.unitsSheet);
  const codes = accountColumns(report);
  const accountLabels = new Map(report.accounts.map((account) => [account.accountCode, account.label]));
  setColumns(sheet, [12, 16, ...codes.map(() => 16)]);
  for (let column = 2; column <= codes.length + 2; column++) sheet.getColumn(column).numFmt = EURO_FORMAT;
  const header = styleHeader(
    sheet.addRow([
      labels.unit,
      labels.total,
      ...codes.map((code) => `${code} ${accountLabels.get(code) ?? ''}`.trim()),
    ]),
  );
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const unit of report.units) {
    const amounts = new Map(unit.accounts.map((line) => [line.accountCode, line.amountCents]));
    const perAccount = codes.map((code) => {
      const cents = amounts.get(code);
      return cents === undefined ? null : euros(cents);
    });
    sheet.addRow([unit.unitNumber, euros(unit.totalCents), ...perAccount]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
}

/** The report's account codes, then any code that only a unit line names, so no unit amount is dropped. */
function accountColumns(report: PcnReport): string[] {
  const codes = new Set(report.accounts.map((account) => account.accountCode));
  for (const unit of report.units) for (const line of unit.accounts) codes.add(line.accountCode);
  return [...codes];
}

function addExpensesSheet(workbook: Workbook, expenses: readonly PcnExpenseLine[], labels: PcnDocumentLabels): void {
  const sheet = workbook.addWorksheet(labels.expensesSheet);
  setColumns(sheet, [12, 10, 20, 48, 28, 18, 16, 12]);
  sheet.getColumn(1).numFmt = DATE_FORMAT;
  sheet.getColumn(7).numFmt = EURO_FORMAT;
  const headings = [labels.date, labels.accountCode, labels.category, labels.description, labels.supplier];
  styleHeader(sheet.addRow([...headings, labels.invoiceNumber, labels.amount, labels.status]));
  for (const line of expenses) {
    sheet.addRow([
      calendarDate(line.date),
      line.accountCode,
      categoryLabel(labels, line.category),
      line.description,
      line.supplier,
      line.invoiceNumber,
      euros(line.amountCents),
      labels.statuses[line.status],
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
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
