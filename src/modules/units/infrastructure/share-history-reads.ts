import { sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import type {
  BuildingOwnershipHistory,
  DateRange,
  HoldingSpan,
  OwnershipSpan,
  QuotaSpan,
  UnitOwnershipHistory,
} from '../domain/unit.repository';

/**
 * The quota and ownership histories the charge distribution reads: whole buildings, every period, in one query each
 * (each unit's quota periods travel as one JSON array beside its ownerships).
 */

interface HistoryRow {
  building_id: string;
  total_quota: number;
  unit_id: string | null;
  unit_number: string | null;
  quotas: QuotaSpan[] | null;
  owner_id: string | null;
  share: number | null;
  start_date: string | null;
  end_date: string | null;
}

export async function shareHistories(
  m: SqlReader,
  organizationId: string,
  buildingIds: readonly string[],
): Promise<BuildingOwnershipHistory[]> {
  const rows = await m.rows<HistoryRow>(
    sql`WITH unit_histories AS (
       SELECT u.organization_id, u.building_id, u.id, u.unit_number,
              (SELECT json_agg(json_build_object('quota', q.quota, 'validFrom', q.valid_from, 'validTo', q.valid_to)
                               ORDER BY q.valid_from NULLS FIRST)
                 FROM unit_quotas q WHERE q.unit_id = u.id) AS quotas
         FROM units u
        WHERE u.organization_id = ${organizationId} AND u.building_id = ANY(${buildingIds}::uuid[]))
     SELECT b.id AS building_id, b.total_quota, u.id AS unit_id, u.unit_number, u.quotas, o.owner_id,
            round(o.share * 10000)::int AS share, o.start_date::text AS start_date, o.end_date::text AS end_date
       FROM buildings b
       LEFT JOIN unit_histories u ON u.organization_id = b.organization_id AND u.building_id = b.id
       LEFT JOIN unit_ownerships o ON o.organization_id = u.organization_id AND o.unit_id = u.id
      WHERE b.organization_id = ${organizationId} AND b.id = ANY(${buildingIds}::uuid[])
      ORDER BY b.id, u.unit_number, u.id, o.start_date, o.owner_id, o.id`,
  );
  return toHistories(rows);
}

export async function buildingIdsHeldDuring(
  m: SqlReader,
  organizationId: string,
  ownerId: string,
  range: DateRange,
): Promise<string[]> {
  const [from, to] = [range.from ?? null, range.to ?? null];
  const rows = await m.rows<{ building_id: string }>(
    sql`SELECT DISTINCT u.building_id
       FROM unit_ownerships o JOIN units u ON u.organization_id = o.organization_id AND u.id = o.unit_id
      WHERE o.organization_id = ${organizationId} AND o.owner_id = ${ownerId}
        AND (${from}::date IS NULL OR o.end_date IS NULL OR o.end_date > ${from}::date)
        AND (${to}::date IS NULL OR o.start_date <= ${to}::date)
      ORDER BY u.building_id`,
  );
  return rows.map((row) => row.building_id);
}

/** On the owner index (owner_id, start_date, end_date): an owner's few shares, whatever the size of the registry. */
export async function holdingsOf(m: SqlReader, organizationId: string, ownerId: string): Promise<HoldingSpan[]> {
  const rows = await m.rows<{ building_id: string; unit_id: string; start_date: string; end_date: string | null }>(
    sql`SELECT u.building_id, o.unit_id, o.start_date::text AS start_date, o.end_date::text AS end_date
       FROM unit_ownerships o JOIN units u ON u.organization_id = o.organization_id AND u.id = o.unit_id
      WHERE o.organization_id = ${organizationId} AND o.owner_id = ${ownerId}
      ORDER BY u.building_id, o.start_date, o.unit_id`,
  );
  return rows.map((r) => ({
    buildingId: r.building_id,
    unitId: r.unit_id,
    startDate: r.start_date,
    endDate: r.end_date,
  }));
}

type MutableUnit = UnitOwnershipHistory & { ownerships: OwnershipSpan[] };

function toHistories(rows: readonly HistoryRow[]): BuildingOwnershipHistory[] {
  const buildings = new Map<string, { totalQuota: number; units: Map<string, MutableUnit> }>();
  for (const row of rows) {
    let building = buildings.get(row.building_id);
    if (!building) buildings.set(row.building_id, (building = { totalQuota: row.total_quota, units: new Map() }));
    if (row.unit_id === null) continue;
    let unit = building.units.get(row.unit_id);
    if (!unit) {
      const quotas = row.quotas ?? [];
      const quota = quotas.length ? quotas[quotas.length - 1]!.quota : 0;
      unit = { unitId: row.unit_id, unitNumber: row.unit_number as string, quota, quotas, ownerships: [] };
      building.units.set(row.unit_id, unit);
    }
    if (row.owner_id === null) continue;
    unit.ownerships.push({
      ownerId: row.owner_id,
      shareTenThousandths: row.share as number,
      startDate: row.start_date as string,
      endDate: row.end_date,
    });
  }
  return [...buildings].map(([buildingId, b]) => ({
    buildingId,
    totalQuota: b.totalQuota,
    units: [...b.units.values()],
  }));
}
