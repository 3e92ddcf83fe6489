import type { CalendarDate } from '../../../shared/domain';

/**
 * The charge accounts expenses are booked on: the class-6 accounts of the co-ownership chart in force and the
 * organization's sub-accounts under them. The accounting context owns the chart as data; the adapter asks its
 * facade. The domain already checks the class-6 format of a code.
 */
export abstract class AccountChart {
  /** True when `code` is a charge account of the chart in force on `day` or one of the organization's sub-accounts. */
  abstract exists(organizationId: string, code: string, day: CalendarDate): Promise<boolean>;
}
