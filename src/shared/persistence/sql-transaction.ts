import type { DataSource, QueryRunner } from 'typeorm';
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
  constructor(private readonly runner: QueryRunner) {}

  async rows<Row = Record<string, unknown>>(statement: Sql): Promise<Row[]> {
    const result = await this.runner.query(statement.text, [...statement.values], true);
    return result.records as Row[];
  }

  /** Runs a write and answers how many rows it touched. */
  async execute(statement: Sql): Promise<number> {
    const result = await this.runner.query(statement.text, [...statement.values], true);
    return result.affected ?? 0;
  }
}

/** TypeORM keeps these protected; they are set so its runner treats our opening as a transaction it started. */
interface TransactionState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Runs `work` in one transaction of a TypeORM query runner. `opening` is the executor's own constant statement that
 * begins it (with the tenant setting, when there is one): it travels as one simple-protocol query, so BEGIN and the
 * setting cost one round trip.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  opening: string,
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const state = runner as unknown as TransactionState;
  try {
    await runner.query(opening);
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    const result = await work(new SqlTransaction(runner));
    await runner.commitTransaction();
    return result;
  } catch (error) {
    // A broken or frozen connection is dropped, not rolled back: the server rolls back what it loses, and a ROLLBACK
    // sent to a frozen server would wait as long again.
    if (databaseUnavailable(error)) await discard(runner, error);
    else await rollback(runner);
    throw error;
  } finally {
    await runner.release();
  }
}

async function rollback(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) {
    await runner.rollbackTransaction().catch(() => undefined);
  } else {
    // The opening itself failed half-way: make sure the connection goes back to the pool outside any transaction.
    await runner.query(sql`ROLLBACK`.text).catch(() => undefined);
  }
}

/** Gives the connection back as broken, so that the pool closes it instead of lending it again. */
async function discard(runner: QueryRunner, error: unknown): Promise<void> {
  const postgres = runner as QueryRunner & { releasePostgresConnection?(error: unknown): Promise<void> };
  await postgres.releasePostgresConnection?.(error instanceof Error ? error : new Error(String(error)));
}
