import { Client } from 'pg';
import type { AppConfig } from '../../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** Connection URL of the application database. */
  readonly url: string;
  readonly embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

const APP_DATABASE = 'koprogo';

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL whose data lives in DATA_DIR and survives restarts. */
export async function openDatabaseServer(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void = () => undefined,
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await EmbeddedPostgres.start({ dataDir: config.dataDir, log });
  await ensureDatabase(server.url('postgres'), APP_DATABASE);
  return { url: server.url(APP_DATABASE), embedded: true, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
