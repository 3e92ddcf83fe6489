import { sql } from '../../../shared/persistence/sql';
import { column, table } from '../../../shared/persistence/table';
import type { BuildingSnapshot } from '../domain/building';

/**
 * A building as stored: its snapshot plus the name and city keys that sorting and the city filter use. Its closing
 * date is not a column: `withClosedUntil` reads it from the closings in the same statement.
 */
export interface StoredBuilding extends Omit<BuildingSnapshot, 'closedUntil'> {
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
  associationBce: column('association_bce'),
  noticeDays: column('notice_days'),
  unitCount: column('unit_count'),
  allocatedQuota: column('allocated_quota'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

/**
 * The select list of a building with its closing date (`closed_until`): the last closing's day, one probe of
 * building_closings_building_until_idx per building, in the same statement.
 */
export const withClosedUntil = sql`${buildings.columns},
  (SELECT c.until::text FROM building_closings c WHERE c.building_id = b.id ORDER BY c.until DESC LIMIT 1)
    AS closed_until`;
