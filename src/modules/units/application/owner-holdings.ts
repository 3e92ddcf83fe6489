import type { CalendarDate } from '../../../shared/domain/calendar-date';

/** One share an owner holds or held, over [startDate, endDate): endDate is the first day without it. */
export interface HeldShare {
  readonly unitId: string;
  readonly buildingId: string;
  readonly unitNumber: string;
  /** "60.0000" (percent). */
  readonly share: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
  readonly isPrimaryContact: boolean;
}

/** Every share an owner ever held, for personal-data exports (read-only; kept apart from the unit repository). */
export abstract class OwnerHoldings {
  /** By start date, then unit number; empty for an owner of another organization. */
  abstract historyOf(organizationId: string, ownerId: string): Promise<HeldShare[]>;
}
