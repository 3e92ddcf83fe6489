import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations with a short-lived connection, as the schema owner. Returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  return withMigrationSource(url, async (source) =>
    (await source.runMigrations({ transaction: 'each' })).map((m) => m.name),
  );
}

/** Reverts the most recently applied migration and returns its name; undefined when none is applied. */
export async function revertLastMigration(url: string): Promise<string | undefined> {
  return withMigrationSource(url, async (source) => {
    // Listed most recent first, as undoLastMigration picks it.
    const [last] = await new MigrationExecutor(source).getExecutedMigrations();
    if (!last) return undefined;
    await source.undoLastMigration({ transaction: 'each' });
    return last.name;
  });
}

const MIGRATION_LOCK = `hashtextextended('koprogo.migrations', 0)`;

/**
 * One connection (a pool of one), holding a session advisory lock while it works: instances starting together on one
 * database migrate one after the other, the later ones finding nothing left to apply instead of failing half-way.
 */
async function withMigrationSource<T>(url: string, work: (source: DataSource) => Promise<T>): Promise<T> {
  const source = new DataSource({
    ...dataSourceOptions({ url, poolMax: 1, applicationName: 'koprogo-migrations' }),
    logging: false,
  });
  await source.initialize();
  try {
    await source.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    return await work(source);
  } finally {
    // Closing the connection would release the lock too; unlocking first keeps the order obvious.
    await source.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await source.destroy();
  }
}
