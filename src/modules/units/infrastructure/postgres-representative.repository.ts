import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { sql } from '../../../shared/persistence/sql';
import type { SqlReader, SqlTransaction } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { RepresentativeRepository, UnitVotersOnDay } from '../domain/representative.repository';
import { UnitRepresentation } from '../domain/unit-representation';
import type { HeldBy } from '../domain/unit.repository';
import { unitRepresentatives } from './unit-representatives.table';
import { activeOn, buildingExists, heldClause } from './unit-reads';
import { translate } from './unit-writes';

interface VotersRow {
  unit_id: string;
  owner_ids: string[];
  representative_id: string | null;
}

/** Mandates and the unit's shares in one round trip each; changes in a tenant transaction under the unit's lock. */
@Injectable()
export class PostgresRepresentativeRepository extends RepresentativeRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  change<T>(
    organizationId: string,
    unitId: string,
    change: (representation: UnitRepresentation) => T,
  ): Promise<{ result: T } | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const [unit] = await tx.rows(
          sql`SELECT id FROM units WHERE organization_id = ${organizationId} AND id = ${unitId} FOR UPDATE`,
        );
        if (!unit) return null;
        const representation = await read(tx, organizationId, unitId);
        const result = change(representation);
        await write(tx, representation);
        return { result };
      })
      .catch((error: unknown) => translate(error, ''));
  }

  async load(organizationId: string, unitId: string, heldBy?: HeldBy): Promise<UnitRepresentation | null> {
    const reader = this.db.reader(organizationId);
    const held = heldBy ? sql`AND ${heldClause(heldBy)}` : sql.empty;
    const unit = await reader.rows(
      sql`SELECT 1 FROM units u WHERE u.organization_id = ${organizationId} AND u.id = ${unitId} ${held}`,
    );
    return unit.length ? read(reader, organizationId, unitId) : null;
  }

  async votersOn(organizationId: string, buildingId: string, day: CalendarDate): Promise<UnitVotersOnDay[] | null> {
    const reader = this.db.reader(organizationId);
    const rows = await reader.rows<VotersRow>(
      sql`SELECT u.id AS unit_id,
                 coalesce(array_agg(DISTINCT o.owner_id) FILTER (WHERE o.owner_id IS NOT NULL), '{}') AS owner_ids,
                 (SELECT r.owner_id FROM unit_representatives r
                   WHERE r.unit_id = u.id AND r.valid_from <= ${day} AND (r.valid_to IS NULL OR r.valid_to > ${day}))
                   AS representative_id
            FROM units u LEFT JOIN unit_ownerships o ON o.unit_id = u.id AND ${activeOn('o', day)}
           WHERE u.organization_id = ${organizationId} AND u.building_id = ${buildingId}
           GROUP BY u.id ORDER BY u.id`,
    );
    if (!rows.length && !(await buildingExists(reader, organizationId, buildingId))) return null;
    return rows.map((row) => ({
      unitId: row.unit_id,
      ownerIds: row.owner_ids,
      representativeId: row.representative_id,
    }));
  }
}

interface MandatesRow {
  mandates: Record<string, unknown>[];
  shares: { ownerId: string; startDate: string; endDate: string | null }[];
}

/** The unit's mandates and shares as two JSON arrays of one row: one statement. */
async function read(m: SqlReader, organizationId: string, unitId: string): Promise<UnitRepresentation> {
  const [row] = await m.rows<MandatesRow>(
    sql`SELECT coalesce((SELECT jsonb_agg(to_jsonb(x)) FROM (SELECT ${unitRepresentatives.columns}
                          FROM ${unitRepresentatives.from}
                         WHERE r.organization_id = ${organizationId} AND r.unit_id = ${unitId}) x), '[]') AS mandates,
               coalesce((SELECT jsonb_agg(jsonb_build_object('ownerId', o.owner_id,
                          'startDate', o.start_date::text, 'endDate', o.end_date::text))
                          FROM unit_ownerships o
                         WHERE o.organization_id = ${organizationId} AND o.unit_id = ${unitId}), '[]') AS shares`,
  );
  const mandates = (row?.mandates ?? []).map((m) => unitRepresentatives.fromRow(m));
  return UnitRepresentation.restore(mandates, row?.shares ?? []);
}

async function write(tx: SqlTransaction, representation: UnitRepresentation): Promise<void> {
  const { added, ended, removed } = representation.changes();
  if (removed.length) await tx.execute(sql`DELETE FROM unit_representatives WHERE id = ANY(${removed}::uuid[])`);
  for (const p of ended) {
    await tx.execute(sql`UPDATE unit_representatives SET valid_to = ${p.validTo} WHERE id = ${p.id}`);
  }
  if (added.length) await tx.execute(unitRepresentatives.insert(added));
}
