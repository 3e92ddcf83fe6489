import { readPage } from '../../../shared/persistence/page-query';
import type { SqlReader } from '../../../shared/persistence/tenant-database';
import { Page, PageRequest } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { Share } from '../domain/share';
import type { UnitSnapshot } from '../domain/unit';
import type { OwnershipSnapshot } from '../domain/unit-ownerships';
import type { HeldBy, HeldUnit, UnitCriteria, UnitSort, UnitWithOwners } from '../domain/unit.repository';
import {
  OWNERSHIP_COLUMNS,
  OwnershipRow,
  toOwnershipSnapshot,
  toUnitSnapshot,
  UNIT_COLUMNS,
  UnitRow,
} from './unit.mapper';

/** The read queries of the units adapter: one page query each, the total from a window count. */

const UNIT_ORDER: Record<UnitSort, string> = { unitNumber: 'u.unit_number', floor: 'u.floor', quota: 'u.quota' };
const ACTIVE = (alias: string, day: string) =>
  `${alias}.start_date <= ${day} AND (${alias}.end_date IS NULL OR ${alias}.end_date > ${day})`;

/** `EXISTS` clause: the unit aliased `alias` is held by the owner on the day. Pushes its parameters. */
export function heldClause(alias: string, params: unknown[], heldBy: HeldBy): string {
  const owner = params.push(heldBy.ownerId);
  const day = `$${params.push(heldBy.on)}`;
  return `EXISTS (SELECT 1 FROM unit_ownerships h WHERE h.unit_id = ${alias}.id AND h.owner_id = $${owner} AND ${ACTIVE('h', day)})`;
}

export async function buildingExists(m: SqlReader, organizationId: string, buildingId: string): Promise<boolean> {
  const rows = await m.query(`SELECT 1 FROM buildings WHERE organization_id = $1 AND id = $2`, [
    organizationId,
    buildingId,
  ]);
  return rows.length > 0;
}

export async function listUnits(
  m: SqlReader,
  organizationId: string,
  criteria: UnitCriteria,
  page: PageRequest<UnitSort>,
): Promise<Page<UnitSnapshot>> {
  const params: unknown[] = [organizationId];
  const where = ['u.organization_id = $1'];
  if (criteria.buildingId) where.push(`u.building_id = $${params.push(criteria.buildingId)}`);
  if (criteria.type) where.push(`u.type = $${params.push(criteria.type)}`);
  if (criteria.heldBy) where.push(heldClause('u', params, criteria.heldBy));
  const direction = page.order === 'desc' ? 'DESC' : 'ASC';
  const sql = `SELECT ${UNIT_COLUMNS('u')}, count(*) OVER () AS total FROM units u WHERE ${where.join(' AND ')}
     ORDER BY ${UNIT_ORDER[page.sort]} ${direction}, u.id ${direction}`;
  return readPage<UnitRow, UnitSnapshot>(m, sql, params, page, toUnitSnapshot);
}

export async function ownershipsOn(
  m: SqlReader,
  organizationId: string,
  unitId: string,
  day: CalendarDate,
  page: PageRequest,
  heldBy?: HeldBy,
): Promise<Page<OwnershipSnapshot> | null> {
  const params: unknown[] = [organizationId, unitId];
  const held = heldBy ? `AND ${heldClause('u', params, heldBy)}` : '';
  const unit = await m.query(`SELECT 1 FROM units u WHERE u.organization_id = $1 AND u.id = $2 ${held}`, params);
  if (!unit.length) return null;
  const sql = `SELECT ${OWNERSHIP_COLUMNS('o')}, count(*) OVER () AS total FROM unit_ownerships o
    WHERE o.organization_id = $1 AND o.unit_id = $2 AND ${ACTIVE('o', '$3')} ORDER BY o.start_date, o.created_at, o.id`;
  return readPage<OwnershipRow, OwnershipSnapshot>(m, sql, [organizationId, unitId, day], page, toOwnershipSnapshot);
}

export async function heldUnits(
  m: SqlReader,
  organizationId: string,
  ownerId: string,
  day: CalendarDate,
  page: PageRequest,
): Promise<Page<HeldUnit>> {
  const sql = `SELECT ${UNIT_COLUMNS('u')}, ${OWNERSHIP_COLUMNS('o', 'o_')}, count(*) OVER () AS total
      FROM unit_ownerships o JOIN units u ON u.id = o.unit_id
     WHERE o.organization_id = $1 AND o.owner_id = $2 AND ${ACTIVE('o', '$3')}
     ORDER BY u.unit_number, u.id`;
  return readPage<UnitRow & Record<string, unknown>, HeldUnit>(m, sql, [organizationId, ownerId, day], page, (row) => ({
    unit: toUnitSnapshot(row),
    ownership: toOwnershipSnapshot(unprefixed(row, 'o_') as unknown as OwnershipRow),
  }));
}

export async function withOwnersOn(
  m: SqlReader,
  organizationId: string,
  buildingId: string,
  day: CalendarDate,
): Promise<UnitWithOwners[]> {
  const rows: Array<{ id: string; unit_number: string; quota: number; owner_id: string | null; share: string | null }> =
    await m.query(
      `SELECT u.id, u.unit_number, u.quota, o.owner_id, o.share
         FROM units u LEFT JOIN unit_ownerships o ON o.unit_id = u.id AND ${ACTIVE('o', '$3')}
        WHERE u.organization_id = $1 AND u.building_id = $2
        ORDER BY u.unit_number, u.id, o.owner_id`,
      [organizationId, buildingId, day],
    );
  const units = new Map<
    string,
    { unitId: string; unitNumber: string; quota: number; owners: UnitWithOwners['owners'][number][] }
  >();
  for (const row of rows) {
    const unit = units.get(row.id) ?? { unitId: row.id, unitNumber: row.unit_number, quota: row.quota, owners: [] };
    units.set(row.id, unit);
    if (row.owner_id && row.share)
      unit.owners.push({ ownerId: row.owner_id, shareTenThousandths: Share.parse(row.share).tenThousandths });
  }
  return [...units.values()];
}

function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}
