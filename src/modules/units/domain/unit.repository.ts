import type { Page, PageRequest } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { BuildingCapacity, Unit, UnitSnapshot, UnitType } from './unit';
import type { QuotaPeriod } from './unit-quotas';
import type { OwnershipSnapshot, UnitOwnerships } from './unit-ownerships';

export const UNIT_SORTS = ['unitNumber', 'floor', 'quota'] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

/** Restricts reads to what one owner holds a share of on one day (role owner). */
export interface HeldBy {
  readonly ownerId: string;
  readonly on: CalendarDate;
}

export interface UnitCriteria {
  /** The day whose quota the units carry (and sort by). */
  readonly on: CalendarDate;
  readonly buildingId?: string;
  readonly type?: UnitType;
  readonly heldBy?: HeldBy;
}

/** A unit an owner holds a share of, with that ownership. */
export interface HeldUnit {
  readonly unit: UnitSnapshot;
  readonly ownership: OwnershipSnapshot;
}

/** A unit with the shares active on a day, for charge distribution. */
export interface UnitWithOwners {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly quota: number;
  readonly owners: ReadonlyArray<Pick<OwnershipSnapshot, 'ownerId' | 'shareTenThousandths'>>;
}

/** One ownership over [startDate, endDate): endDate is the first day without the share (null: still held). */
export interface OwnershipSpan {
  readonly ownerId: string;
  /** 600000 for 60 %: ten-thousandths of a percent. */
  readonly shareTenThousandths: number;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
}

/** A quota over [validFrom, validTo): validFrom null since the deed, validTo null while current. */
export interface QuotaSpan {
  readonly quota: number;
  readonly validFrom: CalendarDate | null;
  readonly validTo: CalendarDate | null;
}

/** A unit with every quota and every ownership it ever had, by start date. */
export interface UnitOwnershipHistory {
  readonly unitId: string;
  readonly unitNumber: string;
  /** The quota of its latest period (as recorded now): for display; a split dated D reads `quotas` on D. */
  readonly quota: number;
  readonly quotas: readonly QuotaSpan[];
  readonly ownerships: readonly OwnershipSpan[];
}

/** A building's units (by unit number) with their whole ownership history. */
export interface BuildingOwnershipHistory {
  readonly buildingId: string;
  readonly totalQuota: number;
  readonly units: readonly UnitOwnershipHistory[];
}

/** One share an owner holds or held, over [startDate, endDate) (endDate: the first day without it). */
export interface HoldingSpan {
  readonly buildingId: string;
  readonly unitId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
}

/** Both ends inclusive; an absent end leaves that side open. */
export interface DateRange {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

/**
 * Units and their ownerships, per organization. Writes lock rows in one order, building then unit, inside one
 * transaction, so two concurrent writes that together would break a rule run one after the other.
 */
export abstract class UnitRepository {
  /** The unit with its quota on `on`. */
  abstract findById(
    organizationId: string,
    id: string,
    on: CalendarDate,
    heldBy?: HeldBy,
  ): Promise<UnitSnapshot | null>;
  /** The unit's quota periods, since the deed first then by start. Null when there is no such unit (for `heldBy`). */
  abstract quotaHistory(organizationId: string, unitId: string, heldBy?: HeldBy): Promise<QuotaPeriod[] | null>;
  abstract list(
    organizationId: string,
    criteria: UnitCriteria,
    page: PageRequest<UnitSort>,
  ): Promise<Page<UnitSnapshot>>;
  abstract buildingExists(organizationId: string, buildingId: string): Promise<boolean>;
  /**
   * Locks the building, builds the unit (and its first quota) against its capacity, inserts it; returns it with its
   * quota on `on`. Null when there is no such building.
   */
  abstract insert(
    organizationId: string,
    buildingId: string,
    on: CalendarDate,
    build: (capacity: BuildingCapacity) => Unit,
  ): Promise<UnitSnapshot | null>;
  /**
   * Locks building and unit, applies `change` (details, quota periods), stores it; returns it with its quota on `on`.
   * Null when there is no such unit.
   */
  abstract update(
    organizationId: string,
    id: string,
    on: CalendarDate,
    change: (unit: Unit, capacity: BuildingCapacity) => void,
  ): Promise<UnitSnapshot | null>;
  /** Locks building and unit, lets `check` refuse given the unit's ownership count, deletes. False when absent. */
  abstract delete(
    organizationId: string,
    id: string,
    check: (unit: Unit, ownershipCount: number) => void,
  ): Promise<boolean>;
  /** Locks the unit, loads its ownership history, applies `change`, writes the difference. Null when no such unit. */
  abstract changeOwnerships<T>(
    organizationId: string,
    unitId: string,
    change: (ownerships: UnitOwnerships) => T,
  ): Promise<{ result: T } | null>;
  /** Ownerships of a unit active on a day. Null when there is no such unit (or it is not held by `heldBy`). */
  abstract ownershipsOn(
    organizationId: string,
    unitId: string,
    day: CalendarDate,
    page: PageRequest<'startDate'>,
    heldBy?: HeldBy,
  ): Promise<Page<OwnershipSnapshot> | null>;
  /** One ownership of the unit, current or past. Null when there is none (or the unit is not held by `heldBy`). */
  abstract ownershipById(
    organizationId: string,
    unitId: string,
    ownershipId: string,
    heldBy?: HeldBy,
  ): Promise<OwnershipSnapshot | null>;
  /** Units an owner holds a share of on a day. */
  abstract heldUnits(
    organizationId: string,
    ownerId: string,
    day: CalendarDate,
    page: PageRequest<'unitNumber'>,
  ): Promise<Page<HeldUnit>>;
  /** Buildings where the owner holds a share on that day. */
  abstract buildingIdsHeldBy(organizationId: string, heldBy: HeldBy): Promise<string[]>;
  /**
   * Every unit of the building holding a quota that day (by unit number), with that quota and its shares that day, in
   * one query. Null when no building.
   */
  abstract withOwnersOn(
    organizationId: string,
    buildingId: string,
    day: CalendarDate,
  ): Promise<UnitWithOwners[] | null>;
  /** The histories of these buildings in one query; buildings not in the organization are left out. */
  abstract shareHistories(organizationId: string, buildingIds: readonly string[]): Promise<BuildingOwnershipHistory[]>;
  /** Buildings where the owner held a share on at least one day of the range, by id. */
  abstract buildingIdsHeldDuring(organizationId: string, ownerId: string, range: DateRange): Promise<string[]>;
  /** Every share the owner holds or held, by building then start date, in one query. */
  abstract holdingsOf(organizationId: string, ownerId: string): Promise<HoldingSpan[]>;
}
