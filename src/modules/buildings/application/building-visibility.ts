import type { TenantContext } from '../../../shared/domain';

/**
 * Which buildings the caller may see. Implemented by the units context (it knows who owns what); kept as a port
 * here so the module graph stays buildings → units → owners.
 */
export abstract class BuildingVisibility {
  /** Null: every building of the organization. Otherwise (role owner) the only ids the caller may see. */
  abstract visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null>;
}
