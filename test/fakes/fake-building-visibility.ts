import { BuildingVisibility } from '../../src/modules/buildings/application/building-visibility';
import type { TenantContext } from '../../src/shared/domain';

/** What the units context would answer: owners see the buildings they were given here, other roles everything. */
export class FakeBuildingVisibility extends BuildingVisibility {
  private readonly held = new Map<string, string[]>();

  /** The buildings where this owner-role user holds a share today. */
  holds(userId: string, ...buildingIds: string[]): void {
    this.held.set(userId, buildingIds);
  }

  async visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null> {
    return tenant.role === 'owner' ? (this.held.get(tenant.userId) ?? []) : null;
  }
}
