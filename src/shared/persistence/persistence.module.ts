import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { DatabaseAccess } from './database-access';
import { dataSourceOptions, PoolLimits } from './data-source-options';
import { guardPool } from './database-unavailable';
import { PlatformDatabase } from './platform-database';
import { ReadReplicas, ReplicaSettings } from './replicas/read-replicas';
import { TenantDatabase, TenantKey } from './tenant-database';

export interface PersistenceSettings extends DatabaseAccess {
  readonly poolMax: number;
  /** Connection, statement and queue limits of both pools; none in scripts. */
  readonly limits?: PoolLimits;
  /** Streaming replicas that serve tenant reads (DATABASE_REPLICA_URLS, as the application role); none by default. */
  readonly replicas?: Omit<ReplicaSettings, 'poolMax' | 'connectTimeoutMs' | 'statementTimeoutMs'>;
}

/** The platform's work is a few statements per sign-in or refresh: a small pool is enough. */
const PLATFORM_POOL_MAX = 3;

/**
 * The database, for every context: global because it is infrastructure, like the logger, not another context's
 * port. Two pools: the tenant pool signs in as the application role, the platform pool as the platform role.
 */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(settings: PersistenceSettings): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({ url: settings.tenantUrl, poolMax: settings.poolMax, limits: settings.limits }),
            migrations: [],
          }),
          dataSourceFactory: async (options) => guarded(await new DataSource(options!).initialize(), settings),
        }),
      ],
      providers: [
        TenantDatabase,
        {
          provide: ReadReplicas,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => readReplicas(dataSource, settings),
        },
        { provide: TenantKey, useValue: { key: settings.tenantKey } },
        {
          provide: PlatformDatabase,
          useFactory: async () => {
            const options = dataSourceOptions({
              url: settings.platformUrl,
              poolMax: PLATFORM_POOL_MAX,
              applicationName: 'koprogo-platform',
              limits: settings.limits,
            });
            const dataSource = await new DataSource({ ...options, migrations: [] }).initialize();
            return new PlatformDatabase(guarded(dataSource, settings));
          },
        },
      ],
      exports: [TenantDatabase, PlatformDatabase],
    };
  }
}

/** The replicas' pools are as large as the primary's and wait as long for a connection and a statement. */
function readReplicas(dataSource: DataSource, settings: PersistenceSettings): ReadReplicas {
  const replicas = settings.replicas ?? { urls: [], maxLagMs: 0, checkIntervalMs: 0 };
  return new ReadReplicas(
    {
      ...replicas,
      poolMax: settings.poolMax,
      connectTimeoutMs: settings.limits?.connectTimeoutMs,
      statementTimeoutMs: settings.limits?.statementTimeoutMs,
    },
    (dataSource.driver as PostgresDriver).master as Pool,
  );
}

/** Sheds load on the data source's pool once its queue is full (see guardPool). */
function guarded(dataSource: DataSource, settings: PersistenceSettings): DataSource {
  if (settings.limits) guardPool((dataSource.driver as PostgresDriver).master as Pool, settings.limits.queueMax);
  return dataSource;
}
