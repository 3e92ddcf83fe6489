import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';
import { TenantDatabase } from './tenant-database';

export interface PersistenceSettings {
  readonly url: string;
  readonly poolMax: number;
  /** pg startup options, such as the role switch that puts the pool under row-level security. */
  readonly connectionOptions?: string;
}

/**
 * The database connection, opened once by the application. Global on purpose: it is infrastructure every context's
 * repositories use, not a port of one context answered by another.
 */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(settings: PersistenceSettings): DynamicModule {
    const base = dataSourceOptions({ url: settings.url, poolMax: settings.poolMax });
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRoot({
          ...base,
          migrations: [],
          autoLoadEntities: true,
          extra: { ...base.extra, ...(settings.connectionOptions ? { options: settings.connectionOptions } : {}) },
        }),
      ],
      providers: [TenantDatabase],
      exports: [TenantDatabase],
    };
  }
}
