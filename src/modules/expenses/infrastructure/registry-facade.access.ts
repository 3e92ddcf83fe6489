import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OwnersService } from '@modules/owners';
import type { CalendarDate, TenantContext } from '@shared/domain';
import { RegistryAccess } from '../domain/registry-access';

/** Visibility rules of the registry, through its facades only. */
@Injectable()
export class RegistryFacadeAccess extends RegistryAccess {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly owners: OwnersService,
  ) {
    super();
  }

  assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    return this.buildings.assertExists(tenant, buildingId);
  }

  assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: readonly CalendarDate[]): Promise<void> {
    return this.buildings.assertBooksOpen(tenant, buildingId, ...days);
  }

  visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null> {
    return this.buildings.visibleBuildingIds(tenant);
  }

  assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void> {
    return this.owners.assertExists(tenant, ownerId);
  }
}
