import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup: a server where test databases are created, and the migrated template they copy. */
export const TEST_ADMIN_URL_VAR = 'KOPROGO_TEST_ADMIN_URL';
export const TEST_TEMPLATE_VAR = 'KOPROGO_TEST_TEMPLATE';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template: files never see each other's rows. */
export async function createTestDatabase(options: { template?: string | null } = {}): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ADMIN_URL_VAR];
  const template = options.template === undefined ? process.env[TEST_TEMPLATE_VAR] : options.template;
  if (!adminUrl) throw new Error('The test database server is not set up: run the tests through jest');
  // Named after the run's template, so the run's teardown can sweep what a crashed file left behind.
  const name = `${process.env[TEST_TEMPLATE_VAR] ?? 'koprogo_test'}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) =>
    client.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`),
  );
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () =>
      withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
