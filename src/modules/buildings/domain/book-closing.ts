import { type CalendarDate, isCalendarDate } from '../../../shared/domain';
import { ClosingInFuture, ClosingNotAfterLast, InvalidClosing } from './book-closing.errors';

export const MAX_CLOSING_NOTE = 500;

/**
 * The books of a building closed up to `until` (inclusive), once the general assembly approved the accounts of that
 * period: from then on every write dated on or before `until` is refused (409 PERIOD_CLOSED). Closings only move
 * forward and are never reopened.
 */
export interface BookClosingSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly until: CalendarDate;
  readonly closedAt: Date;
  /** The user who closed the books. */
  readonly closedBy: string;
  /** The assembly decision that approved the accounts, e.g. "AGO 2026-03-14, résolution 3". */
  readonly note: string | null;
}

export interface CloseBooksInput {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly until: CalendarDate;
  readonly closedBy: string;
  readonly note?: string | null;
}

/**
 * A new closing, later than the building's last one (`lastUntil`, null when the books were never closed) and not
 * after `today`: an assembly approves the accounts of a period that is over. Closing up to today is allowed.
 */
export function closeBooks(
  input: CloseBooksInput,
  lastUntil: CalendarDate | null,
  now: { instant: Date; today: CalendarDate },
): BookClosingSnapshot {
  if (!isCalendarDate(input.until)) throw new InvalidClosing('until', 'must be a date YYYY-MM-DD');
  if (lastUntil !== null && input.until <= lastUntil) throw new ClosingNotAfterLast(input.until, lastUntil);
  if (input.until > now.today) throw new ClosingInFuture(input.until, now.today);
  const note = input.note?.trim() || null;
  if (note !== null && note.length > MAX_CLOSING_NOTE)
    throw new InvalidClosing('note', `must have at most ${MAX_CLOSING_NOTE} characters`);
  return {
    id: input.id,
    organizationId: input.organizationId,
    buildingId: input.buildingId,
    until: input.until,
    closedAt: now.instant,
    closedBy: input.closedBy,
    note,
  };
}
