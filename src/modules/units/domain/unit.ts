import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { InvalidUnit, UnitHasOwnerships, UnitLimitReached } from './unit.errors';
import { assertQuotasWithinTotal, DatedQuota, QuotaPeriod, UnitQuotas } from './unit-quotas';

export const UNIT_TYPES = ['apartment', 'commercial', 'parking', 'garage', 'cellar', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** What a unit write may use of its building, read under the building row's lock. */
export interface BuildingCapacity {
  readonly totalQuota: number;
  readonly totalUnits: number;
  /** The number of the building's units before this write. */
  readonly unitCount: number;
  /** Every quota period of the building's other units (all of them for a new unit). */
  readonly quotas: readonly DatedQuota[];
}

export interface UnitDetailsInput {
  readonly unitNumber: string;
  readonly type: UnitType;
  readonly floor?: number | null;
  /** m², up to 2 decimals. */
  readonly surfaceArea: number;
  /** Its quota: for a new unit the first one; on an edit, a correction of the period in force today. */
  readonly quota: number;
}

export interface NewUnitDetails extends UnitDetailsInput {
  /** The first quota holds from this date; absent, since the deed (every earlier date too). */
  readonly quotaValidFrom?: CalendarDate | null;
}

export interface UnitSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly unitNumber: string;
  readonly type: UnitType;
  readonly floor: number | null;
  /** Hundredths of m², exact. */
  readonly surfaceAreaHundredths: number;
  /** The quota on the day read (today for the API), null when the unit has none yet that day. */
  readonly quota: number | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

type Details = Pick<UnitSnapshot, 'unitNumber' | 'type' | 'floor' | 'surfaceAreaHundredths'>;
/** The stored fields of a unit; its quota lives in its history. */
export type UnitRecord = Omit<UnitSnapshot, 'quota'>;

/** A lot / kavel: a private part of a building and its quota of the common parts, dated. */
export class Unit {
  private constructor(
    private state: UnitRecord,
    private readonly quotas: UnitQuotas,
  ) {}

  /** A new unit must fit the building: one more unit than it has, and on every date its quota within what is left. */
  static create(
    input: NewUnitDetails & { id: string; organizationId: string; buildingId: string; quotaId: string },
    capacity: BuildingCapacity,
    now: Date,
  ): Unit {
    const details = checkedDetails(input);
    if (capacity.unitCount + 1 > capacity.totalUnits) throw new UnitLimitReached(capacity.totalUnits);
    const quotas = UnitQuotas.first(input.quotaId, input.quota, input.quotaValidFrom ?? null, null);
    const unit = new Unit(
      {
        id: input.id,
        organizationId: input.organizationId,
        buildingId: input.buildingId,
        ...details,
        createdAt: now,
        updatedAt: now,
      },
      quotas,
    );
    unit.assertFits(capacity);
    return unit;
  }

  static restore(record: UnitRecord, quotas: readonly QuotaPeriod[]): Unit {
    return new Unit({ ...record }, UnitQuotas.restore(quotas));
  }

  /** Replaces the editable fields (not the building); a different quota corrects the period in force today. */
  revise(input: UnitDetailsInput, capacity: BuildingCapacity, today: CalendarDate, now: Date): void {
    const details = checkedDetails(input);
    this.quotas.correct(input.quota, today);
    this.assertFits(capacity);
    this.state = { ...this.state, ...details, updatedAt: now };
  }

  /** A quota decided from `validFrom` on: the current period ends that day (422 QUOTA_HISTORY_CONFLICT, QUOTA_EXCEEDED). */
  changeQuota(
    change: { id: string; quota: number; validFrom: CalendarDate; decisionRef?: string | null },
    capacity: BuildingCapacity,
  ): void {
    this.quotas.change(change.id, change.quota, change.validFrom, change.decisionRef ?? null);
    this.assertFits(capacity);
  }

  /** Deleting a unit that has (or had) owners would lose the ownership history. */
  assertRemovable(ownershipCount: number): void {
    if (ownershipCount > 0) throw new UnitHasOwnerships();
  }

  record(): Readonly<UnitRecord> {
    return { ...this.state };
  }

  quotaHistory(): UnitQuotas {
    return this.quotas;
  }

  private assertFits(capacity: BuildingCapacity): void {
    assertQuotasWithinTotal(capacity.totalQuota, [...capacity.quotas, ...this.quotas.history()]);
  }
}

function checkedDetails(input: UnitDetailsInput): Details {
  const unitNumber = input.unitNumber.trim().replace(/\s+/g, ' ');
  if (!unitNumber || unitNumber.length > 20) throw new InvalidUnit('unitNumber', 'must have 1 to 20 characters');
  if (!UNIT_TYPES.includes(input.type)) throw new InvalidUnit('type', `must be one of ${UNIT_TYPES.join(', ')}`);
  const floor = input.floor ?? null;
  if (floor !== null && (!Number.isInteger(floor) || Math.abs(floor) > 1000))
    throw new InvalidUnit('floor', 'must be an integer');
  const hundredths = Math.round(input.surfaceArea * 100);
  if (!(hundredths > 0) || Math.abs(hundredths - input.surfaceArea * 100) > 1e-6 || hundredths > 9_999_999_999) {
    throw new InvalidUnit('surfaceArea', 'must be above 0 m² with at most 2 decimals');
  }
  return { unitNumber, type: input.type, floor, surfaceAreaHundredths: hundredths };
}
