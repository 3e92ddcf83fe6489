/**
 * The organization's chart of accounts. The PCN context owns the chart as data and provides the adapter (globally,
 * so that the module graph stays pcn → expenses). The domain already checks the class-6 format of a code.
 */
export abstract class AccountChart {
  /** True when `code` is an account of the organization's chart. */
  abstract exists(organizationId: string, code: string): Promise<boolean>;
}
