import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OwnersService } from '@modules/owners';
import type { CalendarDate, TenantContext } from '@shared/domain';
import { RegistryAccess } from '../domain/registry-access';

/** The `RegistryAccess` port, answered by the buildings and owners facades. */
@Injectable()
export class RegistryFacadeRegistryAccess extends RegistryAccess {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly owners: OwnersService,
  ) {
    super();
  }

  assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    return this.buildings.assertExists(tenant, buildingId);
  }

  assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void> {
    return this.owners.assertExists(tenant, ownerId);
  }

  assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: CalendarDate[]): Promise<void> {
    return this.buildings.assertBooksOpen(tenant, buildingId, ...days);
  }
}
