import type { Pool, PoolClient } from 'pg';
import { databaseUnavailable } from './database-unavailable';
import { sql, type Sql } from './sql';

/** What a read needs: a statement in, its rows out. */
export interface SqlReader {
  rows<Row = Record<string, unknown>>(statement: Sql): Promise<Row[]>;
}

/**
 * One open transaction: statements run with bound parameters, in order, on one connection, and see each other's
 * writes and locks. A read that must see the locks of a write takes the transaction as its `SqlReader`.
 */
export class SqlTransaction implements SqlReader {
  constructor(private readonly client: PoolClient) {}

  async rows<Row = Record<string, unknown>>(statement: Sql): Promise<Row[]> {
    const result = await this.client.query(statement.text, [...statement.values]);
    return result.rows as Row[];
  }

  /** Runs a write and answers how many rows it touched. */
  async execute(statement: Sql): Promise<number> {
    const result = await this.client.query(statement.text, [...statement.values]);
    return result.rowCount ?? 0;
  }
}

/**
 * Runs `work` in one transaction on a connection of `pool`. `opening` is the executor's own constant statement that
 * begins it (with the tenant setting, when there is one): it travels as one simple-protocol query, so BEGIN and the
 * setting cost one round trip.
 */
export async function inTransaction<T>(
  pool: Pool,
  opening: string,
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(opening);
    const result = await work(new SqlTransaction(client));
    await client.query(sql`COMMIT`.text);
    return result;
  } catch (error) {
    // A broken or frozen connection is dropped, not rolled back: the server rolls back what it loses, and a ROLLBACK
    // sent to a frozen server would wait as long again. Otherwise the connection goes back to the pool outside any
    // transaction (the opening itself may have failed half-way).
    if (databaseUnavailable(error)) broken = asError(error);
    else await client.query(sql`ROLLBACK`.text).catch((rollbackFailed: unknown) => (broken = asError(rollbackFailed)));
    throw error;
  } finally {
    // Given an error, pg closes the connection instead of lending it again.
    client.release(broken);
  }
}

/** The error as an Error, for pg's `release(error)`, which closes the connection. */
export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
