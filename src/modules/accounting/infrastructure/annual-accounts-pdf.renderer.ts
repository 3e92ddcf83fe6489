import { formatBrusselsDateTime, formatCalendarDate } from '@shared/domain';
import { letterheadBlock } from '../../../shared/pdf/letterhead';
import { pageNumberFooter, PdfContent, PdfNode, renderPdf } from '../../../shared/pdf/pdf-renderer';
import type { AnnualAccounts, StatementSide } from '../domain/annual-accounts';
import type { AnnualAccountsContext } from '../domain/annual-accounts-documents';
import type { ChartLanguage } from '../domain/chart';
import { AnnualAccountsTexts, annualAccountsTexts, formatEuros } from './annual-accounts-texts';

/**
 * The annual accounts as an A4 PDF: the balance sheet (assets, then liabilities, by section) and the income statement
 * (charges, income, the result). Every amount is the accounts', formatted, never recomputed. The definition is plain
 * data, so `renderPdf` builds the document on a render thread when the pool runs.
 */
export function renderAnnualAccountsPdf(accounts: AnnualAccounts, context: AnnualAccountsContext): Promise<Buffer> {
  const texts = annualAccountsTexts(accounts.lang);
  const { building, issuer } = context;
  const lang = accounts.lang;
  return renderPdf({
    info: { title: `${texts.title} ${accounts.year} – ${building.name}`, author: issuer.name },
    footer: pageNumberFooter(lang),
    content: [
      letterheadBlock(issuer, { ...building, bceNumber: building.associationBce }, lang),
      { text: `${texts.title} ${accounts.year}`, style: 'title' },
      {
        text: texts.year(accounts.year, formatCalendarDate(accounts.from), formatCalendarDate(accounts.to)),
        style: 'meta',
        margin: [0, 6, 0, 0],
      },
      { text: texts.presentation[accounts.presentation], style: 'meta' },
      { text: texts.generatedAt(formatBrusselsDateTime(context.generatedAt)), style: 'meta' },
      { text: texts.balanceSheet, style: 'subtitle' },
      sideTable(texts.assets, accounts.balanceSheet.assets, texts, lang),
      { text: '', margin: [0, 8, 0, 0] },
      sideTable(texts.liabilities, accounts.balanceSheet.liabilities, texts, lang),
      { text: texts.incomeStatement, style: 'subtitle' },
      sideTable(texts.charges, accounts.incomeStatement.charges, texts, lang),
      { text: '', margin: [0, 8, 0, 0] },
      sideTable(texts.income, accounts.incomeStatement.income, texts, lang),
      {
        table: {
          widths: ['*', 100],
          body: [
            [
              { text: texts.result, style: 'total' },
              amount(accounts.incomeStatement.resultCents, lang, { style: ['amount', 'total'] }),
            ],
          ],
        },
        layout: 'noBorders',
        margin: [0, 10, 0, 0],
      },
    ],
  });
}

const amount = (cents: number, lang: ChartLanguage, extra: PdfNode = {}): PdfNode => ({
  text: formatEuros(cents, lang),
  style: 'amount',
  ...extra,
});

/** One side (assets, liabilities, charges or income): a heading row, its lines under their sections, its total. */
function sideTable(title: string, side: StatementSide, texts: AnnualAccountsTexts, lang: ChartLanguage): PdfNode {
  const header = [
    { text: texts.code, style: 'tableHeader' },
    { text: title, style: 'tableHeader' },
    { text: texts.amount, style: 'tableHeader', alignment: 'right' },
  ];
  const rows: PdfContent[][] = [];
  let section: string | undefined;
  for (const line of side.lines) {
    if (line.section !== section && !['charges', 'income'].includes(line.section)) {
      rows.push([{ text: texts.sections[line.section], colSpan: 3, bold: true, margin: [0, 3, 0, 0] }, '', '']);
    }
    section = line.section;
    rows.push([line.code, line.label, amount(line.amountCents, lang)]);
  }
  if (!side.lines.length) rows.push([{ text: texts.nothing, colSpan: 3, italics: true }, '', '']);
  const total = [
    { text: texts.total(title), colSpan: 2, style: 'total' },
    '',
    amount(side.totalCents, lang, { style: ['amount', 'total'] }),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [50, '*', 100], body: [header, ...rows, total] },
    layout: 'lightHorizontalLines',
  };
}
