import type { CellFormulaValue, Workbook, Worksheet } from 'exceljs';
import { formatBrusselsDateTime, formatCalendarDate } from '@shared/domain';
import type { AnnualAccounts, StatementSide } from '../domain/annual-accounts';
import type { AnnualAccountsContext } from '../domain/annual-accounts-documents';
import { AnnualAccountsTexts, annualAccountsTexts } from './annual-accounts-texts';

const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';

/**
 * The annual accounts as an .xlsx workbook: a balance sheet and an income statement sheet with the same lines as the
 * PDF. Amounts are numeric cells; totals and the result are formulas holding the accounts' figures as their stored
 * results, so a viewer that does not recalculate still shows them. The column headings stay frozen on screen and
 * repeat on every printed page.
 */
export async function renderAnnualAccountsWorkbook(
  accounts: AnnualAccounts,
  context: AnnualAccountsContext,
): Promise<Buffer> {
  const texts = annualAccountsTexts(accounts.lang);
  // Loaded on first export, not at start-up: exceljs alone weighs about 30 MB of resident memory.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = context.issuer.name;
  workbook.created = context.generatedAt;
  const balance = sheet(
    workbook,
    texts.balanceSheetSheet,
    `${texts.balanceSheet} ${accounts.year}`,
    accounts,
    context,
    texts,
  );
  addSide(balance, texts.assets, accounts.balanceSheet.assets, texts);
  balance.addRow([]);
  addSide(balance, texts.liabilities, accounts.balanceSheet.liabilities, texts);

  const income = sheet(
    workbook,
    texts.incomeStatementSheet,
    `${texts.incomeStatement} ${accounts.year}`,
    accounts,
    context,
    texts,
  );
  const chargesTotal = addSide(income, texts.charges, accounts.incomeStatement.charges, texts);
  income.addRow([]);
  const incomeTotal = addSide(income, texts.income, accounts.incomeStatement.income, texts);
  income.addRow([]);
  const result: CellFormulaValue = {
    formula: `C${incomeTotal}-C${chargesTotal}`,
    result: euros(accounts.incomeStatement.resultCents),
    date1904: false,
  };
  income.addRow([null, texts.result, result]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The one place where an amount becomes a JS number: a cell holds euros as a double, for display and the reader's sums.
const euros = (cents: number) => cents / 100;

/** A sheet with the heading lines and the frozen, repeated column headings. */
function sheet(
  workbook: Workbook,
  name: string,
  title: string,
  accounts: AnnualAccounts,
  context: AnnualAccountsContext,
  texts: AnnualAccountsTexts,
): Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 18;
  ws.getColumn(3).numFmt = EURO_FORMAT;
  const { building } = context;
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRows([
    [null, building.name],
    [null, `${building.address}, ${building.postalCode} ${building.city}`],
    [null, texts.year(accounts.year, formatCalendarDate(accounts.from), formatCalendarDate(accounts.to))],
    [null, texts.presentation[accounts.presentation]],
    [null, texts.generatedAt(formatBrusselsDateTime(context.generatedAt))],
    [],
  ]);
  const header = ws.addRow([texts.code, texts.label, texts.amount]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.orientation = 'portrait';
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  return ws;
}

/** A side's heading, its lines and its total (a SUM of the lines); returns the total's row number. */
function addSide(ws: Worksheet, title: string, side: StatementSide, texts: AnnualAccountsTexts): number {
  ws.addRow([null, title]).font = { bold: true };
  const first = ws.rowCount + 1;
  for (const line of side.lines) ws.addRow([line.code, line.label, euros(line.amountCents)]);
  const last = ws.rowCount;
  const sum = side.lines.reduce((total, line) => total + line.amountCents, 0);
  const total: CellFormulaValue | number =
    side.lines.length && sum === side.totalCents
      ? { formula: `SUM(C${first}:C${last})`, result: euros(side.totalCents), date1904: false }
      : euros(side.totalCents);
  const row = ws.addRow([null, texts.total(title), total]);
  row.font = { bold: true };
  return row.number;
}
