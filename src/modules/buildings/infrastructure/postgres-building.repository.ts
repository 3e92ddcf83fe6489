import { Injectable } from '@nestjs/common';
import { DomainError, Page, PageRequest, searchKey } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { postgresError, violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { sql, Sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { Building, BuildingView } from '../domain/building';
import { BuildingHasClosings } from '../domain/book-closing.errors';
import { LOT_RULES } from '../domain/lots';
import {
  BuildingHasDocuments,
  BuildingHasExpenses,
  BuildingHasFunds,
  BuildingHasMeetings,
  BuildingHasUnits,
  TotalQuotaBelowAllocated,
  TotalUnitsBelowCount,
} from '../domain/building.errors';
import { BuildingCriteria, BuildingRepository, BuildingSort } from '../domain/building.repository';
import { buildingFromRow, buildingViewFromRow, editedBuilding, storedBuilding } from './building.mapper';
import { buildings, withClosedUntil } from './buildings.table';

const ORDER_BY = {
  name: 'b.name_key',
  city: 'b.city_key',
  createdAt: 'b.created_at',
  totalUnits: 'b.total_units',
} as const satisfies Record<BuildingSort, string>;

/** Reads in one round trip (window count for lists), writes in a tenant transaction with explicit locks. */
@Injectable()
export class PostgresBuildingRepository extends BuildingRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string, on: CalendarDate): Promise<BuildingView | null> {
    const [row] = await this.db.reader(organizationId).rows(viewById(organizationId, id, on));
    return row ? buildingViewFromRow(row) : null;
  }

  list(
    organizationId: string,
    criteria: BuildingCriteria,
    page: PageRequest<BuildingSort>,
    on: CalendarDate,
  ): Promise<Page<BuildingView>> {
    const where: Sql[] = [sql`b.organization_id = ${organizationId}`];
    if (criteria.city !== undefined) where.push(sql`b.city_key = ${searchKey(criteria.city)}`);
    if (criteria.onlyIds) where.push(sql`b.id = ANY(${criteria.onlyIds}::uuid[])`);
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${withClosedUntil}, ${derivedColumns(on)}, count(*) OVER () AS total FROM ${buildings.from}
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, b.id ${direction}`,
      page,
      buildingViewFromRow,
    );
  }

  async insert(building: Building): Promise<void> {
    await this.db.writeOnce(building.toSnapshot().organizationId, buildings.insert([storedBuilding(building)]));
  }

  update(
    organizationId: string,
    id: string,
    on: CalendarDate,
    change: (building: Building) => void,
  ): Promise<BuildingView | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const building = await lock(tx, organizationId, id);
        if (!building) return null;
        change(building);
        await tx.execute(
          sql`UPDATE ${buildings.from} SET ${buildings.set(editedBuilding(building))}
            WHERE b.organization_id = ${organizationId} AND b.id = ${id}`,
        );
        const [row] = await tx.rows(viewById(organizationId, id, on));
        return row ? buildingViewFromRow(row) : null;
      })
      .catch(translate);
  }

  delete(organizationId: string, id: string, check: (building: Building) => void): Promise<boolean> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const building = await lock(tx, organizationId, id);
        if (!building) return false;
        check(building);
        await tx.execute(
          sql`DELETE FROM ${buildings.from} WHERE b.organization_id = ${organizationId} AND b.id = ${id}`,
        );
        return true;
      })
      .catch(translate);
  }
}

const byId = (organizationId: string, id: string): Sql =>
  sql`SELECT ${withClosedUntil} FROM ${buildings.from} WHERE b.organization_id = ${organizationId} AND b.id = ${id}`;

/**
 * What a read adds to the row, in the same statement: the lots (units of the types LOT_RULES counts, served by
 * units_building_type_idx) and the quotas the units hold on `on` (unit_quotas_building_idx).
 */
const derivedColumns = (on: CalendarDate): Sql =>
  sql`(SELECT count(*)::int FROM units lu
        WHERE lu.building_id = b.id AND lu.type <> ALL(${[...LOT_RULES.notCountedTypes]}::text[])) AS lot_count,
      (SELECT coalesce(sum(q.quota), 0)::int FROM unit_quotas q
        WHERE q.building_id = b.id AND (q.valid_from IS NULL OR q.valid_from <= ${on}::date)
          AND (q.valid_to IS NULL OR q.valid_to > ${on}::date)) AS quota_on_day`;

const viewById = (organizationId: string, id: string, on: CalendarDate): Sql =>
  sql`SELECT ${withClosedUntil}, ${derivedColumns(on)} FROM ${buildings.from}
       WHERE b.organization_id = ${organizationId} AND b.id = ${id}`;

/** The building row locked for the rest of the transaction (unit writes lock it too), as an aggregate. */
async function lock(tx: SqlReader, organizationId: string, id: string): Promise<Building | null> {
  const [row] = await tx.rows(sql`${byId(organizationId, id)} FOR UPDATE`);
  return row ? Building.restore(buildingFromRow(row)) : null;
}

/**
 * The records of other contexts that keep a building: their (organization_id, building_id) foreign keys refuse the
 * delete, without cascade. Units are checked by the domain first, under the lock; the others only by the database.
 */
const KEPT_BY = new Map<string, () => DomainError>([
  ['units_building_fk', () => new BuildingHasUnits(1)],
  ['expenses_building_fk', () => new BuildingHasExpenses()],
  ['meetings_building_fk', () => new BuildingHasMeetings()],
  ['documents_building_fk', () => new BuildingHasDocuments()],
  ['building_closings_building_fk', () => new BuildingHasClosings()],
  ['funds_building_fk', () => new BuildingHasFunds()],
  ['calls_building_fk', () => new BuildingHasFunds()],
  ['payments_building_fk', () => new BuildingHasFunds()],
  ['building_late_interest_building_fk', () => new BuildingHasFunds()],
  ['bank_statements_building_fk', () => new BuildingHasFunds()],
  ['journal_entries_building_fk', () => new BuildingHasFunds()],
]);

/** The database's own nets for the rules the domain checks first, and the links it alone guards (`KEPT_BY`). */
function translate(error: unknown): never {
  const pg = postgresError(error);
  if (pg) {
    const kept = KEPT_BY.get(violatedForeignKey(error) ?? '');
    if (kept) throw kept();
    if (pg.constraint === 'buildings_quota_within_total') throw new TotalQuotaBelowAllocated(0, 0);
    if (pg.constraint === 'buildings_units_within_total') throw new TotalUnitsBelowCount(0, 0);
  }
  throw error;
}
