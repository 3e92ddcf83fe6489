import { brusselsDate } from './brussels-time';
import type { CalendarDate } from './calendar-date';

/**
 * The current instant, and today's date in Brussels where the buildings are. Rules that depend on "now" (the 15-day
 * notice of a meeting, an overdue invoice, who owns a unit today) read it here, so they give the same answer all day
 * long and can be checked at any chosen moment.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in Brussels, "YYYY-MM-DD". */
  today(): CalendarDate {
    return brusselsDate(this.now());
  }
}
