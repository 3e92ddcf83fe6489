import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OwnersService } from '@modules/owners';
import { UnitsService } from '@modules/units';
import type { CalendarDate, TenantContext } from '@shared/domain';
import { HoldingPeriod, holdingPeriods } from '../domain/holding-periods';
import { RegistryAccess } from '../domain/registry-access';

/** Visibility rules of the registry, through its facades only. */
@Injectable()
export class RegistryFacadeAccess extends RegistryAccess {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly owners: OwnersService,
    private readonly units: UnitsService,
  ) {
    super();
  }

  assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    return this.buildings.assertExists(tenant, buildingId);
  }

  assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: readonly CalendarDate[]): Promise<void> {
    return this.buildings.assertBooksOpen(tenant, buildingId, ...days);
  }

  async holdingPeriods(tenant: TenantContext): Promise<readonly HoldingPeriod[] | null> {
    const spans = await this.units.holdingsOf(tenant);
    return spans && holdingPeriods(spans);
  }

  assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void> {
    return this.owners.assertExists(tenant, ownerId);
  }
}
