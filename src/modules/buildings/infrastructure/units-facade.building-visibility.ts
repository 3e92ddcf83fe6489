import { Injectable } from '@nestjs/common';
import { UnitsService } from '@modules/units';
import type { Period, TenantContext } from '@shared/domain';
import { BuildingVisibility } from '../application/building-visibility';

/** An owner sees the buildings where it holds a unit: the units context knows who owns what. */
@Injectable()
export class UnitsFacadeBuildingVisibility extends BuildingVisibility {
  constructor(private readonly units: UnitsService) {
    super();
  }

  visibleBuildingIds(tenant: TenantContext, during?: Period): Promise<readonly string[] | null> {
    return this.units.visibleBuildingIds(tenant, during);
  }
}
