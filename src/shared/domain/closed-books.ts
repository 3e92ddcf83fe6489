import type { CalendarDate } from './calendar-date';
import { DomainError } from './domain-error';

/**
 * A write dated in a closed period: once the general assembly has approved a building's accounts and the syndic has
 * closed its books up to `closedUntil` (inclusive), nothing dated on or before it changes any more (expenses,
 * ownerships, quotas, calls, payments, journal entries). Shared by every context that writes dated records, and by
 * the persistence layer, which turns the database's own refusal into this same error.
 */
export class PeriodClosed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PERIOD_CLOSED';
  constructor(date: CalendarDate, closedUntil: CalendarDate) {
    // A record valid "since the deed" (a quota period without a start) reaches every closed day: name the last one.
    const day = date === '-infinity' ? closedUntil : date;
    super(`The books are closed until ${closedUntil}: a write dated ${day} is refused`, { date: day, closedUntil });
  }
}

/** The books of one building: closed up to `closedUntil` inclusive, or open on every day when it is null. */
export class ClosedBooks {
  private constructor(readonly closedUntil: CalendarDate | null) {}

  static until(closedUntil: CalendarDate | null): ClosedBooks {
    return new ClosedBooks(closedUntil);
  }

  /** Books never closed. */
  static open(): ClosedBooks {
    return new ClosedBooks(null);
  }

  isClosedOn(day: CalendarDate): boolean {
    return this.closedUntil !== null && day <= this.closedUntil;
  }

  /** Refuses (409 PERIOD_CLOSED) when any of these days lies in the closed books; the earliest is named. */
  assertOpen(...days: readonly CalendarDate[]): void {
    const closed = days.filter((day) => this.isClosedOn(day)).sort();
    if (closed[0] !== undefined && this.closedUntil !== null) throw new PeriodClosed(closed[0], this.closedUntil);
  }
}
