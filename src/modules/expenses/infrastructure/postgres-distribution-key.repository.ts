import { Injectable } from '@nestjs/common';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { isUniqueViolation, violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql, Sql } from '@shared/persistence/sql';
import type { SqlTransaction } from '@shared/persistence/sql-transaction';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import {
  DistributionKeyInput,
  DistributionKeySnapshot,
  DuplicateKeyName,
  KeyInUse,
  KeyWeight,
} from '../domain/distribution-key';
import { DistributionKeyRepository, KeySort } from '../domain/distribution-key.repository';
import { distributionKeys, distributionKeyWeights } from './distribution-keys.table';

const ORDER_BY = { name: 'k.name', createdAt: 'k.created_at' } as const satisfies Record<KeySort, string>;

/** A key with its weights, by unit id, in one statement. */
const SELECT = sql`SELECT ${distributionKeys.columns},
  (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight) ORDER BY w.unit_id), '[]')
     FROM distribution_key_weights w WHERE w.key_id = k.id) AS weights`;

/**
 * Reads are one round trip each; writes run in one tenant transaction. The foreign keys check that the building and
 * every unit belong to the organization (and the units to the building); the key row's lock orders a change of
 * weights after, or before, an expense being recorded with the key (its foreign key takes a key-share lock).
 */
@Injectable()
export class PostgresDistributionKeyRepository extends DistributionKeyRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  list(organizationId: string, buildingId: string, page: PageRequest<KeySort>): Promise<Page<DistributionKeySnapshot>> {
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`${SELECT}, count(*) OVER () AS total FROM ${distributionKeys.from}
        WHERE k.organization_id = ${organizationId} AND k.building_id = ${buildingId}
        ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, k.id ${direction}`,
      page,
      toSnapshot,
    );
  }

  async findById(organizationId: string, buildingId: string, id: string): Promise<DistributionKeySnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(byId(organizationId, buildingId, id));
    return row ? toSnapshot(row) : null;
  }

  async ofBuildings(organizationId: string, buildingIds: readonly string[]): Promise<DistributionKeySnapshot[]> {
    if (buildingIds.length === 0) return [];
    const rows = await this.db.reader(organizationId).rows(
      sql`${SELECT} FROM ${distributionKeys.from}
        WHERE k.organization_id = ${organizationId} AND k.building_id = ANY(${buildingIds}::uuid[])`,
    );
    return rows.map(toSnapshot);
  }

  async insert(key: DistributionKeySnapshot): Promise<void> {
    const { weights, ...row } = key;
    await this.db
      .transaction(key.organizationId, async (tx) => {
        await tx.execute(distributionKeys.insert([row]));
        await tx.execute(distributionKeyWeights.insert(weightRows(key, weights)));
      })
      .catch((error: unknown) => translate(error, key.name));
  }

  replace(
    organizationId: string,
    buildingId: string,
    id: string,
    input: DistributionKeyInput,
    now: Date,
  ): Promise<DistributionKeySnapshot | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const current = await lockUnlessUsed(tx, organizationId, buildingId, id, (key) => sameWeights(key, input));
        if (!current) return null;
        const next = { ...current, name: input.name, weights: input.weights, updatedAt: now };
        await tx.execute(
          sql`UPDATE ${distributionKeys.from} SET ${distributionKeys.set({ name: next.name, updatedAt: now })}
            WHERE k.organization_id = ${organizationId} AND k.id = ${id}`,
        );
        await tx.execute(
          sql`DELETE FROM distribution_key_weights WHERE organization_id = ${organizationId} AND key_id = ${id}`,
        );
        await tx.execute(distributionKeyWeights.insert(weightRows(next, next.weights)));
        return next;
      })
      .catch((error: unknown) => translate(error, input.name));
  }

  delete(organizationId: string, buildingId: string, id: string): Promise<boolean> {
    return this.db.transaction(organizationId, async (tx) => {
      if (!(await lockUnlessUsed(tx, organizationId, buildingId, id, () => false))) return false;
      await tx.execute(
        sql`DELETE FROM ${distributionKeys.from} WHERE k.organization_id = ${organizationId} AND k.id = ${id}`,
      );
      return true;
    });
  }
}

function byId(organizationId: string, buildingId: string, id: string): Sql {
  return sql`${SELECT} FROM ${distributionKeys.from}
    WHERE k.organization_id = ${organizationId} AND k.building_id = ${buildingId} AND k.id = ${id}`;
}

/**
 * Locks the key, then (a statement of its own, so it sees an expense committed while it waited) refuses when an
 * expense uses it, unless `harmless` says the change keeps the weights.
 */
async function lockUnlessUsed(
  tx: SqlTransaction,
  organizationId: string,
  buildingId: string,
  id: string,
  harmless: (key: DistributionKeySnapshot) => boolean,
): Promise<DistributionKeySnapshot | null> {
  const [row] = await tx.rows(sql`${byId(organizationId, buildingId, id)} FOR UPDATE OF k`);
  if (!row) return null;
  const key = toSnapshot(row);
  if (harmless(key)) return key;
  const used = await tx.rows(
    sql`SELECT 1 FROM expenses e WHERE e.organization_id = ${organizationId} AND e.key_id = ${id} LIMIT 1`,
  );
  if (used.length) throw new KeyInUse(key.name);
  return key;
}

function sameWeights(key: DistributionKeySnapshot, input: DistributionKeyInput): boolean {
  const text = (weights: readonly KeyWeight[]) => weights.map((w) => `${w.unitId}:${w.weight}`).join(',');
  return text(key.weights) === text(input.weights);
}

function weightRows(
  key: Pick<DistributionKeySnapshot, 'organizationId' | 'buildingId' | 'id'>,
  weights: readonly KeyWeight[],
) {
  return weights.map((w) => ({
    organizationId: key.organizationId,
    buildingId: key.buildingId,
    keyId: key.id,
    unitId: w.unitId,
    weight: w.weight,
  }));
}

function toSnapshot(row: Record<string, unknown>): DistributionKeySnapshot {
  return { ...distributionKeys.fromRow(row), weights: row.weights as KeyWeight[] };
}

function translate(error: unknown, name: string): never {
  if (isUniqueViolation(error, 'distribution_keys_building_name_uq')) throw new DuplicateKeyName(name);
  const constraint = violatedForeignKey(error);
  if (constraint === 'distribution_keys_building_fk') throw new ResourceNotFound('building');
  if (constraint === 'distribution_key_weights_unit_fk') throw new ResourceNotFound('unit');
  throw error;
}
