import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { RepresentativeChangedLater, RepresentativeNotOwner } from './representation.errors';

/** The co-owner who votes for a unit over [validFrom, validTo): validTo is the first day without the mandate. */
export interface RepresentationSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly unitId: string;
  readonly ownerId: string;
  readonly validFrom: CalendarDate;
  readonly validTo: CalendarDate | null;
  /** The user who named the representative. */
  readonly recordedBy: string;
}

/** A share of the unit held over [startDate, endDate), as far as the representation needs it. */
export interface HeldSpan {
  readonly ownerId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
}

/** The representative on one day. A named person who no longer holds a share that day no longer counts. */
export interface RepresentativeOnDay {
  readonly ownerId: string | null;
  readonly validFrom: CalendarDate | null;
  readonly validTo: CalendarDate | null;
  /** Named for that day but holding no share of the unit any more (sold it): the unit has no representative. */
  readonly lapsedOwnerId: string | null;
}

export interface RepresentationChanges {
  readonly added: readonly RepresentationSnapshot[];
  readonly ended: readonly RepresentationSnapshot[];
  readonly removed: readonly string[];
}

const covers = (p: { start: CalendarDate; end: CalendarDate | null }, day: CalendarDate): boolean =>
  p.start <= day && (p.end === null || p.end > day);

export const holdsShareOn = (spans: readonly HeldSpan[], ownerId: string, day: CalendarDate): boolean =>
  spans.some((s) => s.ownerId === ownerId && covers({ start: s.startDate, end: s.endDate }, day));

/**
 * Who votes for a unit held by several people (joint ownership, usufruct): one representative at a time, with
 * history. The representative must hold a share on the day it is named; when it later stops holding one (a sale),
 * the mandate lapses on that day on its own: every read checks the shares of the day, so a sale recorded after
 * the naming, even backdated, can never leave a former owner voting.
 */
export class UnitRepresentation {
  private readonly periods: RepresentationSnapshot[];
  private readonly added: RepresentationSnapshot[] = [];
  private readonly ended = new Map<string, RepresentationSnapshot>();
  private readonly removed: string[] = [];

  private constructor(
    periods: readonly RepresentationSnapshot[],
    private readonly shares: readonly HeldSpan[],
  ) {
    this.periods = [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  static restore(periods: readonly RepresentationSnapshot[], shares: readonly HeldSpan[]): UnitRepresentation {
    return new UnitRepresentation(periods, shares);
  }

  /**
   * Names the representative from `from` on: 422 REPRESENTATIVE_NOT_OWNER unless it holds a share that day; 409
   * REPRESENTATIVE_CHANGED_LATER when a representative is already named from a later day (history is written in
   * order). Named again from the same day as the latest mandate, it replaces that mandate (a correction).
   */
  name(next: Omit<RepresentationSnapshot, 'validTo'>): RepresentationSnapshot {
    if (!holdsShareOn(this.shares, next.ownerId, next.validFrom)) throw new RepresentativeNotOwner(next.validFrom);
    const latest = this.periods.at(-1);
    if (latest && latest.validFrom > next.validFrom) throw new RepresentativeChangedLater(latest.validFrom);
    if (latest) this.cut(latest, next.validFrom);
    const created = { ...next, validTo: null };
    this.periods.push(created);
    this.added.push(created);
    return created;
  }

  /** Ends the current mandate on `day` (first day without it); nothing to end is not an error. */
  end(day: CalendarDate): void {
    const open = this.periods.find((p) => p.validTo === null);
    if (open) this.cut(open, day);
  }

  on(day: CalendarDate): RepresentativeOnDay {
    const period = this.periods.find((p) => covers({ start: p.validFrom, end: p.validTo }, day));
    if (!period) return { ownerId: null, validFrom: null, validTo: null, lapsedOwnerId: null };
    const holds = holdsShareOn(this.shares, period.ownerId, day);
    return {
      ownerId: holds ? period.ownerId : null,
      validFrom: period.validFrom,
      validTo: period.validTo,
      lapsedOwnerId: holds ? null : period.ownerId,
    };
  }

  changes(): RepresentationChanges {
    return { added: [...this.added], ended: [...this.ended.values()], removed: [...this.removed] };
  }

  /** Stops `period` on `day`: a mandate that would not have lasted a day is withdrawn. */
  private cut(period: RepresentationSnapshot, day: CalendarDate): void {
    if (period.validTo !== null && period.validTo <= day) return;
    const index = this.periods.indexOf(period);
    if (period.validFrom >= day) {
      this.periods.splice(index, 1);
      this.removed.push(period.id);
      return;
    }
    const ended = { ...period, validTo: day };
    this.periods[index] = ended;
    this.ended.set(ended.id, ended);
  }
}

/**
 * Who casts a unit's votes on a day: its only owner; with several owners, their representative if it still holds a
 * share that day; otherwise nobody (the unit's votes are suspended and it is left out of the head count).
 */
export function voterOf(ownerIds: readonly string[], representativeId: string | null): string | null {
  const owners = new Set(ownerIds);
  if (owners.size === 1) return [...owners][0] as string;
  return representativeId !== null && owners.has(representativeId) ? representativeId : null;
}
