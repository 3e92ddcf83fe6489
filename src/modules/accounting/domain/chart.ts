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

/**
 * A charge account (class 6) as expenses are booked on it and the PCN report prints it: an account of the chart in
 * force or an organization's sub-account under one. The chart's accounts have no English label (English documents
 * print the French one) and carry the chart version's time; a sub-account its own.
 */
export interface ChargeAccount {
  readonly code: string;
  readonly labelFr: string;
  readonly labelNl: string;
  readonly labelEn: string | null;
  /** Null for an account of the chart; for a sub-account, the account it extends. */
  readonly parentCode: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The class of charges. */
export const CHARGE_CLASS = 6;

/** The label of a charge account in `lang`: English falls back to French. */
export function chargeLabelIn(account: Pick<ChargeAccount, 'labelFr' | 'labelNl' | 'labelEn'>, lang: ChartLanguage): string {
  if (lang === 'en') return account.labelEn ?? account.labelFr;
  return labelIn(account, lang);
}

/**
 * The account a new sub-account hangs under: the longest code of the chart that `code` extends (615000 under 61),
 * else the class itself (660000 under '6'), as organization_accounts records a code no chart account prefixes.
 */
export function nearestParent(code: string, chartCodes: Iterable<string>): string {
  let parent = code.slice(0, 1);
  for (const candidate of chartCodes) {
    if (candidate.length < code.length && code.startsWith(candidate) && candidate.length > parent.length) parent = candidate;
  }
  return parent;
}

/** The chart in force on a day, with the organization's sub-accounts, and the organization's own sub-accounts. */
export abstract class ChartReads {
  /** The version in force on `day` (the latest valid from it or before) and the organization's sub-accounts. */
  abstract chartOn(organizationId: string, day: CalendarDate): Promise<Chart>;
  /** Inserts a sub-account; false when its code is taken in the organization. */
  abstract addSubAccount(organizationId: string, account: ChartAccount, labelEn?: string | null): Promise<boolean>;
  /** The charge accounts (class 6) of the chart in force on `day` and the organization's sub-accounts of class 6, by code. */
  abstract chargeAccounts(organizationId: string, day: CalendarDate): Promise<ChargeAccount[]>;
  /** Replaces the labels of one of the organization's sub-accounts; null when it has no such sub-account. */
  abstract relabelSubAccount(
    organizationId: string,
    code: string,
    labels: Pick<ChargeAccount, 'labelFr' | 'labelNl' | 'labelEn'>,
    now: Date,
  ): Promise<ChargeAccount | null>;
}
