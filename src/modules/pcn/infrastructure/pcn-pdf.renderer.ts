import { formatBrusselsDateTime, formatCalendarDate } from '@shared/domain';
import { letterheadBlock } from '../../../shared/pdf/letterhead';
import { pageNumberFooter, PdfContent, PdfNode, renderPdf } from '../../../shared/pdf/pdf-renderer';
import { formatCents } from '../domain/money-format';
import type { PcnDocumentContext, PcnLanguage, PcnReport, PcnUnitTotal } from '../domain/pcn-report';
import type { PcnAccountLine, PcnBuildingReport } from '../domain/pcn-report.builder';
import { PcnDocumentLabels, pcnDocumentLabels } from './pcn-document-labels';

/**
 * The PCN report as an A4 PDF; every amount is the report's, formatted, never recomputed. The part of each account
 * that no unit carries (missing quotas) and the part the reserve fund pays each get their own column, with a note,
 * whenever the report has one.
 */
export function renderPcnPdf(report: PcnBuildingReport, context: PcnDocumentContext): Promise<Buffer> {
  const labels = pcnDocumentLabels(report.lang);
  return renderPdf({
    info: { title: `${labels.title} – ${context.building.name}`, author: context.organizationName },
    footer: pageNumberFooter(report.lang),
    content: [
      headerBlock(report, context, labels),
      { text: labels.accountsTitle, style: 'subtitle' },
      report.accounts.length ? accountsTable(report, labels) : { text: labels.noExpenses, italics: true },
      ...(report.unallocatedCents !== 0 ? [{ text: labels.unallocatedNote, style: 'meta', margin: [0, 4, 0, 0] }] : []),
      ...(report.coveredByReserveCents !== 0
        ? [{ text: labels.coveredByReserveNote, style: 'meta', margin: [0, 4, 0, 0] }]
        : []),
      ...(report.units.length
        ? [{ text: labels.unitsTitle, style: 'subtitle' }, unitsTable(report, context, labels)]
        : []),
    ],
  });
}

function headerBlock(report: PcnReport, context: PcnDocumentContext, labels: PcnDocumentLabels): PdfContent {
  const { building } = context;
  return [
    letterheadBlock(
      { name: context.organizationName, ...context.issuer },
      { ...building, bceNumber: building.associationBce },
      report.lang,
    ),
    { text: labels.title, style: 'title', margin: [0, 0, 0, 2] },
    {
      text: labels.period(formatCalendarDate(report.from), formatCalendarDate(report.to)),
      style: 'meta',
      margin: [0, 6, 0, 0],
    },
    { text: labels.generatedAt(formatBrusselsDateTime(context.generatedAt)), style: 'meta' },
  ];
}

const amountCell = (cents: number, lang: PcnLanguage, extra: PdfNode = {}): PdfNode => ({
  text: formatCents(cents, lang),
  style: 'amount',
  ...extra,
});

const headerCell = (text: string, extra: PdfNode = {}): PdfNode => ({ text, style: 'tableHeader', ...extra });

function accountsTable(report: PcnBuildingReport, labels: PcnDocumentLabels): PdfNode {
  // The optional columns: the part no unit carries, the part the reserve fund pays.
  const extra = [
    { shown: report.unallocatedCents !== 0, heading: labels.unallocated, total: report.unallocatedCents, of: (a: PcnAccountLine) => a.unallocatedCents },
    { shown: report.coveredByReserveCents !== 0, heading: labels.coveredByReserve, total: report.coveredByReserveCents, of: (a: PcnAccountLine) => a.coveredByReserveCents },
  ].filter((column) => column.shown);
  const rows = report.accounts.map((account) => [
    account.accountCode,
    account.label,
    { text: String(account.count), alignment: 'right' },
    amountCell(account.totalCents, report.lang),
    ...extra.map((column) => amountCell(column.of(account), report.lang)),
  ]);
  const totalStyle = { style: ['amount', 'total'] };
  const totalRow = [
    { text: labels.grandTotal, colSpan: 3, style: 'total' },
    '',
    '',
    amountCell(report.totalCents, report.lang, totalStyle),
    ...extra.map((column) => amountCell(column.total, report.lang, totalStyle)),
  ];
  const header = [
    headerCell(labels.accountCode),
    headerCell(labels.accountLabel),
    headerCell(labels.count, { alignment: 'right' }),
    headerCell(labels.total, { alignment: 'right' }),
    ...extra.map((column) => headerCell(column.heading, { alignment: 'right' })),
  ];
  const widths = [[50, '*', 45, 85], [50, '*', 40, 80, 80], [45, '*', 35, 72, 72, 72]][extra.length];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows, totalRow] },
    layout: 'lightHorizontalLines',
  };
}

// One row per unit; its per-account amounts form a borderless grid of (code, label, amount) triples rather than one
// column per code, because a building may use 25 codes and A4 portrait holds about six amount columns. The label is
// printed with the code: an owner checking a line knows "612000 Nettoyage", not "612000".
const PAIRS_PER_LINE = 2;
const COMPACT_GRID = {
  defaultBorder: false,
  paddingLeft: (column: number) => (column > 0 && column % 3 === 0 ? 10 : 2),
  paddingRight: () => 2,
  paddingTop: () => 0.5,
  paddingBottom: () => 0.5,
};

// The unit cell: its number, then its quota and its owners over the period, so that each owner finds its own line.
function unitCell(unit: PcnUnitTotal, context: PcnDocumentContext, labels: PcnDocumentLabels): PdfContent {
  const details = context.units?.[unit.unitId];
  if (!details) return { text: unit.unitNumber, bold: true };
  const total = context.building.totalQuota;
  return {
    stack: [
      { text: unit.unitNumber, bold: true },
      { text: `${labels.quota} ${details.quota}${total ? ` / ${total}` : ''}`, style: 'small' },
      ...details.owners.map((owner) => ({ text: owner, style: 'small' })),
    ],
  };
}

function unitsTable(report: PcnBuildingReport, context: PcnDocumentContext, labels: PcnDocumentLabels): PdfNode {
  const header = [
    headerCell(labels.unit),
    headerCell(labels.total, { alignment: 'right' }),
    headerCell(labels.breakdown),
  ];
  const accountLabels = new Map(report.accounts.map((account) => [account.accountCode, account.label]));
  const rows = report.units.map((unit) => [
    unitCell(unit, context, labels),
    amountCell(unit.totalCents, report.lang, { bold: true }),
    unitBreakdown(unit, report.lang, accountLabels),
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [95, 62, '*'], body: [header, ...rows] },
    layout: 'lightHorizontalLines',
  };
}

function unitBreakdown(unit: PcnUnitTotal, lang: PcnLanguage, accountLabels: Map<string, string>): PdfContent {
  if (unit.accounts.length === 0) return '';
  const cells = unit.accounts.flatMap((line) => [
    { text: line.accountCode, color: '#555555' },
    { text: accountLabels.get(line.accountCode) ?? '', color: '#555555' },
    amountCell(line.amountCents, lang),
  ]);
  const body: PdfContent[][] = [];
  for (let i = 0; i < cells.length; i += PAIRS_PER_LINE * 3) {
    const line: PdfContent[] = cells.slice(i, i + PAIRS_PER_LINE * 3);
    while (line.length < PAIRS_PER_LINE * 3) line.push('');
    body.push(line);
  }
  const widths = Array.from({ length: PAIRS_PER_LINE }, () => [26, '*', 56]).flat();
  return { table: { widths, body }, layout: COMPACT_GRID, fontSize: 7.5, lineHeight: 1, margin: [0, -1, 0, -1] };
}
