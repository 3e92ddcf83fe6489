import { Injectable } from '@nestjs/common';
import { Page, PageRequest } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { BuildingCapacity, Unit, UnitSnapshot } from '../domain/unit';
import type { QuotaPeriod } from '../domain/unit-quotas';
import { UnitOwnerships } from '../domain/unit-ownerships';
import {
  BuildingOwnershipHistory,
  DateRange,
  HeldBy,
  HeldUnit,
  HoldingSpan,
  UnitCriteria,
  UnitRepository,
  UnitSort,
  UnitWithOwners,
} from '../domain/unit.repository';
import { buildingIdsHeldDuring, holdingsOf, shareHistories } from './share-history-reads';
import { unitOwnerships } from './unit-ownerships.table';
import {
  activeOn,
  buildingExists,
  heldUnits,
  listUnits,
  ownershipById,
  ownershipsOn,
  quotaHistory,
  unitById,
  withOwnersOn,
} from './unit-reads';
import {
  lockBooks,
  lockBuilding,
  lockUnitAndBuilding,
  translate,
  writeChanges,
  writeQuotaChanges,
} from './unit-writes';
import { unitFromRow, units } from './units.table';

/**
 * Units and ownerships in plain SQL: reads in one round trip each, writes in a tenant transaction. The units context reads (never writes) its
 * building's row: to lock it and to read its capacity; the database keeps the building's counters.
 */
@Injectable()
export class PostgresUnitRepository extends UnitRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string, on: CalendarDate, heldBy?: HeldBy): Promise<UnitSnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(unitById(organizationId, id, on, heldBy));
    return row ? unitFromRow(row) : null;
  }

  async quotaHistory(organizationId: string, unitId: string, heldBy?: HeldBy): Promise<QuotaPeriod[] | null> {
    return quotaHistory(this.db.reader(organizationId), organizationId, unitId, heldBy);
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
    on: CalendarDate,
    build: (capacity: BuildingCapacity) => Unit,
  ): Promise<UnitSnapshot | null> {
    let unitNumber = '';
    return this.db
      .transaction(organizationId, async (tx) => {
        const capacity = await lockBuilding(tx, organizationId, buildingId);
        if (!capacity) return null;
        const unit = build(capacity);
        unitNumber = unit.record().unitNumber;
        await tx.execute(units.insert([unit.record()]));
        await writeQuotaChanges(tx, unit);
        const [row] = await tx.rows(unitById(organizationId, unit.record().id, on));
        return unitFromRow(row as Record<string, unknown>);
      })
      .catch((error: unknown) => translate(error, unitNumber));
  }

  update(
    organizationId: string,
    id: string,
    on: CalendarDate,
    change: (unit: Unit, capacity: BuildingCapacity) => void,
  ): Promise<UnitSnapshot | null> {
    let unitNumber = '';
    return this.db
      .transaction(organizationId, async (tx) => {
        const locked = await lockUnitAndBuilding(tx, organizationId, id);
        if (!locked) return null;
        change(locked.unit, locked.capacity);
        const { unitNumber: revised, type, floor, surfaceAreaHundredths, updatedAt } = locked.unit.record();
        unitNumber = revised;
        const details = { unitNumber, type, floor, surfaceAreaHundredths, updatedAt };
        await tx.execute(
          sql`UPDATE ${units.from} SET ${units.set(details)} WHERE u.organization_id = ${organizationId} AND u.id = ${id}`,
        );
        await writeQuotaChanges(tx, locked.unit);
        const [row] = await tx.rows(unitById(organizationId, id, on));
        return unitFromRow(row as Record<string, unknown>);
      })
      .catch((error: unknown) => translate(error, unitNumber));
  }

  delete(organizationId: string, id: string, check: (unit: Unit, ownershipCount: number) => void): Promise<boolean> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const locked = await lockUnitAndBuilding(tx, organizationId, id);
        if (!locked) return false;
        const [count] = await tx.rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM unit_ownerships WHERE unit_id = ${id}`,
        );
        check(locked.unit, count?.n ?? 0);
        await tx.execute(sql`DELETE FROM units WHERE organization_id = ${organizationId} AND id = ${id}`);
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
      .transaction(organizationId, async (tx) => {
        const books = await lockBooks(tx, organizationId, unitId);
        const unit = await tx.rows(
          sql`SELECT id FROM units WHERE organization_id = ${organizationId} AND id = ${unitId} FOR UPDATE`,
        );
        if (!books || !unit.length) return null;
        const rows = await tx.rows(
          sql`SELECT ${unitOwnerships.columns} FROM ${unitOwnerships.from}
               WHERE o.organization_id = ${organizationId} AND o.unit_id = ${unitId}`,
        );
        const ownerships = UnitOwnerships.restore(
          organizationId,
          unitId,
          rows.map((row) => unitOwnerships.fromRow(row)),
          books,
        );
        const result = change(ownerships);
        await writeChanges(tx, ownerships);
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

  ownershipById(organizationId: string, unitId: string, ownershipId: string, heldBy?: HeldBy) {
    return ownershipById(this.db.reader(organizationId), organizationId, unitId, ownershipId, heldBy);
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
    const rows = await this.db.reader(organizationId).rows<{ building_id: string }>(
      sql`SELECT DISTINCT u.building_id FROM ${unitOwnerships.from} JOIN ${units.from} ON u.id = o.unit_id
           WHERE o.organization_id = ${organizationId} AND o.owner_id = ${heldBy.ownerId} AND ${activeOn('o', heldBy.on)}`,
    );
    return rows.map((row) => row.building_id);
  }

  async withOwnersOn(organizationId: string, buildingId: string, day: CalendarDate): Promise<UnitWithOwners[] | null> {
    const reader = this.db.reader(organizationId);
    const found = await withOwnersOn(reader, organizationId, buildingId, day);
    if (found.length || (await buildingExists(reader, organizationId, buildingId))) return found;
    return null;
  }

  shareHistories(organizationId: string, buildingIds: readonly string[]): Promise<BuildingOwnershipHistory[]> {
    if (buildingIds.length === 0) return Promise.resolve([]);
    return shareHistories(this.db.reader(organizationId), organizationId, buildingIds);
  }

  buildingIdsHeldDuring(organizationId: string, ownerId: string, range: DateRange): Promise<string[]> {
    return buildingIdsHeldDuring(this.db.reader(organizationId), organizationId, ownerId, range);
  }

  holdingsOf(organizationId: string, ownerId: string): Promise<HoldingSpan[]> {
    return holdingsOf(this.db.reader(organizationId), organizationId, ownerId);
  }
}
