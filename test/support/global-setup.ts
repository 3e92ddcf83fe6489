import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../../src/shared/persistence/embedded-postgres';
import { prepareDatabaseAccess } from '../../src/shared/persistence/database-access';
import { runMigrations } from '../../src/shared/persistence/migrator';
import { databaseUrl, TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR, withAdminClient } from './test-database';

declare global {
  var __KOPROGO_TEST_PG__: EmbeddedPostgres | undefined;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set (CI runs the suite against the machine's server too),
 * else a throwaway embedded server. A template database is migrated once; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'koprogo-test-pg-'));
    chmodSync(dataDir, 0o755);
    const server = await EmbeddedPostgres.start({ dataDir, ephemeral: true });
    globalThis.__KOPROGO_TEST_PG__ = server;
    adminUrl = server.url('postgres');
  }
  const template = `koprogo_tpl_${process.pid}_${Date.now().toString(36)}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  await runMigrations(databaseUrl(adminUrl, template));
  // The application's roles sign in from here on; every test database is a copy of the template.
  await prepareDatabaseAccess(databaseUrl(adminUrl, template));
  process.env[TEST_ADMIN_URL_VAR] = adminUrl;
  process.env[TEST_TEMPLATE_VAR] = template;
}
