import { TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR, withAdminClient } from './test-database';

/** Drops what this run created, then stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ADMIN_URL_VAR];
  const template = process.env[TEST_TEMPLATE_VAR];
  if (adminUrl && template && !globalThis.__KOPROGO_TEST_PG__) {
    await withAdminClient(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`,
        [template],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  }
  await globalThis.__KOPROGO_TEST_PG__?.stop();
}
