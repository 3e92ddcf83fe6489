import type { CalendarDate } from '../../../shared/domain';
import { Chart, ChartLanguage, classOf, labelIn } from './chart';
import { POSTING_ACCOUNTS } from './postings';

/**
 * The financial year (Royal Decree of 12 July 2012 as researched: the annual accounts cover the association's
 * financial year, which its statutes fix; most run on the calendar year). Data, so a building whose statutes start the
 * year in another month is one value away.
 */
export const FINANCIAL_YEAR = {
  /** The month (1-12) the financial year starts with; 1: the calendar year. */
  startMonth: 1,
} as const;

export interface FinancialYear {
  readonly year: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Financial year 2026 starting in January: 2026-01-01 to 2026-12-31; starting in July: 2026-07-01 to 2027-06-30. */
export function financialYear(year: number, startMonth: number = FINANCIAL_YEAR.startMonth): FinancialYear {
  const from = new Date(Date.UTC(year, startMonth - 1, 1));
  const to = new Date(Date.UTC(year + 1, startMonth - 1, 0)); // day 0: the last day of the month before
  return { year, from: iso(from), to: iso(to) };
}

/** Simplified accounts below 20 lots, full double-entry accounts from 20 (see buildings' LOT_RULES). */
export type AccountsPresentation = 'full' | 'simplified';

/**
 * One account's (or one owner's, on 410) figures read from the journal: its balance at the end of the year over every
 * entry dated up to that day (debit − credit), and its debits and credits within the year.
 */
export interface YearBalance {
  readonly accountCode: string;
  /** The owner of the lines on the owners' account; null on other accounts. */
  readonly ownerId: string | null;
  readonly balanceCents: number;
  /** The year's debits and credits, year-end closing entries left out (they are not the year's activity). */
  readonly yearDebitCents: number;
  readonly yearCreditCents: number;
  /** Debit − credit of the year's closing entries (non-zero on classes 6 and 7 once the year is closed). */
  readonly yearClosingCents: number;
}

export const BALANCE_SHEET_SECTIONS = ['fixed_assets', 'receivables', 'cash', 'funds', 'result', 'debts'] as const;
export type BalanceSheetSection = (typeof BALANCE_SHEET_SECTIONS)[number];

export interface StatementLine {
  readonly section: BalanceSheetSection | 'charges' | 'income';
  /** The account (full presentation) or the group of accounts (simplified) the line sums. */
  readonly code: string;
  readonly label: string;
  readonly amountCents: number;
}

export interface StatementSide {
  readonly lines: readonly StatementLine[];
  readonly totalCents: number;
}

export interface AnnualAccounts {
  readonly buildingId: string;
  readonly year: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly presentation: AccountsPresentation;
  readonly lang: ChartLanguage;
  readonly balanceSheet: { readonly assets: StatementSide; readonly liabilities: StatementSide };
  readonly incomeStatement: {
    readonly charges: StatementSide;
    readonly income: StatementSide;
    /** Income − charges: positive for a surplus (boni), negative for a deficit (mali). */
    readonly resultCents: number;
  };
}

/** Words of the lines that are not one account of the chart. */
const WORDS: Record<ChartLanguage, Record<string, string>> = {
  fr: {
    ownersDue: 'Copropriétaires – montants dus',
    ownersAdvance: 'Copropriétaires – avances et paiements en trop',
    yearResult: "Résultat de l'exercice",
    previousResult: 'Résultats antérieurs non affectés',
    otherFunds: 'Autres fonds',
    otherAssets: 'Autres actifs',
    otherReceivables: 'Autres créances',
    otherCash: 'Autres comptes financiers',
    otherDebts: 'Fournisseurs et autres dettes',
    bankDebt: 'Dettes envers les banques',
  },
  nl: {
    ownersDue: 'Mede-eigenaars – verschuldigde bedragen',
    ownersAdvance: 'Mede-eigenaars – voorschotten en te veel betaald',
    yearResult: 'Resultaat van het boekjaar',
    previousResult: 'Niet-bestemde resultaten van vorige boekjaren',
    otherFunds: 'Andere fondsen',
    otherAssets: 'Andere activa',
    otherReceivables: 'Andere vorderingen',
    otherCash: 'Andere financiële rekeningen',
    otherDebts: 'Leveranciers en andere schulden',
    bankDebt: 'Schulden aan kredietinstellingen',
  },
  en: {
    ownersDue: 'Co-owners – amounts due',
    ownersAdvance: 'Co-owners – advances and overpayments',
    yearResult: 'Result of the year',
    previousResult: 'Results of earlier years not allocated',
    otherFunds: 'Other funds',
    otherAssets: 'Other assets',
    otherReceivables: 'Other receivables',
    otherCash: 'Other financial accounts',
    otherDebts: 'Suppliers and other debts',
    bankDebt: 'Debts to banks',
  },
};

/**
 * The accounts a simplified presentation keeps apart (domain.md "Books": receipts and expenses, cash, both funds,
 * owners' debts and credits); every other account joins its group. Data, like POSTING_ACCOUNTS.
 */
export const SIMPLIFIED_ACCOUNTS = ['100', '160', POSTING_ACCOUNTS.bankCurrent, POSTING_ACCOUNTS.bankReserve] as const;

interface Key {
  readonly section: StatementLine['section'];
  readonly code: string;
  readonly label: string;
}

/**
 * The balance sheet and the income statement of a financial year, from the journal's figures:
 * - the balance sheet takes every account of classes 1 to 5 at the year's last day; the owners' account 410 is split
 *   into what debtor owners owe (an asset) and what others paid ahead (a debt), each owner's balance on its own;
 *   another account goes to the side its balance falls on (a bank overdraft is a debt); classes 6 and 7 not yet
 *   brought to a fund show as the result of the year and those of earlier years, so the two sides are equal in
 *   balanced books (none once the year-end closing entry brought them to the result account);
 * - the income statement takes the year's movements (the year-end closing entry left out) of classes 6 (charges) and 7 (income, the calls for funds);
 *   result = income − charges.
 * Full presentation: one line per account, labelled from the chart. Simplified: the funds 100 and 160, the banks 550
 * and 551 and the owners' lines alone, the rest by group (charges and income by their two-digit group).
 */
export function annualAccounts(input: {
  readonly buildingId: string;
  readonly year: FinancialYear;
  readonly presentation: AccountsPresentation;
  readonly lang: ChartLanguage;
  readonly chart: Chart;
  readonly balances: readonly YearBalance[];
}): AnnualAccounts {
  const { presentation, lang } = input;
  const words = WORDS[lang];
  const chartLabels = new Map(input.chart.accounts.map((a) => [a.code, labelIn(a, lang)]));
  const label = (code: string, fallback: string) => chartLabels.get(code) ?? fallback;
  const assets = new Lines();
  const liabilities = new Lines();
  const charges = new Lines();
  const income = new Lines();
  let ownersDue = 0;
  let ownersAdvance = 0;
  let cumulativeResult = 0;
  let yearResult = 0;
  let closed = false;

  const simplifiedCode = (code: string): string | undefined =>
    SIMPLIFIED_ACCOUNTS.find((kept) => code === kept || code.startsWith(kept));

  for (const b of input.balances) {
    const code = b.accountCode;
    const accountClass = classOf(code);
    if (accountClass >= 6) {
      cumulativeResult -= b.balanceCents;
      if (b.yearClosingCents !== 0) closed = true;
      const movement = b.yearCreditCents - b.yearDebitCents;
      yearResult += movement;
      if (b.yearDebitCents === 0 && b.yearCreditCents === 0) continue;
      const group = presentation === 'full' ? code : code.slice(0, 2);
      const target = accountClass === 6 ? charges : income;
      target.add(
        { section: accountClass === 6 ? 'charges' : 'income', code: group, label: label(group, group) },
        accountClass === 6 ? -movement : movement,
      );
      continue;
    }
    if (code.startsWith(POSTING_ACCOUNTS.owners)) {
      if (b.balanceCents > 0) ownersDue += b.balanceCents;
      else ownersAdvance -= b.balanceCents;
      continue;
    }
    if (b.balanceCents === 0) continue;
    const kept = presentation === 'full' ? code : simplifiedCode(code);
    const key = (section: BalanceSheetSection, groupCode: string, groupLabel: string): Key =>
      kept ? { section, code: kept, label: label(kept, kept) } : { section, code: groupCode, label: groupLabel };
    if (accountClass === 1) {
      liabilities.add(key(code.startsWith('17') ? 'debts' : 'funds', '1', words.otherFunds), -b.balanceCents);
    } else if (b.balanceCents > 0) {
      if (accountClass === 5) assets.add(key('cash', '5', words.otherCash), b.balanceCents);
      else if (accountClass === 4) assets.add(key('receivables', '4', words.otherReceivables), b.balanceCents);
      else assets.add(key('fixed_assets', String(accountClass), words.otherAssets), b.balanceCents);
    } else {
      const group = accountClass === 5 ? words.bankDebt : words.otherDebts;
      liabilities.add(key('debts', String(accountClass), group), -b.balanceCents);
    }
  }
  if (ownersDue)
    assets.add({ section: 'receivables', code: POSTING_ACCOUNTS.owners, label: words.ownersDue }, ownersDue);
  if (ownersAdvance) {
    liabilities.add({ section: 'debts', code: POSTING_ACCOUNTS.owners, label: words.ownersAdvance }, ownersAdvance);
  }
  // Once the year-end entry brought classes 6 and 7 to the result account, the result is in the funds.
  const openYearResult = closed ? 0 : yearResult;
  if (openYearResult) liabilities.add({ section: 'result', code: '7-6', label: words.yearResult }, openYearResult);
  const previous = cumulativeResult - openYearResult;
  if (previous) liabilities.add({ section: 'result', code: '7-6', label: words.previousResult }, previous);

  const chargesSide = charges.side();
  const incomeSide = income.side();
  return {
    buildingId: input.buildingId,
    year: input.year.year,
    from: input.year.from,
    to: input.year.to,
    presentation,
    lang,
    balanceSheet: { assets: assets.side(), liabilities: liabilities.side() },
    incomeStatement: {
      charges: chargesSide,
      income: incomeSide,
      resultCents: incomeSide.totalCents - chargesSide.totalCents,
    },
  };
}

/** Lines summed by key, ordered by section then code. */
class Lines {
  private readonly byKey = new Map<string, { key: Key; cents: number }>();

  add(key: Key, cents: number): void {
    const id = `${key.section}|${key.code}|${key.label}`;
    const line = this.byKey.get(id) ?? { key, cents: 0 };
    line.cents += cents;
    this.byKey.set(id, line);
  }

  side(): StatementSide {
    const order = (s: StatementLine['section']) => (BALANCE_SHEET_SECTIONS as readonly string[]).indexOf(s);
    const lines = [...this.byKey.values()]
      .map(({ key, cents }) => ({ ...key, amountCents: cents }))
      .sort((a, b) => order(a.section) - order(b.section) || a.code.localeCompare(b.code));
    return { lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0) };
  }
}
