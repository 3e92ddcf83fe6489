import { ClosedBooks, ResourceNotFound } from '../../../shared/domain';
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
  QuotaHistoryConflict,
  UnitHasAssemblyRecords,
  UnitHasCharges,
  UnitHasOwnerships,
  UnitLimitReached,
} from '../domain/unit.errors';
import { unitOwnerships } from './unit-ownerships.table';
import { unitQuotas } from './unit-quotas.table';
import { units } from './units.table';

/** The locks and writes of the units adapter, each inside the caller's tenant transaction. */

/** Locks the building; its capacity, with the quota periods of its units other than `exceptUnitId`. */
export async function lockBuilding(
  tx: SqlTransaction,
  organizationId: string,
  buildingId: string,
  exceptUnitId: string | null = null,
): Promise<BuildingCapacity | null> {
  const [building] = await tx.rows<Omit<BuildingCapacity, 'quotas'>>(
    sql`SELECT total_quota AS "totalQuota", total_units AS "totalUnits", unit_count AS "unitCount"
          FROM buildings WHERE organization_id = ${organizationId} AND id = ${buildingId} FOR UPDATE`,
  );
  if (!building) return null;
  const quotas = await tx.rows(
    sql`SELECT ${unitQuotas.columns} FROM ${unitQuotas.from}
         WHERE q.organization_id = ${organizationId} AND q.building_id = ${buildingId}
           AND q.unit_id IS DISTINCT FROM ${exceptUnitId}::uuid`,
  );
  return { ...building, quotas: quotas.map((row) => unitQuotas.fromRow(row)) };
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
  const capacity = await lockBuilding(tx, organizationId, found.building_id, id);
  const [row] = await tx.rows(
    sql`SELECT ${units.columns} FROM ${units.from} WHERE u.organization_id = ${organizationId} AND u.id = ${id} FOR UPDATE`,
  );
  if (!capacity || !row) return null;
  const periods = await tx.rows(
    sql`SELECT ${unitQuotas.columns} FROM ${unitQuotas.from} WHERE q.organization_id = ${organizationId} AND q.unit_id = ${id}`,
  );
  return {
    unit: Unit.restore(
      units.fromRow(row),
      periods.map((p) => unitQuotas.fromRow(p)),
    ),
    capacity,
  };
}

/** Ended or corrected periods first, so that the new ones never meet an old one still open. */
export async function writeQuotaChanges(tx: SqlTransaction, unit: Unit): Promise<void> {
  const { organizationId, buildingId, id: unitId } = unit.record();
  const { added, updated } = unit.quotaHistory().changes();
  for (const p of updated) {
    await tx.execute(
      sql`UPDATE unit_quotas SET ${unitQuotas.set({ quota: p.quota, validTo: p.validTo })}
           WHERE organization_id = ${organizationId} AND id = ${p.id}`,
    );
  }
  if (added.length)
    await tx.execute(unitQuotas.insert(added.map((p) => ({ ...p, organizationId, buildingId, unitId }))));
}

/**
 * The books of the unit's building, its row locked in share mode: the lock the database guard of dated writes takes
 * (app_assert_books_open), taken first so that the order stays building, then unit, as for every unit write. The
 * closing date is read through app_books_closed_until, the database's published reading of the buildings context's
 * closings (this context sits below buildings in the module graph and cannot call its facade).
 */
export async function lockBooks(
  tx: SqlTransaction,
  organizationId: string,
  unitId: string,
): Promise<ClosedBooks | null> {
  const [row] = await tx.rows<{ closed_until: string | null }>(
    sql`SELECT app_books_closed_until(b.organization_id, b.id)::text AS closed_until
          FROM buildings b JOIN units u ON u.organization_id = b.organization_id AND u.building_id = b.id
         WHERE u.organization_id = ${organizationId} AND u.id = ${unitId}
           FOR SHARE OF b`,
  );
  return row ? ClosedBooks.until(row.closed_until) : null;
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
        throw new QuotaExceeded(0, 0, dayOver((pg as { message?: string }).message));
      case 'unit_quotas_no_overlap':
      case 'unit_quotas_unit_from_uq':
      case 'unit_quotas_unit_current_uq':
        throw new QuotaHistoryConflict('', null);
      case 'buildings_units_within_total':
        throw new UnitLimitReached(0);
      case 'unit_ownerships_unit_fk':
      case 'unit_representatives_unit_fk':
        throw new UnitHasOwnerships();
      case 'units_building_charges':
      case 'distribution_key_weights_unit_fk':
        throw new UnitHasCharges();
      case 'meeting_voting_rights_unit_fk':
        throw new UnitHasAssemblyRecords();
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

/** The date the database's quota check names ("… would exceed its total on 2026-07-01"), when it names one. */
function dayOver(message: string | undefined): string | null | undefined {
  const day = /on (-infinity|\d{4}-\d{2}-\d{2})$/.exec(message ?? '')?.[1];
  return day === '-infinity' ? null : day;
}
