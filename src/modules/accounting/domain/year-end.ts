import type { CalendarDate } from '../../../shared/domain';
import { FINANCIAL_YEAR, financialYear } from './annual-accounts';
import { classOf } from './chart';
import type { EntryDraft, JournalLine } from './journal-entry';
import type { AccountBalance } from './journal.repository';

/**
 * Where the year's result goes when the books close (domain.md "Books": "Year-end: trial balance, balance sheet and
 * income statement, approved by the assembly, then the period closes"). As researched, to verify: the minimum chart
 * of 12 July 2012 has no separate result account for co-ownerships; the surplus of the calls over the charges stays
 * with the owners in the working-capital fund (100) and a deficit reduces it. Data, so an accountant's correction
 * (a sub-account, a result-carried-forward account) is one value.
 */
export const YEAR_END_ACCOUNTS = {
  /** The account the balance of classes 6 and 7 is brought to. */
  result: '100',
} as const;

/** True when `day` is the last day of a financial year (31 December for the calendar year). */
export function isFinancialYearEnd(day: CalendarDate, startMonth: number = FINANCIAL_YEAR.startMonth): boolean {
  return (
    financialYear(Number(day.slice(0, 4)) - 1, startMonth).to === day ||
    financialYear(Number(day.slice(0, 4)), startMonth).to === day
  );
}

/**
 * The year-end closing entry (misc journal), dated the closing day: each charge (class 6) and income (class 7)
 * account with a balance is brought to zero, the difference goes to the result account (a surplus credits it, a
 * deficit debits it). Null when classes 6 and 7 are already at zero.
 */
export function yearEndClosingPosting(input: {
  readonly buildingId: string;
  readonly closingId: string;
  readonly until: CalendarDate;
  /** Σ debits and credits per account up to the closing day. */
  readonly balances: readonly AccountBalance[];
}): EntryDraft | null {
  const lines: JournalLine[] = [];
  let net = 0; // debit − credit of classes 6 and 7: positive when the charges exceed the income
  for (const b of input.balances) {
    if (classOf(b.accountCode) < 6) continue;
    const balance = b.debitCents - b.creditCents;
    if (balance === 0) continue;
    net += balance;
    lines.push(line(b.accountCode, balance < 0 ? -balance : 0, balance > 0 ? balance : 0));
  }
  if (lines.length === 0) return null;
  if (net !== 0) lines.push(line(YEAR_END_ACCOUNTS.result, net > 0 ? net : 0, net < 0 ? -net : 0));
  return {
    buildingId: input.buildingId,
    date: input.until,
    journal: 'misc',
    reference: `Year-end closing ${input.until}`,
    sourceType: 'closing',
    sourceId: input.closingId,
    lines,
  };
}

const line = (accountCode: string, debitCents: number, creditCents: number): JournalLine => ({
  accountCode,
  debitCents,
  creditCents,
  ownerId: null,
  unitId: null,
});
