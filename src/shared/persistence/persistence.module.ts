import { DynamicModule, Global, Module } from '@nestjs/common';
import type { DatabaseAccess } from './database-access';
import { guardPool } from './pool-admission';
import { PlatformPool, PoolLimits, RolePool, TenantPool } from './pool-options';
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
    const { limits } = settings;
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: TenantPool,
          useFactory: async () =>
            guarded(await TenantPool.open({ url: settings.tenantUrl, poolMax: settings.poolMax, limits }), limits),
        },
        {
          provide: PlatformPool,
          useFactory: async () =>
            guarded(
              await PlatformPool.open({
                url: settings.platformUrl,
                poolMax: PLATFORM_POOL_MAX,
                applicationName: 'koprogo-platform',
                limits,
              }),
              limits,
            ),
        },
        {
          provide: ReadReplicas,
          inject: [TenantPool],
          useFactory: (primary: TenantPool) => readReplicas(primary, settings),
        },
        TenantDatabase,
        PlatformDatabase,
        { provide: TenantKey, useValue: { key: settings.tenantKey } },
      ],
      exports: [TenantDatabase, PlatformDatabase, TenantPool],
    };
  }
}

/** The replicas' pools are as large as the primary's and wait as long for a connection and a statement. */
function readReplicas(primary: TenantPool, settings: PersistenceSettings): ReadReplicas {
  const replicas = settings.replicas ?? { urls: [], maxLagMs: 0, checkIntervalMs: 0 };
  return new ReadReplicas(
    {
      ...replicas,
      poolMax: settings.poolMax,
      connectTimeoutMs: settings.limits?.connectTimeoutMs,
      statementTimeoutMs: settings.limits?.statementTimeoutMs,
    },
    primary.pool,
  );
}

/** Sheds load on the pool once its queue is full (see guardPool). */
function guarded<P extends RolePool>(rolePool: P, limits: PoolLimits | undefined): P {
  if (limits) guardPool(rolePool.pool, limits.queueMax);
  return rolePool;
}
