import type { CalendarDate } from '../../../shared/domain';

export type AccountClass = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const CHART_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type ChartLanguage = (typeof CHART_LANGUAGES)[number];

/** An account of the chart or an organization's sub-account, with its labels. */
export interface ChartAccount {
  readonly code: string;
  readonly class: AccountClass;
  readonly labelFr: string;
  readonly labelNl: string;
  /** Where the number comes from; null for an organization's sub-account. */
  readonly source: string | null;
  readonly toVerify: boolean;
  /** For an organization's sub-account: the chart account it extends. */
  readonly parentCode: string | null;
}

export interface Chart {
  readonly version: string;
  readonly validFrom: CalendarDate;
  readonly accounts: readonly ChartAccount[];
}

/** The label in a language: the chart is bilingual (FR, NL); English readers get the French label. */
export function labelIn(account: Pick<ChartAccount, 'labelFr' | 'labelNl'>, lang: ChartLanguage): string {
  return lang === 'nl' ? account.labelNl : account.labelFr;
}

/** An account code: the class digit (1-7) then up to nine digits. */
export const ACCOUNT_CODE = /^[1-7][0-9]{0,9}$/;

/** The class of an account: its first digit. */
export const classOf = (code: string): AccountClass => Number(code[0]) as AccountClass;

/** The chart in force on a day, with the organization's sub-accounts, and the organization's own sub-accounts. */
export abstract class ChartReads {
  /** The version in force on `day` (the latest valid from it or before) and the organization's sub-accounts. */
  abstract chartOn(organizationId: string, day: CalendarDate): Promise<Chart>;
  /** Inserts a sub-account; false when its code is taken in the organization. */
  abstract addSubAccount(organizationId: string, account: ChartAccount): Promise<boolean>;
}
