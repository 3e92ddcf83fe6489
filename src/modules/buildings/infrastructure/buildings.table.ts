import { column, table } from '../../../shared/persistence/table';
import type { BuildingSnapshot } from '../domain/building';

/** A building as stored: its snapshot plus the name and city keys that sorting and the city filter use. */
export interface StoredBuilding extends BuildingSnapshot {
  readonly nameKey: string;
  readonly cityKey: string;
}

export const buildings = table<StoredBuilding>('buildings', 'b', {
  id: column('id'),
  organizationId: column('organization_id'),
  name: column('name'),
  nameKey: column('name_key'),
  address: column('address'),
  city: column('city'),
  cityKey: column('city_key'),
  postalCode: column('postal_code'),
  country: column('country'),
  totalUnits: column('total_units'),
  totalQuota: column('total_quota'),
  constructionYear: column('construction_year'),
  unitCount: column('unit_count'),
  allocatedQuota: column('allocated_quota'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
