import type { TenantContext } from '@shared/domain';
import type { CalendarDate, Period } from '../../../shared/domain/calendar-date';
import type { OwnerInput } from './charge-distribution';

/** One ownership over [startDate, endDate): endDate is the first day the owner no longer holds the share. */
export interface OwnershipPeriod {
  readonly ownerId: string;
  /** Ten-thousandths of a percent. */
  readonly share: number;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
}

/** A quota over [validFrom, validTo): validFrom null since the deed, validTo null while current. */
export interface QuotaPeriod {
  readonly quota: number;
  readonly validFrom: CalendarDate | null;
  readonly validTo: CalendarDate | null;
}

export interface UnitShareHistory {
  readonly unitId: string;
  readonly unitNumber: string;
  /** The quota as recorded now (its latest period), for display. */
  readonly quota: number;
  /** Every quota period; absent, `quota` holds on every date. A split dated D uses the quota of D. */
  readonly quotas?: readonly QuotaPeriod[];
  readonly ownerships: readonly OwnershipPeriod[];
}

/** A building's units with their whole ownership history: read once, it distributes any number of expenses. */
export interface BuildingShareHistory {
  readonly buildingId: string;
  readonly totalQuota: number;
  readonly units: readonly UnitShareHistory[];
}

/**
 * Units and ownerships, from the registry. Not filtered by role: the caller checks first what the tenant may see
 * (RegistryAccess); the tenant only scopes the reads to its organization.
 */
export abstract class BuildingShares {
  /** The histories of these buildings, in one read; buildings not in the organization are left out. */
  abstract historiesOf(tenant: TenantContext, buildingIds: readonly string[]): Promise<BuildingShareHistory[]>;
  /** Buildings where the owner held a share on at least one day of the period. */
  abstract buildingIdsHeldBy(tenant: TenantContext, ownerId: string, period: Period): Promise<string[]>;
}

/** The quota the unit held on `day`, null when it held none. */
export function quotaOn(unit: UnitShareHistory, day: CalendarDate): number | null {
  if (!unit.quotas) return unit.quota;
  const period = unit.quotas.find(
    (p) => (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo > day),
  );
  return period?.quota ?? null;
}

/** Active shares that day, one entry per owner (two rows of one owner the same day are merged). */
export function ownersOn(ownerships: readonly OwnershipPeriod[], day: CalendarDate): OwnerInput[] {
  const shares = new Map<string, number>();
  for (const o of ownerships) {
    if (o.startDate <= day && (o.endDate === null || o.endDate > day)) {
      shares.set(o.ownerId, (shares.get(o.ownerId) ?? 0) + o.share);
    }
  }
  return [...shares].map(([ownerId, share]) => ({ ownerId, share }));
}
