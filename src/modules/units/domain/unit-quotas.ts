import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { InvalidUnit, QuotaExceeded, QuotaHistoryConflict } from './unit.errors';

/**
 * A quota over [validFrom, validTo): validTo is the first day without it (null while current); a null validFrom
 * means since the deed, every earlier date included. Quotas come from the deed or a unanimous decision (`decisionRef`).
 */
export interface QuotaPeriod {
  readonly id: string;
  readonly quota: number;
  readonly validFrom: CalendarDate | null;
  readonly validTo: CalendarDate | null;
  readonly decisionRef: string | null;
}

/** A quota over a period, whatever unit holds it: what the building's total is checked against. */
export type DatedQuota = Pick<QuotaPeriod, 'quota' | 'validFrom' | 'validTo'>;

/** The period holds on `day`. */
export const holdsOn = (p: DatedQuota, day: CalendarDate): boolean =>
  (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo > day);

/** The quota a unit holds on `day`, or null when it has none (not yet created by the deed). */
export function quotaOn(periods: readonly DatedQuota[], day: CalendarDate): number | null {
  return periods.find((p) => holdsOn(p, day))?.quota ?? null;
}

/**
 * On every date the quotas of a building's units stay within its total. The sum only rises where a period starts, so
 * checking each start (and "since the deed") covers every date. Throws QUOTA_EXCEEDED naming the first date over.
 */
export function assertQuotasWithinTotal(totalQuota: number, periods: readonly DatedQuota[]): void {
  const starts = [...new Set(periods.map((p) => p.validFrom))].sort(byDate);
  for (const start of starts) {
    const sum = periods
      .filter((p) => (start === null ? p.validFrom === null : holdsOn(p, start)))
      .reduce((total, p) => total + p.quota, 0);
    if (sum > totalQuota) throw new QuotaExceeded(sum, totalQuota, start);
  }
}

/** Null (since the deed) first, then dates in order. */
const byDate = (a: CalendarDate | null, b: CalendarDate | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** One unit's quota history, by start; its changes since restored, for the adapter to write. */
export class UnitQuotas {
  private readonly updated = new Set<string>();
  private readonly added = new Set<string>();

  private constructor(private periods: QuotaPeriod[]) {}

  /** The first quota: from `validFrom`, or since the deed when null. */
  static first(id: string, quota: number, validFrom: CalendarDate | null, decisionRef: string | null): UnitQuotas {
    checkQuota(quota);
    const history = new UnitQuotas([]);
    history.add({ id, quota, validFrom, validTo: null, decisionRef: cleanRef(decisionRef) });
    return history;
  }

  static restore(periods: readonly QuotaPeriod[]): UnitQuotas {
    return new UnitQuotas([...periods].sort((a, b) => byDate(a.validFrom, b.validFrom)));
  }

  /**
   * A new quota from `validFrom` on: the current period ends that day. Only after the current period's start: an
   * earlier date would rewrite a recorded period (422 QUOTA_HISTORY_CONFLICT; correct it with PUT /units/:id instead).
   */
  change(id: string, quota: number, validFrom: CalendarDate, decisionRef: string | null): void {
    checkQuota(quota);
    const current = this.periods.find((p) => p.validTo === null);
    if (!current || (current.validFrom !== null && validFrom <= current.validFrom))
      throw new QuotaHistoryConflict(validFrom, current?.validFrom ?? null);
    this.replace({ ...current, validTo: validFrom });
    this.add({ id, quota, validFrom, validTo: null, decisionRef: cleanRef(decisionRef) });
  }

  /** Corrects a typing error: the period in force on `today` (or, before the first, the latest) gets `quota`. */
  correct(quota: number, today: CalendarDate): void {
    checkQuota(quota);
    const target = this.periods.find((p) => holdsOn(p, today)) ?? this.periods[this.periods.length - 1];
    if (target && target.quota !== quota) this.replace({ ...target, quota });
  }

  quotaOn(day: CalendarDate): number | null {
    return quotaOn(this.periods, day);
  }

  history(): readonly QuotaPeriod[] {
    return [...this.periods];
  }

  /** Periods to insert and periods whose quota or end changed. */
  changes(): { added: QuotaPeriod[]; updated: QuotaPeriod[] } {
    const pick = (ids: Set<string>) => this.periods.filter((p) => ids.has(p.id));
    return { added: pick(this.added), updated: pick(this.updated) };
  }

  private add(period: QuotaPeriod): void {
    this.periods = [...this.periods, period].sort((a, b) => byDate(a.validFrom, b.validFrom));
    this.added.add(period.id);
  }

  private replace(period: QuotaPeriod): void {
    this.periods = this.periods.map((p) => (p.id === period.id ? period : p));
    if (!this.added.has(period.id)) this.updated.add(period.id);
  }
}

function checkQuota(quota: number): void {
  if (!Number.isInteger(quota) || quota <= 0 || quota > 100_000_000)
    throw new InvalidUnit('quota', 'must be a positive integer');
}

function cleanRef(ref: string | null): string | null {
  const trimmed = ref?.trim() ?? '';
  return trimmed === '' ? null : trimmed.slice(0, 255);
}
