import { searchKey } from '../../../shared/domain';
import type { Building, BuildingSnapshot, BuildingView } from '../domain/building';
import { buildings, StoredBuilding } from './buildings.table';

/** A row selected with `withClosedUntil`. */
export function buildingFromRow(row: Record<string, unknown>): BuildingSnapshot {
  const { nameKey: _name, cityKey: _city, ...snapshot } = buildings.fromRow(row);
  return { ...snapshot, closedUntil: (row.closed_until as string | null | undefined) ?? null };
}

/** A row read with the derived columns of a read (lot_count, quota_on_day). */
export function buildingViewFromRow(row: Record<string, unknown>): BuildingView {
  return { ...buildingFromRow(row), lotCount: Number(row.lot_count), quotaAllocatedOnDay: Number(row.quota_on_day) };
}

export function storedBuilding(building: Building): StoredBuilding {
  const { closedUntil: _closed, ...s } = building.toSnapshot();
  return { ...s, nameKey: searchKey(s.name), cityKey: searchKey(s.city) };
}

/**
 * What an edit stores: never the tenant, the id or the creation time, nor the unit counters, which the database keeps
 * on every unit write.
 */
export function editedBuilding(building: Building): Partial<StoredBuilding> {
  const {
    id: _id,
    organizationId: _organization,
    createdAt: _created,
    unitCount: _units,
    allocatedQuota: _quota,
    ...edited
  } = storedBuilding(building);
  return edited;
}
