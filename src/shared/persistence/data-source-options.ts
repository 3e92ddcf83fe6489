import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { sqlMigrationClasses } from './sql-migrations';

export interface DatabaseSettings {
  readonly url: string;
  readonly poolMax: number;
  readonly applicationName?: string;
}

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
    extra: { max: settings.poolMax, idleTimeoutMillis: 30_000 },
  };
}
