import { Pool, type PoolConfig } from 'pg';

export interface DatabaseSettings {
  readonly url: string;
  readonly poolMax: number;
  readonly applicationName?: string;
  /** The request side's limits (the application's pools); migrations and scripts run without them. */
  readonly limits?: PoolLimits;
}

export interface PoolLimits {
  /** Longest wait for a connection, in the pool's queue and while connecting. */
  readonly connectTimeoutMs: number;
  /** The server cancels a longer statement; the client stops waiting a little later (a frozen server cancels nothing). */
  readonly statementTimeoutMs: number;
  /** Requests allowed to wait for a connection: the next ones are refused at once (see guardPool). */
  readonly queueMax: number;
}

/** How much longer than the server's statement limit the client waits for an answer before giving up. */
const CLIENT_GRACE_MS = 2_000;

/** Options of a pg pool, shared by the application, the migration scripts and the tests. */
export function poolOptions(settings: DatabaseSettings): PoolConfig {
  return {
    connectionString: settings.url,
    application_name: settings.applicationName ?? 'koprogo',
    max: settings.poolMax,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    ...(settings.limits && {
      connectionTimeoutMillis: settings.limits.connectTimeoutMs,
      statement_timeout: settings.limits.statementTimeoutMs,
      query_timeout: settings.limits.statementTimeoutMs + CLIENT_GRACE_MS,
    }),
  };
}

/**
 * A pool of connections of one database role, with the URL it signs in with (a LISTEN needs a connection of its own).
 * Opened with one round trip, so that a wrong URL or password stops the start-up rather than the first request.
 */
export class RolePool {
  protected constructor(
    readonly pool: Pool,
    readonly url: string,
  ) {}

  protected static async connect(settings: DatabaseSettings): Promise<Pool> {
    const pool = new Pool(poolOptions(settings));
    // An idle connection that breaks (the server restarts) is dropped by the pool; the error must not crash the process.
    pool.on('error', () => undefined);
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return pool;
  }

  /** Closes every connection (at shutdown, after the requests in flight are answered). */
  async onApplicationShutdown(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** The application role's pool: every statement on it runs under row-level security (TenantDatabase). */
export class TenantPool extends RolePool {
  static async open(settings: DatabaseSettings): Promise<TenantPool> {
    return new TenantPool(await RolePool.connect(settings), settings.url);
  }
}

/** The platform role's pool (PlatformDatabase). */
export class PlatformPool extends RolePool {
  static async open(settings: DatabaseSettings): Promise<PlatformPool> {
    return new PlatformPool(await RolePool.connect(settings), settings.url);
  }
}
