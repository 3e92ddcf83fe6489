import type { CalendarDate } from '../../../shared/domain';

/**
 * Delays that follow an assembly (as researched; data, so a lawyer's correction is a one-line change):
 * the minutes reach every owner within 30 days (Civil Code art. 3.87 §10), and an owner may ask the justice of the
 * peace to annul or amend a decision within 4 months of the assembly (art. 3.92 §3).
 */
export const MINUTES_DEADLINES = {
  sendWithinDays: 30,
  sendArticle: 'art. 3.87 §10',
  challengeWithinMonths: 4,
  challengeArticle: 'art. 3.92 §3',
} as const;

/** The last day to send the minutes: the meeting's Brussels date + 30 days. */
export function minutesDueOn(meetingDate: CalendarDate): CalendarDate {
  const date = parse(meetingDate);
  date.setUTCDate(date.getUTCDate() + MINUTES_DEADLINES.sendWithinDays);
  return date.toISOString().slice(0, 10);
}

/** The last day to challenge a decision: the same day 4 months later, or that month's last day (31/10 → 28/02). */
export function challengeDeadline(meetingDate: CalendarDate): CalendarDate {
  const date = parse(meetingDate);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + MINUTES_DEADLINES.challengeWithinMonths);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

function parse(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00Z`);
}
