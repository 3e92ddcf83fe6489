import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { HeldBy } from './unit.repository';
import type { UnitRepresentation } from './unit-representation';

/** Each unit of a building with the owners holding a share on a day and the representative named for that day. */
export interface UnitVotersOnDay {
  readonly unitId: string;
  readonly ownerIds: readonly string[];
  readonly representativeId: string | null;
}

/**
 * Representatives of jointly held units, with history. A change runs in one transaction holding the unit row's
 * lock, the same lock every ownership change takes, so a naming and a sale of the same unit run one after the other.
 */
export abstract class RepresentativeRepository {
  /** Locks the unit, loads its mandates and shares, applies `change`, writes the difference. Null when no such unit. */
  abstract change<T>(
    organizationId: string,
    unitId: string,
    change: (representation: UnitRepresentation) => T,
  ): Promise<{ result: T } | null>;
  /** The unit's mandates and shares, unlocked. Null when there is no such unit (or it is not held by `heldBy`). */
  abstract load(organizationId: string, unitId: string, heldBy?: HeldBy): Promise<UnitRepresentation | null>;
  /** Every unit of the building with its owners and representative that day, in one query; null when no building. */
  abstract votersOn(organizationId: string, buildingId: string, day: CalendarDate): Promise<UnitVotersOnDay[] | null>;
}
