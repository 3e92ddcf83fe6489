import { InvalidPcnInput, InvalidPcnPeriod } from './pcn.errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Both ends inclusive, "YYYY-MM-DD" (such strings compare in date order). */
export interface PcnPeriod {
  readonly from: string;
  readonly to: string;
}

/**
 * The period of a report. Without dates: the calendar year of `today`; with only one end: the rest of that end's
 * calendar year. Throws when a date is not a real date or when the period ends before it starts.
 */
export function reportPeriod(from: string | undefined, to: string | undefined, today: string): PcnPeriod {
  if (from !== undefined) assertCalendarDate('from', from);
  if (to !== undefined) assertCalendarDate('to', to);
  const year = (from ?? to ?? today).slice(0, 4);
  const period = { from: from ?? `${(to ?? today).slice(0, 4)}-01-01`, to: to ?? `${year}-12-31` };
  if (period.from > period.to) throw new InvalidPcnPeriod(period.from, period.to);
  return period;
}

function assertCalendarDate(field: string, value: string): void {
  const match = ISO_DATE.exec(value);
  const real =
    match &&
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
  if (!real) throw new InvalidPcnInput(field, 'must be a date YYYY-MM-DD');
}
