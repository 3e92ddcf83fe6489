import type { BuildingsService } from '@modules/buildings';
import type { OrganizationsService } from '@modules/identity';
import type { TenantContext } from '../../../shared/domain/tenant';

/** What every assembly document prints above its text: the firm's letterhead and the building it is about. */
export async function documentHeader(
  buildings: BuildingsService,
  organizations: OrganizationsService,
  tenant: TenantContext,
  buildingId: string,
) {
  const building = await buildings.getForDocument(tenant, buildingId); // 404 first: nothing else is read for a stranger
  const { name: organizationName, ...issuer } = await organizations.letterheadOf(tenant.organizationId);
  return {
    organizationName,
    issuer,
    building: {
      name: building.name,
      address: building.address,
      postalCode: building.postalCode,
      city: building.city,
      associationBce: building.associationBce,
    },
  };
}
