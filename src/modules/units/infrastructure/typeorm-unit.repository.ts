import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Page, PageRequest, ResourceNotFound } from '../../../shared/domain';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { BuildingCapacity, Unit, UnitSnapshot } from '../domain/unit';
import { OwnershipSnapshot, UnitOwnerships } from '../domain/unit-ownerships';
import {
  DuplicateUnitNumber,
  OwnershipAlreadyActive,
  OwnershipOver100,
  QuotaExceeded,
  UnitHasCharges,
  UnitHasOwnerships,
  UnitLimitReached,
} from '../domain/unit.errors';
import {
  BuildingOwnershipHistory,
  DateRange,
  HeldBy,
  HeldUnit,
  UnitCriteria,
  UnitRepository,
  UnitSort,
  UnitWithOwners,
} from '../domain/unit.repository';
import {
  OWNERSHIP_COLUMNS,
  OwnershipRow,
  shareValue,
  toOwnershipSnapshot,
  toUnitSnapshot,
  UNIT_COLUMNS,
  UnitRow,
  unitWriteValues,
} from './unit.mapper';
import { buildingIdsHeldDuring, shareHistories } from './share-history-reads';
import { buildingExists, heldClause, heldUnits, listUnits, ownershipsOn, withOwnersOn } from './unit-reads';
import { postgresError } from '../../../shared/persistence/postgres-error';

/**
 * Units and ownerships in plain SQL: reads in one round trip each, writes in a tenant transaction. The units context reads (never writes) its
 * building's row: to lock it and to read its capacity; the database keeps the building's counters.
 */
@Injectable()
export class TypeOrmUnitRepository extends UnitRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string, heldBy?: HeldBy): Promise<UnitSnapshot | null> {
    const params: unknown[] = [organizationId, id];
    const held = heldBy ? `AND ${heldClause('u', params, heldBy)}` : '';
    const rows = await this.db
      .reader(organizationId)
      .query<UnitRow>(`SELECT ${UNIT_COLUMNS('u')} FROM units u WHERE u.organization_id = $1 AND u.id = $2 ${held}`, params);
    return rows[0] ? toUnitSnapshot(rows[0]) : null;
  }

  list(organizationId: string, criteria: UnitCriteria, page: PageRequest<UnitSort>): Promise<Page<UnitSnapshot>> {
    return listUnits(this.db.reader(organizationId), organizationId, criteria, page);
  }

  buildingExists(organizationId: string, buildingId: string): Promise<boolean> {
    return buildingExists(this.db.reader(organizationId), organizationId, buildingId);
  }

  insert(
    organizationId: string,
    buildingId: string,
    build: (capacity: BuildingCapacity) => Unit,
  ): Promise<UnitSnapshot | null> {
    let unitNumber = '';
    return this.db
      .forOrganization(organizationId, async (m) => {
        const capacity = await lockBuilding(m, organizationId, buildingId);
        if (!capacity) return null;
        const unit = build(capacity);
        const s = unit.toSnapshot();
        unitNumber = s.unitNumber;
        const rows: UnitRow[] = await m.query(
          `INSERT INTO units (id, organization_id, building_id, created_at, unit_number, type, floor, surface_area, quota, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${UNIT_COLUMNS()}`,
          [s.id, s.organizationId, s.buildingId, s.createdAt, ...unitWriteValues(unit)],
        );
        return toUnitSnapshot(rows[0] as UnitRow);
      })
      .catch((error: unknown) => translate(error, unitNumber));
  }

  update(
    organizationId: string,
    id: string,
    change: (unit: Unit, capacity: BuildingCapacity) => void,
  ): Promise<UnitSnapshot | null> {
    let unitNumber = '';
    return this.db
      .forOrganization(organizationId, async (m) => {
        const locked = await lockUnitAndBuilding(m, organizationId, id);
        if (!locked) return null;
        change(locked.unit, locked.capacity);
        unitNumber = locked.unit.toSnapshot().unitNumber;
        const [rows]: [UnitRow[], number] = await m.query(
          `UPDATE units SET unit_number = $3, type = $4, floor = $5, surface_area = $6, quota = $7, updated_at = $8
            WHERE organization_id = $1 AND id = $2 RETURNING ${UNIT_COLUMNS()}`,
          [organizationId, id, ...unitWriteValues(locked.unit)],
        );
        return toUnitSnapshot(rows[0] as UnitRow);
      })
      .catch((error: unknown) => translate(error, unitNumber));
  }

  delete(organizationId: string, id: string, check: (unit: Unit, ownershipCount: number) => void): Promise<boolean> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const locked = await lockUnitAndBuilding(m, organizationId, id);
        if (!locked) return false;
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM unit_ownerships WHERE unit_id = $1`, [id]);
        check(locked.unit, n);
        await m.query(`DELETE FROM units WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
        return true;
      })
      .catch((error: unknown) => translate(error, ''));
  }

  changeOwnerships<T>(
    organizationId: string,
    unitId: string,
    change: (o: UnitOwnerships) => T,
  ): Promise<{ result: T } | null> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const unit = await m.query(`SELECT id FROM units WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [
          organizationId,
          unitId,
        ]);
        if (!unit.length) return null;
        const rows: OwnershipRow[] = await m.query(
          `SELECT ${OWNERSHIP_COLUMNS()} FROM unit_ownerships WHERE organization_id = $1 AND unit_id = $2`,
          [organizationId, unitId],
        );
        const ownerships = UnitOwnerships.restore(organizationId, unitId, rows.map(toOwnershipSnapshot));
        const result = change(ownerships);
        await writeChanges(m, ownerships);
        return { result };
      })
      .catch((error: unknown) => translate(error, ''));
  }

  ownershipsOn(
    organizationId: string,
    unitId: string,
    day: CalendarDate,
    page: PageRequest<'startDate'>,
    heldBy?: HeldBy,
  ) {
    return ownershipsOn(this.db.reader(organizationId), organizationId, unitId, day, page, heldBy);
  }

  heldUnits(
    organizationId: string,
    ownerId: string,
    day: CalendarDate,
    page: PageRequest<'unitNumber'>,
  ): Promise<Page<HeldUnit>> {
    return heldUnits(this.db.reader(organizationId), organizationId, ownerId, day, page);
  }

  async buildingIdsHeldBy(organizationId: string, heldBy: HeldBy): Promise<string[]> {
    const rows = await this.db.reader(organizationId).query<{ building_id: string }>(
      `SELECT DISTINCT u.building_id FROM unit_ownerships o JOIN units u ON u.id = o.unit_id
        WHERE o.organization_id = $1 AND o.owner_id = $2 AND o.start_date <= $3 AND (o.end_date IS NULL OR o.end_date > $3)`,
      [organizationId, heldBy.ownerId, heldBy.on],
    );
    return rows.map((row) => row.building_id);
  }

  async withOwnersOn(organizationId: string, buildingId: string, day: CalendarDate): Promise<UnitWithOwners[] | null> {
    const reader = this.db.reader(organizationId);
    const units = await withOwnersOn(reader, organizationId, buildingId, day);
    if (units.length || (await buildingExists(reader, organizationId, buildingId))) return units;
    return null;
  }

  shareHistories(organizationId: string, buildingIds: readonly string[]): Promise<BuildingOwnershipHistory[]> {
    if (buildingIds.length === 0) return Promise.resolve([]);
    return shareHistories(this.db.reader(organizationId), organizationId, buildingIds);
  }

  buildingIdsHeldDuring(organizationId: string, ownerId: string, range: DateRange): Promise<string[]> {
    return buildingIdsHeldDuring(this.db.reader(organizationId), organizationId, ownerId, range);
  }
}

async function lockBuilding(
  m: EntityManager,
  organizationId: string,
  buildingId: string,
): Promise<BuildingCapacity | null> {
  const rows: Array<{ total_quota: number; total_units: number; allocated_quota: number; unit_count: number }> =
    await m.query(
      `SELECT total_quota, total_units, allocated_quota, unit_count FROM buildings
      WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [organizationId, buildingId],
    );
  const row = rows[0];
  if (!row) return null;
  return {
    totalQuota: row.total_quota,
    totalUnits: row.total_units,
    allocatedQuota: row.allocated_quota,
    unitCount: row.unit_count,
  };
}

/** Building first, then unit: the lock order of every unit write, so concurrent writes cannot deadlock. */
async function lockUnitAndBuilding(m: EntityManager, organizationId: string, id: string) {
  const found: Array<{ building_id: string }> = await m.query(
    `SELECT building_id FROM units WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  if (!found[0]) return null;
  const capacity = await lockBuilding(m, organizationId, found[0].building_id);
  const rows: UnitRow[] = await m.query(
    `SELECT ${UNIT_COLUMNS()} FROM units WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
    [organizationId, id],
  );
  if (!capacity || !rows[0]) return null;
  return { unit: Unit.restore(toUnitSnapshot(rows[0])), capacity };
}

async function writeChanges(m: EntityManager, ownerships: UnitOwnerships): Promise<void> {
  const { added, ended, removed } = ownerships.changes();
  if (removed.length) await m.query(`DELETE FROM unit_ownerships WHERE id = ANY($1::uuid[])`, [removed]);
  for (const o of ended) {
    await m.query(`UPDATE unit_ownerships SET end_date = $2, updated_at = now() WHERE id = $1`, [o.id, o.endDate]);
  }
  for (const o of added) await insertOwnership(m, o);
}

function insertOwnership(m: EntityManager, o: OwnershipSnapshot): Promise<unknown> {
  return m.query(
    `INSERT INTO unit_ownerships (id, organization_id, unit_id, owner_id, share, start_date, end_date, is_primary_contact)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [o.id, o.organizationId, o.unitId, o.ownerId, shareValue(o), o.startDate, o.endDate, o.isPrimaryContact],
  );
}

/**
 * The database's nets for the rules the domain checks first under the same locks, and the one rule only it checks:
 * a unit of a building with charges (expenses are another context) is not deleted.
 */
function translate(error: unknown, unitNumber: string): never {
  const pg = postgresError(error);
  if (pg) {
    switch (pg.constraint) {
      case 'units_building_number_uq':
        throw new DuplicateUnitNumber(unitNumber);
      case 'buildings_quota_within_total':
        throw new QuotaExceeded(0, 0);
      case 'buildings_units_within_total':
        throw new UnitLimitReached(0);
      case 'unit_ownerships_unit_fk':
        throw new UnitHasOwnerships();
      case 'units_building_charges':
        throw new UnitHasCharges();
      case 'unit_ownerships_owner_fk':
        throw new ResourceNotFound('owner');
      case 'unit_ownerships_open_uq':
        throw new OwnershipAlreadyActive();
      case 'unit_ownerships_shares_within_100':
        throw new OwnershipOver100('more than 100', 'that period');
    }
  }
  throw error;
}
