import type { Page, PageRequest } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { Building, BuildingView } from './building';

export const BUILDING_SORTS = ['name', 'city', 'createdAt', 'totalUnits'] as const;
export type BuildingSort = (typeof BUILDING_SORTS)[number];

export interface BuildingCriteria {
  /** Exact city, case-insensitive. */
  readonly city?: string;
  /** Restricts the list to these ids (an owner's buildings). */
  readonly onlyIds?: readonly string[];
}

/**
 * Buildings of one organization. Every method runs under row-level security: a read in one round trip, a write in
 * one transaction.
 */
export abstract class BuildingRepository {
  /** The building with its lot count and the quotas its units hold on `on`. */
  abstract findById(organizationId: string, id: string, on: CalendarDate): Promise<BuildingView | null>;
  abstract list(
    organizationId: string,
    criteria: BuildingCriteria,
    page: PageRequest<BuildingSort>,
    on: CalendarDate,
  ): Promise<Page<BuildingView>>;
  abstract insert(building: Building): Promise<void>;
  /**
   * Locks the building row (unit writes lock it too), lets `change` apply a domain rule against its current unit
   * counters, then stores it. Null when there is no such building.
   */
  abstract update(
    organizationId: string,
    id: string,
    on: CalendarDate,
    change: (building: Building) => void,
  ): Promise<BuildingView | null>;
  /** Locks the row, lets `check` refuse, then deletes it. False when there is no such building. */
  abstract delete(organizationId: string, id: string, check: (building: Building) => void): Promise<boolean>;
}
