/**
 * The organization's chart of accounts. The chart-of-accounts context owns the chart as data; the adapter asks its
 * facade. The domain already checks the class-6 format of a code.
 */
export abstract class AccountChart {
  /** True when `code` is an account of the organization's chart. */
  abstract exists(organizationId: string, code: string): Promise<boolean>;
}
