import { Page, PageRequest } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { readPage } from '../../../shared/persistence/page-query';
import { sql, Sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import { Share } from '../../../shared/domain/share';
import type { UnitSnapshot } from '../domain/unit';
import type { QuotaPeriod } from '../domain/unit-quotas';
import type { OwnershipSnapshot } from '../domain/unit-ownerships';
import type { HeldBy, HeldUnit, UnitCriteria, UnitSort, UnitWithOwners } from '../domain/unit.repository';
import { unitOwnerships } from './unit-ownerships.table';
import { quotaHoldsOn, quotaOnJoin, unitQuotas } from './unit-quotas.table';
import { unitColumns, unitFromRow, units } from './units.table';

/** The read queries of the units adapter: one page query each, the total from a window count. */

const ORDER_BY = { unitNumber: 'u.unit_number', floor: 'u.floor', quota: 'cq.quota' } as const satisfies Record<
  UnitSort,
  string
>;

/** The ownership aliased `alias` is active on the day: started, and not yet ended (end dates are exclusive). */
export function activeOn(alias: 'o' | 'h', day: CalendarDate): Sql {
  const a = sql.id(alias);
  return sql`${a}.start_date <= ${day} AND (${a}.end_date IS NULL OR ${a}.end_date > ${day})`;
}

/** `EXISTS` clause: the unit aliased `u` is held by the owner on the day. */
export function heldClause(heldBy: HeldBy): Sql {
  return sql`EXISTS (SELECT 1 FROM unit_ownerships h
    WHERE h.unit_id = u.id AND h.owner_id = ${heldBy.ownerId} AND ${activeOn('h', heldBy.on)})`;
}

export async function buildingExists(m: SqlReader, organizationId: string, buildingId: string): Promise<boolean> {
  const rows = await m.rows(
    sql`SELECT 1 FROM buildings WHERE organization_id = ${organizationId} AND id = ${buildingId}`,
  );
  return rows.length > 0;
}

export function listUnits(
  m: SqlReader,
  organizationId: string,
  criteria: UnitCriteria,
  page: PageRequest<UnitSort>,
): Promise<Page<UnitSnapshot>> {
  const where = [sql`u.organization_id = ${organizationId}`];
  if (criteria.buildingId) where.push(sql`u.building_id = ${criteria.buildingId}`);
  if (criteria.type) where.push(sql`u.type = ${criteria.type}`);
  if (criteria.heldBy) where.push(heldClause(criteria.heldBy));
  const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
  // Sorting by quota sorts by the quota of the day read: a unit without one that day comes last. Other sorts keep
  // their index order.
  const nulls = page.sort === 'quota' ? sql`NULLS LAST` : sql.empty;
  const select = sql`SELECT ${unitColumns}, count(*) OVER () AS total FROM ${units.from} ${quotaOnJoin(criteria.on)}
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction} ${nulls}, u.id ${direction}`;
  return readPage(m, select, page, (row: Record<string, unknown>) => unitFromRow(row));
}

/** One unit with its quota on `on`; restricted to what `heldBy` holds when given. */
export function unitById(organizationId: string, id: string, on: CalendarDate, heldBy?: HeldBy): Sql {
  const held = heldBy ? sql`AND ${heldClause(heldBy)}` : sql.empty;
  return sql`SELECT ${unitColumns} FROM ${units.from} ${quotaOnJoin(on)}
    WHERE u.organization_id = ${organizationId} AND u.id = ${id} ${held}`;
}

/** The unit's quota periods, null first then by start; null when there is no such unit (visible to `heldBy`). */
export async function quotaHistory(
  m: SqlReader,
  organizationId: string,
  unitId: string,
  heldBy?: HeldBy,
): Promise<QuotaPeriod[] | null> {
  const held = heldBy ? sql`AND ${heldClause(heldBy)}` : sql.empty;
  const rows = await m.rows<Record<string, unknown>>(
    sql`SELECT ${unitQuotas.columns}, u.id AS found FROM ${units.from}
          LEFT JOIN ${unitQuotas.from} ON q.organization_id = u.organization_id AND q.unit_id = u.id
         WHERE u.organization_id = ${organizationId} AND u.id = ${unitId} ${held}
         ORDER BY q.valid_from NULLS FIRST`,
  );
  if (!rows.length) return null;
  return rows
    .filter((row) => row.id !== null)
    .map((row) => {
      const { id, quota, validFrom, validTo, decisionRef } = unitQuotas.fromRow(row);
      return { id, quota, validFrom, validTo, decisionRef };
    });
}

export async function ownershipsOn(
  m: SqlReader,
  organizationId: string,
  unitId: string,
  day: CalendarDate,
  page: PageRequest,
  heldBy?: HeldBy,
): Promise<Page<OwnershipSnapshot> | null> {
  const held = heldBy ? sql`AND ${heldClause(heldBy)}` : sql.empty;
  const unit = await m.rows(
    sql`SELECT 1 FROM ${units.from} WHERE u.organization_id = ${organizationId} AND u.id = ${unitId} ${held}`,
  );
  if (!unit.length) return null;
  const select = sql`SELECT ${unitOwnerships.columns}, count(*) OVER () AS total FROM ${unitOwnerships.from}
    WHERE o.organization_id = ${organizationId} AND o.unit_id = ${unitId} AND ${activeOn('o', day)}
    ORDER BY o.start_date, o.created_at, o.id`;
  return readPage(m, select, page, (row: Record<string, unknown>) => unitOwnerships.fromRow(row));
}

/** One ownership of a unit, current or past, by its id; null when there is none (or the unit is not held by `heldBy`). */
export async function ownershipById(
  m: SqlReader,
  organizationId: string,
  unitId: string,
  ownershipId: string,
  heldBy?: HeldBy,
): Promise<OwnershipSnapshot | null> {
  const held = heldBy ? sql`AND ${heldClause(heldBy)}` : sql.empty;
  const [row] = await m.rows(
    sql`SELECT ${unitOwnerships.columns} FROM ${unitOwnerships.from}
      WHERE o.organization_id = ${organizationId} AND o.unit_id = ${unitId} AND o.id = ${ownershipId}
        AND EXISTS (SELECT 1 FROM ${units.from} WHERE u.organization_id = ${organizationId} AND u.id = o.unit_id ${held})`,
  );
  return row ? unitOwnerships.fromRow(row) : null;
}

/** The ownership travels as one JSON object beside the unit's columns, since both tables name columns alike. */
export function heldUnits(
  m: SqlReader,
  organizationId: string,
  ownerId: string,
  day: CalendarDate,
  page: PageRequest,
): Promise<Page<HeldUnit>> {
  const select = sql`SELECT ${unitColumns}, to_jsonb(held) AS ownership, count(*) OVER () AS total
      FROM ${unitOwnerships.from} JOIN ${units.from} ON u.id = o.unit_id ${quotaOnJoin(day)}
     CROSS JOIN LATERAL (SELECT ${unitOwnerships.columns}) held
     WHERE o.organization_id = ${organizationId} AND o.owner_id = ${ownerId} AND ${activeOn('o', day)}
     ORDER BY u.unit_number, u.id`;
  return readPage(m, select, page, (row: Record<string, unknown> & { ownership: Record<string, unknown> }) => ({
    unit: unitFromRow(row),
    ownership: unitOwnerships.fromRow(row.ownership),
  }));
}

interface OwnerOnDayRow {
  id: string;
  unit_number: string;
  quota: number;
  owner_id: string | null;
  share: string | null;
}

export async function withOwnersOn(
  m: SqlReader,
  organizationId: string,
  buildingId: string,
  day: CalendarDate,
): Promise<UnitWithOwners[]> {
  const rows = await m.rows<OwnerOnDayRow>(
    sql`SELECT u.id, u.unit_number, q.quota, o.owner_id, o.share
         FROM ${units.from} JOIN ${unitQuotas.from} ON q.unit_id = u.id AND ${quotaHoldsOn(day)}
         LEFT JOIN ${unitOwnerships.from} ON o.unit_id = u.id AND ${activeOn('o', day)}
        WHERE u.organization_id = ${organizationId} AND u.building_id = ${buildingId}
        ORDER BY u.unit_number, u.id, o.owner_id`,
  );
  const byUnit = new Map<
    string,
    { unitId: string; unitNumber: string; quota: number; owners: UnitWithOwners['owners'][number][] }
  >();
  for (const row of rows) {
    const unit = byUnit.get(row.id) ?? { unitId: row.id, unitNumber: row.unit_number, quota: row.quota, owners: [] };
    byUnit.set(row.id, unit);
    if (row.owner_id && row.share)
      unit.owners.push({ ownerId: row.owner_id, shareTenThousandths: Share.parse(row.share).tenThousandths });
  }
  return [...byUnit.values()];
}
