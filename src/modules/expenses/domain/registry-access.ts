import type { CalendarDate, TenantContext } from '@shared/domain';

/**
 * What the caller may see of the property registry (buildings, owners). Role owner sees only the buildings where
 * it holds a share and only its own owner record; anything else answers 404 like another organization's data.
 */
export abstract class RegistryAccess {
  /** Throws a not-found DomainError unless the building exists in the organization and is visible to the caller. */
  abstract assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void>;
  /** Null: every building of the organization; otherwise the only building ids the caller may see. */
  abstract visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null>;
  /**
   * Throws PeriodClosed (409) when one of these days lies in the building's closed books, and a not-found
   * DomainError like `assertBuildingVisible`.
   */
  abstract assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: readonly CalendarDate[]): Promise<void>;
  /** Throws a not-found DomainError unless the owner exists and the caller may read it (an owner: itself only). */
  abstract assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void>;
}
