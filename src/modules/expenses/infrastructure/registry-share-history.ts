import { Injectable } from '@nestjs/common';
import { type BuildingOwnershipHistory, UnitsService } from '@modules/units';
import type { TenantContext } from '@shared/domain';
import { BuildingShareHistory, BuildingShares } from '../domain/building-shares';
import type { Period } from '../../../shared/domain/calendar-date';

/** Units and ownership histories through the units facade only: one registry query per call. */
@Injectable()
export class RegistryShareHistory extends BuildingShares {
  constructor(private readonly units: UnitsService) {
    super();
  }

  async historiesOf(tenant: TenantContext, buildingIds: readonly string[]): Promise<BuildingShareHistory[]> {
    if (buildingIds.length === 0) return [];
    return (await this.units.shareHistories(tenant, buildingIds)).map(toShareHistory);
  }

  buildingIdsHeldBy(tenant: TenantContext, ownerId: string, period: Period): Promise<string[]> {
    return this.units.buildingIdsHeldDuring(tenant, ownerId, period.from, period.to);
  }
}

function toShareHistory(building: BuildingOwnershipHistory): BuildingShareHistory {
  return {
    buildingId: building.buildingId,
    totalQuota: building.totalQuota,
    units: building.units.map((unit) => ({
      unitId: unit.unitId,
      unitNumber: unit.unitNumber,
      quota: unit.quota,
      quotas: unit.quotas,
      ownerships: unit.ownerships.map((o) => ({
        ownerId: o.ownerId,
        share: o.shareTenThousandths,
        startDate: o.startDate,
        endDate: o.endDate,
      })),
    })),
  };
}
