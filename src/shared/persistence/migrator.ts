import { Client } from 'pg';
import { sql, Sql } from './sql';
import { readSqlMigrations } from './sql-migrations';

/**
 * The table of applied migrations, one row per migration (the layout TypeORM's runner used, so databases migrated by
 * earlier versions carry on): `timestamp` is the file's 13-digit prefix, `name` the migration's name.
 */
const TABLE = sql.id('schema_migrations');
/** Held while migrating, so that two instances starting together do not apply the same migration twice. */
const LOCK_KEY = 7_419_302_611;

interface Applied {
  readonly id: number;
  readonly name: string;
}

/** Applies pending migrations with a short-lived connection, as the schema owner. Returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  return withMigrationClient(url, async (client) => {
    const applied = new Set((await appliedMigrations(client)).map((m) => m.name));
    const pending = readSqlMigrations().filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      await inOwnTransaction(client, migration.up, () =>
        run(client, sql`INSERT INTO ${TABLE} ("timestamp", name) VALUES (${migration.timestamp}, ${migration.name})`),
      );
    }
    return pending.map((migration) => migration.name);
  });
}

/** Reverts the most recently applied migration and returns its name; undefined when none is applied. */
export async function revertLastMigration(url: string): Promise<string | undefined> {
  return withMigrationClient(url, async (client) => {
    const [last] = await appliedMigrations(client);
    if (!last) return undefined;
    const migration = readSqlMigrations().find((m) => m.name === last.name);
    if (!migration) throw new Error(`Migration ${last.name} is applied but its file is missing`);
    await inOwnTransaction(client, migration.down, () => run(client, sql`DELETE FROM ${TABLE} WHERE id = ${last.id}`));
    return last.name;
  });
}

/** Applied migrations, most recent first. */
async function appliedMigrations(client: Client): Promise<Applied[]> {
  await run(
    client,
    sql`CREATE TABLE IF NOT EXISTS ${TABLE} (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL)`,
  );
  return run<Applied>(client, sql`SELECT id, name FROM ${TABLE} ORDER BY id DESC`);
}

async function run<Row = Record<string, unknown>>(client: Client, statement: Sql): Promise<Row[]> {
  return (await client.query(statement.text, [...statement.values])).rows as Row[];
}

/** One migration step and its bookkeeping in one transaction: both happen, or neither. */
async function inOwnTransaction(client: Client, script: string, record: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(script);
    await record();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function withMigrationClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'koprogo-migrations' });
  await client.connect();
  try {
    await run(client, sql`SELECT pg_advisory_lock(${LOCK_KEY})`);
    return await work(client);
  } finally {
    await client.end();
  }
}

