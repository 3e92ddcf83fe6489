import { searchKey } from '../../../shared/domain';
import type { Building, BuildingSnapshot } from '../domain/building';

/** Re-exported for the adapter's city filter (the helper lives in the shared kernel). */
export { searchKey };

/** A row of `buildings`, as the pg driver returns it. */
export interface BuildingRow {
  id: string;
  organization_id: string;
  name: string;
  address: string;
  city: string;
  postal_code: string;
  country: string;
  total_units: number;
  total_quota: number;
  construction_year: number | null;
  unit_count: number;
  allocated_quota: number;
  created_at: Date;
  updated_at: Date;
}

export const BUILDING_COLUMNS =
  'id, organization_id, name, address, city, postal_code, country, total_units, total_quota, construction_year, ' +
  'unit_count, allocated_quota, created_at, updated_at';

export function toSnapshot(row: BuildingRow): BuildingSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    address: row.address,
    city: row.city,
    postalCode: row.postal_code,
    country: row.country,
    totalUnits: row.total_units,
    totalQuota: row.total_quota,
    constructionYear: row.construction_year,
    unitCount: row.unit_count,
    allocatedQuota: row.allocated_quota,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The writable columns, in BUILDING_WRITE_COLUMNS order. */
export const BUILDING_WRITE_COLUMNS = [
  'name',
  'address',
  'city',
  'postal_code',
  'country',
  'total_units',
  'total_quota',
  'construction_year',
  'updated_at',
  'name_key',
  'city_key',
] as const;

export function toWriteValues(building: Building): unknown[] {
  const s = building.toSnapshot();
  return [
    s.name,
    s.address,
    s.city,
    s.postalCode,
    s.country,
    s.totalUnits,
    s.totalQuota,
    s.constructionYear,
    s.updatedAt,
    searchKey(s.name),
    searchKey(s.city),
  ];
}
