import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { configureApp, fastifyOptions } from './configure-app';
import { prepareDatabaseAccess } from './shared/persistence/database-access';
import { DatabaseServer, openDatabaseServer } from './shared/persistence/database-server';
import { runMigrations } from './shared/persistence/migrator';
import { closeRenderPool, configureRenderPool } from './shared/pdf/render-pool';

export interface RunningApi {
  readonly app: NestFastifyApplication;
  readonly database: DatabaseServer;
  /** Stops accepting, lets in-flight requests finish, closes the pool, then stops an embedded database. */
  close(): Promise<void>;
}

/**
 * Opens the database (embedded or DATABASE_URL), applies migrations and builds the configured application.
 * `shareRunningDatabase`: use the embedded server of an API already running on DATA_DIR (the seed script).
 */
export async function createApi(
  config: AppConfig,
  { shareRunningDatabase = false }: { shareRunningDatabase?: boolean } = {},
): Promise<RunningApi> {
  const notice = config.logLevel === 'silent' ? () => undefined : undefined;
  const database = await openDatabaseServer(config, { shareRunning: shareRunningDatabase, notice });
  try {
    await runMigrations(database.url);
    const access = await prepareDatabaseAccess(database.url);
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, {
        ...access,
        poolMax: config.dbPoolMax,
        limits: {
          connectTimeoutMs: config.dbConnectTimeoutMs,
          statementTimeoutMs: config.dbStatementTimeoutMs,
          queueMax: config.dbQueueMax,
        },
      }),
      new FastifyAdapter(fastifyOptions(config)),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    await configureRenderPool(config.renderWorkers);
    await configureApp(app, config);
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await app.close();
        await closeRenderPool();
        await database.stop();
      })());
    return { app, database, close };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
