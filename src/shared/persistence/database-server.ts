import type { AppConfig } from '../../config/app-config';
import { asOwner } from './database-access';
import { EmbeddedPostgres } from './embedded-postgres';
import { sql } from './sql';

export interface DatabaseServer {
  /** Connection URL of the application database. */
  readonly url: string;
  readonly embedded: boolean;
  /** The embedded server's process id while it runs (it leads its own process group); undefined otherwise. */
  readonly pid: number | undefined;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

const APP_DATABASE = 'koprogo' as const;

/**
 * `DATABASE_URL` when set; otherwise an embedded PostgreSQL whose data lives in DATA_DIR and survives restarts.
 * With `shareRunning`, the embedded server of an API already running on DATA_DIR is used and left running.
 */
export async function openDatabaseServer(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  options: { log?: (line: string) => void; notice?: (message: string) => void; shareRunning?: boolean } = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, pid: undefined, stop: async () => undefined };
  }
  const server = await EmbeddedPostgres.start({ dataDir: config.dataDir, ...options });
  await ensureDatabase(server.url('postgres'));
  return {
    url: server.url(APP_DATABASE),
    embedded: true,
    get pid() {
      return server.pid;
    },
    stop: () => server.stop(),
  };
}

/** Creates the application database on the embedded server the first time. */
async function ensureDatabase(adminUrl: string): Promise<void> {
  await asOwner(adminUrl, async (query) => {
    const existing = await query(sql`SELECT 1 FROM pg_database WHERE datname = ${APP_DATABASE}`);
    if (existing.length === 0) await query(sql`CREATE DATABASE ${sql.id(APP_DATABASE)}`);
  });
}
