import type { CalendarDate, Period } from '../../../shared/domain/calendar-date';

/** A share held over [startDate, endDate), as the registry reports it. */
export interface HeldShareSpan {
  readonly buildingId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
}

/** The days an owner held at least one share of a building: [from, until), until null while it still holds one. */
export interface HoldingPeriod {
  readonly buildingId: string;
  readonly from: CalendarDate;
  readonly until: CalendarDate | null;
}

/**
 * An owner sees the charges of a building for the days it held a share of it, not by what it holds today
 * (domain.md, "Time"): the seller keeps the books of the months before the sale, the buyer starts with the deed.
 * Shares of several units of one building, overlapping or back to back, make one period.
 */
export function holdingPeriods(spans: readonly HeldShareSpan[]): HoldingPeriod[] {
  const sorted = [...spans].sort(
    (a, b) => a.buildingId.localeCompare(b.buildingId) || a.startDate.localeCompare(b.startDate),
  );
  const merged: { buildingId: string; from: CalendarDate; until: CalendarDate | null }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && last.buildingId === span.buildingId && (last.until === null || last.until >= span.startDate)) {
      last.until = last.until === null || span.endDate === null ? null : later(last.until, span.endDate);
    } else {
      merged.push({ buildingId: span.buildingId, from: span.startDate, until: span.endDate });
    }
  }
  return merged;
}

/** True when the owner held a share of the building on that day. */
export function heldOn(periods: readonly HoldingPeriod[], buildingId: string, day: CalendarDate): boolean {
  return periods.some((p) => p.buildingId === buildingId && p.from <= day && (p.until === null || p.until > day));
}

/** The building's holding periods that share at least one day with the period (both ends inclusive, open when absent). */
export function periodsDuring(periods: readonly HoldingPeriod[], buildingId: string, period: Period): HoldingPeriod[] {
  return periods.filter(
    (p) =>
      p.buildingId === buildingId &&
      (period.to === undefined || p.from <= period.to) &&
      (period.from === undefined || p.until === null || p.until > period.from),
  );
}

const later = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);
