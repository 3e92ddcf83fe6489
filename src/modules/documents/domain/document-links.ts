import type { TenantContext } from '@shared/domain';

/**
 * What a document may point at, owned by other contexts (buildings, meetings, expenses). Every assertion throws a
 * not-found DomainError (404) when the target does not exist in the caller's organization, is not visible to the
 * caller, or belongs to another building: the same answer whatever the reason, so nothing leaks.
 */
export abstract class DocumentLinks {
  abstract assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void>;
  /** Null: every building of the organization; otherwise the only building ids the caller may see (an owner's). */
  abstract visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null>;
  abstract assertMeetingInBuilding(tenant: TenantContext, meetingId: string, buildingId: string): Promise<void>;
  abstract assertExpenseInBuilding(tenant: TenantContext, expenseId: string, buildingId: string): Promise<void>;
}
