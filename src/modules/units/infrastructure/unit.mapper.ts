import { Share, formatShare } from '../domain/share';
import type { Unit, UnitSnapshot, UnitType } from '../domain/unit';
import type { OwnershipSnapshot } from '../domain/unit-ownerships';

/** A row of `units`; numeric columns arrive as strings. */
export interface UnitRow {
  id: string;
  organization_id: string;
  building_id: string;
  unit_number: string;
  type: UnitType;
  floor: number | null;
  surface_area: string;
  quota: number;
  created_at: Date;
  updated_at: Date;
}

export const UNIT_COLUMNS = (alias = 'units') =>
  [
    'id',
    'organization_id',
    'building_id',
    'unit_number',
    'type',
    'floor',
    'surface_area',
    'quota',
    'created_at',
    'updated_at',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

/** A row of `unit_ownerships`, dates selected as text ("YYYY-MM-DD"). */
export interface OwnershipRow {
  id: string;
  organization_id: string;
  unit_id: string;
  owner_id: string;
  share: string;
  start_date: string;
  end_date: string | null;
  is_primary_contact: boolean;
}

export const OWNERSHIP_COLUMNS = (alias = 'unit_ownerships', prefix = '') =>
  [
    `${alias}.id AS ${prefix}id`,
    `${alias}.organization_id AS ${prefix}organization_id`,
    `${alias}.unit_id AS ${prefix}unit_id`,
    `${alias}.owner_id AS ${prefix}owner_id`,
    `${alias}.share AS ${prefix}share`,
    `${alias}.start_date::text AS ${prefix}start_date`,
    `${alias}.end_date::text AS ${prefix}end_date`,
    `${alias}.is_primary_contact AS ${prefix}is_primary_contact`,
  ].join(', ');

export function toUnitSnapshot(row: UnitRow): UnitSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    buildingId: row.building_id,
    unitNumber: row.unit_number,
    type: row.type,
    floor: row.floor,
    surfaceAreaHundredths: Number(row.surface_area.replace('.', '')),
    quota: row.quota,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Values for unit_number, type, floor, surface_area, quota, updated_at. */
export function unitWriteValues(unit: Unit): unknown[] {
  const s = unit.toSnapshot();
  const area = `${Math.floor(s.surfaceAreaHundredths / 100)}.${String(s.surfaceAreaHundredths % 100).padStart(2, '0')}`;
  return [s.unitNumber, s.type, s.floor, area, s.quota, s.updatedAt];
}

export function toOwnershipSnapshot(row: OwnershipRow): OwnershipSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    unitId: row.unit_id,
    ownerId: row.owner_id,
    shareTenThousandths: Share.parse(row.share).tenThousandths,
    startDate: row.start_date,
    endDate: row.end_date,
    isPrimaryContact: row.is_primary_contact,
  };
}

export const shareValue = (o: Pick<OwnershipSnapshot, 'shareTenThousandths'>): string =>
  formatShare(o.shareTenThousandths);
