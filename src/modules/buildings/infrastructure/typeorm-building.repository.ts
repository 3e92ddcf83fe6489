import { Injectable } from '@nestjs/common';
import { DomainError, Page, PageRequest } from '../../../shared/domain';
import { postgresError, violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { readPage } from '../../../shared/persistence/page-query';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Building, BuildingSnapshot } from '../domain/building';
import {
  BuildingHasDocuments,
  BuildingHasExpenses,
  BuildingHasMeetings,
  BuildingHasUnits,
  TotalQuotaBelowAllocated,
  TotalUnitsBelowCount,
} from '../domain/building.errors';
import { BuildingCriteria, BuildingRepository, BuildingSort } from '../domain/building.repository';
import {
  BUILDING_COLUMNS,
  BUILDING_WRITE_COLUMNS,
  BuildingRow,
  searchKey,
  toSnapshot,
  toWriteValues,
} from './building.mapper';

const ORDER_BY: Record<BuildingSort, string> = {
  name: 'name_key',
  city: 'city_key',
  createdAt: 'created_at',
  totalUnits: 'total_units',
};

/** Plain SQL: reads in one round trip (window count for lists), writes in a tenant transaction with explicit locks. */
@Injectable()
export class TypeOrmBuildingRepository extends BuildingRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<BuildingSnapshot | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<BuildingRow>(`SELECT ${BUILDING_COLUMNS} FROM buildings WHERE organization_id = $1 AND id = $2`, [
        organizationId,
        id,
      ]);
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  async list(
    organizationId: string,
    criteria: BuildingCriteria,
    page: PageRequest<BuildingSort>,
  ): Promise<Page<BuildingSnapshot>> {
    const params: unknown[] = [organizationId];
    const where = ['organization_id = $1'];
    if (criteria.city !== undefined) where.push(`city_key = $${params.push(searchKey(criteria.city))}`);
    if (criteria.onlyIds) where.push(`id = ANY($${params.push(criteria.onlyIds)}::uuid[])`);
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    const filter = where.join(' AND ');
    return readPage(
      this.db.reader(organizationId),
      `SELECT ${BUILDING_COLUMNS}, count(*) OVER () AS total FROM buildings WHERE ${filter}
        ORDER BY ${ORDER_BY[page.sort]} ${direction}, id ${direction}`,
      params,
      page,
      toSnapshot,
    );
  }

  async insert(building: Building): Promise<void> {
    const s = building.toSnapshot();
    await this.db.forOrganization(s.organizationId, (m) =>
      m.query(
        `INSERT INTO buildings (id, organization_id, created_at, ${BUILDING_WRITE_COLUMNS.join(', ')})
         VALUES ($1, $2, $3, ${BUILDING_WRITE_COLUMNS.map((_, i) => `$${i + 4}`).join(', ')})`,
        [s.id, s.organizationId, s.createdAt, ...toWriteValues(building)],
      ),
    );
  }

  update(organizationId: string, id: string, change: (building: Building) => void): Promise<BuildingSnapshot | null> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const building = await this.lock(m, organizationId, id);
        if (!building) return null;
        change(building);
        const set = BUILDING_WRITE_COLUMNS.map((column, i) => `${column} = $${i + 3}`).join(', ');
        const [rows]: [BuildingRow[], number] = await m.query(
          `UPDATE buildings SET ${set} WHERE organization_id = $1 AND id = $2 RETURNING ${BUILDING_COLUMNS}`,
          [organizationId, id, ...toWriteValues(building)],
        );
        return rows[0] ? toSnapshot(rows[0]) : null;
      })
      .catch(translate);
  }

  delete(organizationId: string, id: string, check: (building: Building) => void): Promise<boolean> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const building = await this.lock(m, organizationId, id);
        if (!building) return false;
        check(building);
        await m.query(`DELETE FROM buildings WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
        return true;
      })
      .catch(translate);
  }

  private async lock(
    m: { query: (sql: string, params: unknown[]) => Promise<BuildingRow[]> },
    organizationId: string,
    id: string,
  ) {
    const rows = await m.query(
      `SELECT ${BUILDING_COLUMNS} FROM buildings WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [organizationId, id],
    );
    return rows[0] ? Building.restore(toSnapshot(rows[0])) : null;
  }
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
