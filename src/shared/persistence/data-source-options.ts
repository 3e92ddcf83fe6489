import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { sqlMigrationClasses } from './sql-migrations';

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
  /** Callers allowed to wait for a connection: the next ones are refused at once (see guardPool). */
  readonly queueMax: number;
}

/** How much longer than the server's statement limit the client waits for an answer before giving up. */
const CLIENT_GRACE_MS = 2_000;

/** Options shared by the application, the migration scripts and the tests. Schema changes come only from SQL. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    synchronize: false,
    migrationsRun: false,
    migrations: sqlMigrationClasses(),
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName ?? 'koprogo',
    extra: {
      max: settings.poolMax,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      ...(settings.limits && {
        connectionTimeoutMillis: settings.limits.connectTimeoutMs,
        statement_timeout: settings.limits.statementTimeoutMs,
        query_timeout: settings.limits.statementTimeoutMs + CLIENT_GRACE_MS,
      }),
    },
  };
}
