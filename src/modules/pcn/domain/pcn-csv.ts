import type { PcnLanguage } from './pcn-report';
import type { PcnBuildingReport } from './pcn-report.builder';

/** The tables of the report a CSV file can carry, one per file (a spreadsheet opens one table per CSV). */
export const PCN_CSV_TABLES = ['accounts', 'units'] as const;
export type PcnCsvTable = (typeof PCN_CSV_TABLES)[number];

/** The column of the accounts table added when the reserve fund pays part of the charges. */
const RESERVE_HEADER: Record<PcnLanguage, string> = {
  fr: 'Fonds de réserve (EUR)',
  nl: 'Reservekapitaal (EUR)',
  en: 'Reserve fund (EUR)',
};

const HEADERS: Record<PcnCsvTable, Record<PcnLanguage, readonly string[]>> = {
  accounts: {
    fr: ['Compte', 'Libellé', 'Nombre de dépenses', 'Total (EUR)'],
    nl: ['Rekening', 'Omschrijving', 'Aantal uitgaven', 'Totaal (EUR)'],
    en: ['Account', 'Label', 'Expenses', 'Total (EUR)'],
  },
  units: {
    fr: ['Lot', 'Compte', 'Libellé', 'Montant (EUR)'],
    nl: ['Kavel', 'Rekening', 'Omschrijving', 'Bedrag (EUR)'],
    en: ['Unit', 'Account', 'Label', 'Amount (EUR)'],
  },
};

/**
 * One table of the report as CSV, for the spreadsheets syndics and accountants use in Belgium: `;` between fields,
 * CRLF between lines, a UTF-8 byte-order mark (so Excel reads accents), amounts as plain decimals without grouping
 * ("1234,56" in fr and nl, "1234.56" in en) so they stay numbers, fields quoted as RFC 4180 says. A text field that a
 * spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe: labels
 * are typed by users (OWASP "CSV injection"). The figures are the report's, to the cent. When the reserve fund pays
 * part of the charges, the accounts table has a last column with that part (charged to no unit).
 */
export function pcnCsv(report: PcnBuildingReport, table: PcnCsvTable): string {
  const lang = report.lang;
  const amount = (cents: number) => decimal(cents, lang === 'en' ? '.' : ',');
  const labels = new Map(report.accounts.map((account) => [account.accountCode, account.label]));
  const reserve = report.coveredByReserveCents !== 0;
  const rows: (readonly string[])[] = [
    table === 'accounts' && reserve ? [...HEADERS.accounts[lang], RESERVE_HEADER[lang]] : HEADERS[table][lang],
  ];
  if (table === 'accounts') {
    const covered = (cents: number) => (reserve ? [amount(cents)] : []);
    for (const a of report.accounts)
      rows.push([
        text(a.accountCode),
        text(a.label),
        String(a.count),
        amount(a.totalCents),
        ...covered(a.coveredByReserveCents),
      ]);
    rows.push([
      '',
      text(TOTAL[lang]),
      String(report.accounts.reduce((n, a) => n + a.count, 0)),
      amount(report.totalCents),
      ...covered(report.coveredByReserveCents),
    ]);
  } else {
    for (const unit of report.units) {
      for (const line of unit.accounts) {
        rows.push([
          text(unit.unitNumber),
          text(line.accountCode),
          text(labels.get(line.accountCode) ?? ''),
          amount(line.amountCents),
        ]);
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(quoted).join(';')).join('\r\n')}\r\n`;
}

const TOTAL: Record<PcnLanguage, string> = { fr: 'Total', nl: 'Totaal', en: 'Total' };

/** Integer cents as a decimal number, from the digits: 123456 → "1234,56", -5 → "-0,05". */
function decimal(cents: number, point: string): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer number of cents: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}${point}${digits.slice(-2)}`;
}

function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoted(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
