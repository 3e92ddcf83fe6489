import type { CalendarDate, TenantContext } from '@shared/domain';
import type { HoldingPeriod } from './holding-periods';

/**
 * What the caller may see of the property registry (buildings, owners). Role owner sees only its own owner record,
 * and of the books only the days it held a share of a building; anything else answers 404 like another
 * organization's data.
 */
export abstract class RegistryAccess {
  /** Throws a not-found DomainError unless the building exists in the organization and is visible to the caller. */
  abstract assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void>;
  /**
   * Throws PeriodClosed (409) when one of these days lies in the building's closed books, and a not-found
   * DomainError like `assertBuildingVisible`.
   */
  abstract assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: readonly CalendarDate[]): Promise<void>;
  /**
   * Null: the caller reads the books of every day. Role owner: the periods in which it held a share of each building
   * (empty without an owner record); it reads the expenses dated within them only.
   */
  abstract holdingPeriods(tenant: TenantContext): Promise<readonly HoldingPeriod[] | null>;
  /** Throws a not-found DomainError unless the owner exists and the caller may read it (an owner: itself only). */
  abstract assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void>;
}
