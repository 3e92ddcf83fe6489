import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/shared/persistence/data-source-options';
import { revertLastMigration, runMigrations } from '../../src/shared/persistence/migrator';
import { readSqlMigrations } from '../../src/shared/persistence/sql-migrations';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('SQL migrations', () => {
  let database: TestDatabase;
  let source: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ template: null });
    source = new DataSource(dataSourceOptions({ url: database.url, poolMax: 1 }));
    await source.initialize();
  });
  afterAll(async () => {
    await source.destroy();
    await database.drop();
  });

  const tables = async () =>
    (
      await source.query<Array<{ tablename: string }>>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((row) => row.tablename);

  it('applies every migration, reverts every one, and applies them all again', async () => {
    const count = readSqlMigrations().length;
    expect((await source.runMigrations()).length).toBe(count);
    const schema = await tables();
    expect(schema).toEqual(expect.arrayContaining(['organizations', 'users']));

    for (let i = 0; i < count; i++) await source.undoLastMigration();
    expect(await tables()).toEqual([]);
    const functions = await source.query(`SELECT proname FROM pg_proc WHERE proname LIKE 'app\\_%'`);
    expect(functions).toEqual([]);

    expect((await source.runMigrations()).length).toBe(count);
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
    const unprotected = await source.query(
      `SELECT c.relname FROM pg_class c
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
          AND c.relname <> 'audit_events'`,
    );
    expect(unprotected).toEqual([]);
  });
});
