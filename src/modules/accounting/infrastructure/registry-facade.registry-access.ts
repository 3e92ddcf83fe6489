import { Injectable } from '@nestjs/common';
import { BuildingsService, lotRegime } from '@modules/buildings';
import { OrganizationsService } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import type { CalendarDate, TenantContext } from '@shared/domain';
import type { IssuerIdentity } from '@shared/pdf/letterhead';
import type { AccountsBuilding } from '../domain/annual-accounts-documents';
import { RegistryAccess } from '../domain/registry-access';

/** The `RegistryAccess` port, answered by the buildings, owners and organizations facades. */
@Injectable()
export class RegistryFacadeRegistryAccess extends RegistryAccess {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly owners: OwnersService,
    private readonly organizations: OrganizationsService,
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

  async accountsBuilding(tenant: TenantContext, buildingId: string): Promise<AccountsBuilding> {
    const b = await this.buildings.get(tenant, buildingId);
    return {
      id: b.id,
      name: b.name,
      address: b.address,
      postalCode: b.postalCode,
      city: b.city,
      associationBce: b.associationBce,
      presentation: lotRegime(b.lotCount).accountingMode,
    };
  }

  issuer(tenant: TenantContext): Promise<IssuerIdentity> {
    return this.organizations.letterheadOf(tenant.organizationId);
  }
}
