import { addDays, type CalendarDate } from '../../../shared/domain';

// Calendar-date arithmetic on "YYYY-MM-DD" strings, through UTC midnights: no time of day and no clock change can
// shift a count (the Brussels day of an instant is taken first, with brusselsDate).

const DAY_MS = 86_400_000;

const toUtc = (day: CalendarDate): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);

/** Whole calendar days from `from` to `to` (2026-03-20 → 2026-04-05 = 16), negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export { addDays };

/** The same day `months` later, or the month's last day when it has none (2026-10-31 + 4 months = 2027-02-28). */
export function addMonths(day: CalendarDate, months: number): CalendarDate {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return fromUtc(target.getTime());
}

/** The `count`-th working day (Monday to Friday) after `day`. */
export function addWorkingDays(day: CalendarDate, count: number): CalendarDate {
  let current = day;
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    const weekday = new Date(toUtc(current)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}
