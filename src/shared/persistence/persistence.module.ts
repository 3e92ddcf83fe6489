import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DatabaseAccess } from './database-access';
import { dataSourceOptions } from './data-source-options';
import { PlatformDatabase } from './platform-database';
import { TenantDatabase, TenantKey } from './tenant-database';

export interface PersistenceSettings extends DatabaseAccess {
  readonly poolMax: number;
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
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: settings.tenantUrl, poolMax: settings.poolMax }),
          migrations: [],
        }),
      ],
      providers: [
        TenantDatabase,
        { provide: TenantKey, useValue: { key: settings.tenantKey } },
        {
          provide: PlatformDatabase,
          useFactory: async () => {
            const options = dataSourceOptions({
              url: settings.platformUrl,
              poolMax: PLATFORM_POOL_MAX,
              applicationName: 'koprogo-platform',
            });
            return new PlatformDatabase(await new DataSource({ ...options, migrations: [] }).initialize());
          },
        },
      ],
      exports: [TenantDatabase, PlatformDatabase],
    };
  }
}
