import type { Period, TenantContext } from '../../../shared/domain';

/**
 * Which buildings the caller may see. Implemented by the units context (it knows who owns what); kept as a port
 * here so the module graph stays buildings → units → owners.
 */
export abstract class BuildingVisibility {
  /**
   * Null: every building of the organization. Otherwise (role owner) the only ids the caller may see: those where it
   * holds a share today, or, given a period, on at least one day of it (the books of a building it sold).
   */
  abstract visibleBuildingIds(tenant: TenantContext, during?: Period): Promise<readonly string[] | null>;
}
