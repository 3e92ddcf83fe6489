import { Injectable } from '@nestjs/common';
import type { Pool, QueryResult } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { inlineParameters } from './sql-literals';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a read needs: a statement in, its rows out. A transaction's EntityManager is one (for reads inside a write
 * that must see its locks), and so is `TenantDatabase.reader`'s one-round-trip reader.
 */
export interface SqlReader {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** TypeORM keeps these protected; they are set so its manager treats our opening as a transaction it started. */
interface TransactionState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Every read and write of tenant data runs in a transaction that tells PostgreSQL's row-level security which
 * organization is acting (`app.organization_id`, local to the transaction). Repositories still filter on
 * `organization_id` themselves: the policy is the second net that catches a forgotten filter.
 */
@Injectable()
export class TenantDatabase {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction that sees only this organization's rows. */
  forOrganization<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // The id is a checked uuid, so it can be written into the statement: BEGIN and the setting then travel in one
    // round trip (a simple-protocol query), which is a quarter of the database round trips of a typical read.
    return this.inTransaction(`BEGIN; SELECT set_config('app.organization_id', '${checkedUuid(organizationId)}', true)`, work);
  }

  /**
   * Reads of this organization's rows, each statement in one round trip instead of three: the tenant setting and the
   * statement travel as one simple-protocol query, which PostgreSQL runs as one implicit transaction (the setting ends
   * with it; a failure rolls it back and leaves the connection idle). Parameters are written into the text as quoted
   * literals (`inlineParameters`). For reads that need no lock and no snapshot shared between statements (each
   * statement of a READ COMMITTED transaction takes its own snapshot anyway); writes keep `forOrganization`.
   */
  reader(organizationId: string): SqlReader {
    // SET LOCAL rather than set_config(): it answers without a row, so the driver has one result less to read.
    const setting = `SET LOCAL app.organization_id = '${checkedUuid(organizationId)}';\n`;
    const pool = this.pool;
    return {
      query: async <Row>(sql: string, params: readonly unknown[] = []) => {
        const [, result] = (await pool.query(setting + inlineParameters(sql, params))) as unknown as QueryResult[];
        return (result?.rows ?? []) as Row[];
      },
    };
  }

  /**
   * One write statement in one round trip, as `reader` sends reads: it commits on its own (the implicit transaction
   * of its query), so it is for a write that stands alone, such as an insert guarded by its constraints, never for
   * one that depends on rows read and locked first. Returns the rows of a RETURNING clause.
   */
  writeOnce<Row = Record<string, unknown>>(organizationId: string, sql: string, params: readonly unknown[]): Promise<Row[]> {
    return this.reader(organizationId).query<Row>(sql, params);
  }

  /**
   * Platform work that must cross organizations (login by email, the superadmin's organization list, seeding).
   * Each call site is a deliberate exception to tenant isolation.
   */
  acrossOrganizations<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inTransaction(`BEGIN; SELECT set_config('app.platform', 'on', true)`, work);
  }

  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  private async inTransaction<T>(opening: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const state = runner as unknown as TransactionState;
    try {
      await runner.query(opening);
      state.isTransactionActive = true;
      state.transactionDepth = 1;
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await rollback(runner);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

function checkedUuid(organizationId: string): string {
  if (!UUID.test(organizationId)) throw new Error('tenant data needs an organization uuid');
  return organizationId.toLowerCase();
}

async function rollback(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) {
    await runner.rollbackTransaction().catch(() => undefined);
  } else {
    // The opening itself failed half-way: make sure the connection goes back to the pool outside any transaction.
    await runner.query('ROLLBACK').catch(() => undefined);
  }
}
