import { Client } from 'pg';
import { revertLastMigration, runMigrations } from '../../src/shared/persistence/migrator';
import { readSqlMigrations } from '../../src/shared/persistence/sql-migrations';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('SQL migrations', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase({ template: null });
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  const query = async (text: string) => (await client.query(text)).rows;
  const tables = async () =>
    (
      await query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((row: { tablename: string }) => row.tablename);

  it('applies every migration, reverts every one, and applies them all again', async () => {
    const names = readSqlMigrations().map((migration) => migration.name);
    expect(await runMigrations(database.url)).toEqual(names);
    const schema = await tables();
    expect(schema).toEqual(expect.arrayContaining(['organizations', 'users']));

    for (const name of [...names].reverse()) expect(await revertLastMigration(database.url)).toBe(name);
    expect(await revertLastMigration(database.url)).toBeUndefined();
    expect(await tables()).toEqual([]);
    const functions = await query(`SELECT proname FROM pg_proc WHERE proname LIKE 'app\\_%'`);
    expect(functions).toEqual([]);

    expect(await runMigrations(database.url)).toEqual(names);
    expect(await tables()).toEqual(schema);
  });

  it('names the migration it reverts, and only that one is applied again', async () => {
    const names = readSqlMigrations().map((migration) => migration.name);
    const last = names[names.length - 1];
    expect(await runMigrations(database.url)).toEqual([]);
    expect(await revertLastMigration(database.url)).toBe(last);
    expect(await runMigrations(database.url)).toEqual([last]);
  });

  it('puts every table with an organization_id under forced row-level security', async () => {
    const unprotected = await query(
      `SELECT c.relname FROM pg_class c
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
          AND c.relname <> 'audit_events'`,
    );
    expect(unprotected).toEqual([]);
  });
});
