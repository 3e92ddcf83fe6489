import type { CalendarDate } from '../../../shared/domain';
import { Chart, ChartLanguage, labelIn } from './chart';
import type { AccountBalance } from './journal.repository';
import { Totals, totalsOf } from './journal-entry';

export interface TrialBalanceLine extends AccountBalance {
  readonly label: string;
  /** Debit − credit: positive for a debit balance. */
  readonly balanceCents: number;
}

export interface TrialBalance {
  readonly buildingId: string;
  readonly asOf: CalendarDate;
  readonly accounts: readonly TrialBalanceLine[];
  /** Equal in balanced books: every entry is. */
  readonly totals: Totals;
}

/**
 * The trial balance of a building on a day: each account's debits, credits and balance, labelled from the chart
 * (an account no longer in the chart keeps its code as label).
 */
export function trialBalance(
  buildingId: string,
  asOf: CalendarDate,
  balances: readonly AccountBalance[],
  chart: Chart,
  lang: ChartLanguage,
): TrialBalance {
  const labels = new Map(chart.accounts.map((a) => [a.code, labelIn(a, lang)]));
  return {
    buildingId,
    asOf,
    accounts: balances.map((b) => ({
      ...b,
      label: labels.get(b.accountCode) ?? b.accountCode,
      balanceCents: b.debitCents - b.creditCents,
    })),
    totals: totalsOf(balances),
  };
}
