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

async function withMigrationSource<T>(url: string, work: (source: DataSource) => Promise<T>): Promise<T> {
  const source = new DataSource({
    ...dataSourceOptions({ url, poolMax: 1, applicationName: 'koprogo-migrations' }),
    logging: false,
  });
  await source.initialize();
  try {
    return await work(source);
  } finally {
    await source.destroy();
  }
}
