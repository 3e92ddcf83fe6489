const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD"; such strings compare in date order. */
export type CalendarDate = string;

/** True for a real date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Both ends inclusive; an absent end leaves that side open. */
export interface Period {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

/** The day `days` later (earlier when negative), counted through UTC midnights: no clock change shifts it. */
export function addDays(day: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
