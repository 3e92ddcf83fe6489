import { ResourceNotFound } from '../../../shared/domain';
import { postgresError } from '../../../shared/persistence/postgres-error';
import { sql } from '../../../shared/persistence/sql';
import type { SqlTransaction } from '../../../shared/persistence/sql-transaction';
import { BuildingCapacity, Unit } from '../domain/unit';
import { UnitOwnerships } from '../domain/unit-ownerships';
import {
  DuplicateUnitNumber,
  OwnershipAlreadyActive,
  OwnershipOver100,
  QuotaExceeded,
  UnitHasCharges,
  UnitHasOwnerships,
  UnitLimitReached,
} from '../domain/unit.errors';
import { unitOwnerships } from './unit-ownerships.table';
import { units } from './units.table';

/** The locks and writes of the units adapter, each inside the caller's tenant transaction. */

export async function lockBuilding(
  tx: SqlTransaction,
  organizationId: string,
  buildingId: string,
): Promise<BuildingCapacity | null> {
  const [capacity] = await tx.rows<BuildingCapacity>(
    sql`SELECT total_quota AS "totalQuota", total_units AS "totalUnits", allocated_quota AS "allocatedQuota",
               unit_count AS "unitCount"
          FROM buildings WHERE organization_id = ${organizationId} AND id = ${buildingId} FOR UPDATE`,
  );
  return capacity ?? null;
}

/** Building first, then unit: the lock order of every unit write, so concurrent writes cannot deadlock. */
export async function lockUnitAndBuilding(
  tx: SqlTransaction,
  organizationId: string,
  id: string,
): Promise<{ unit: Unit; capacity: BuildingCapacity } | null> {
  const [found] = await tx.rows<{ building_id: string }>(
    sql`SELECT building_id FROM units WHERE organization_id = ${organizationId} AND id = ${id}`,
  );
  if (!found) return null;
  const capacity = await lockBuilding(tx, organizationId, found.building_id);
  const [row] = await tx.rows(
    sql`SELECT ${units.columns} FROM ${units.from} WHERE u.organization_id = ${organizationId} AND u.id = ${id} FOR UPDATE`,
  );
  if (!capacity || !row) return null;
  return { unit: Unit.restore(units.fromRow(row)), capacity };
}

export async function writeChanges(tx: SqlTransaction, ownerships: UnitOwnerships): Promise<void> {
  const { added, ended, removed } = ownerships.changes();
  if (removed.length) await tx.execute(sql`DELETE FROM unit_ownerships WHERE id = ANY(${removed}::uuid[])`);
  for (const o of ended) {
    await tx.execute(
      sql`UPDATE unit_ownerships SET ${unitOwnerships.set({ endDate: o.endDate })}, updated_at = now() WHERE id = ${o.id}`,
    );
  }
  for (const o of added) await tx.execute(unitOwnerships.insert([o]));
}

/**
 * The database's nets for the rules the domain checks first under the same locks, and the one rule only it checks:
 * a unit of a building with charges (expenses are another context) is not deleted.
 */
export function translate(error: unknown, unitNumber: string): never {
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
      case 'unit_representatives_unit_fk':
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
