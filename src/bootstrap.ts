import { NestFactory } from '@nestjs/core';
import type { ServerResponse } from 'node:http';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { configureApp, fastifyOptions } from './configure-app';
import { prepareDatabaseAccess, roleUrl, TENANT_ROLE } from './shared/persistence/database-access';
import { DatabaseServer, openDatabaseServer } from './shared/persistence/database-server';
import { runMigrations } from './shared/persistence/migrator';
import { closeRenderPool, configureRenderPool } from './shared/pdf/render-pool';

export interface RunningApi {
  readonly app: NestFastifyApplication;
  readonly database: DatabaseServer;
  /**
   * Stops accepting, lets in-flight requests finish (up to DRAIN_MS), closes the pools and the render threads, then
   * stops an embedded database: a request in flight never loses its database.
   */
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
        replicas: {
          urls: config.databaseReplicaUrls.map((url) => roleUrl(url, TENANT_ROLE)),
          maxLagMs: config.databaseReplicaMaxLagMs,
          checkIntervalMs: config.databaseReplicaCheckMs,
        },
      }),
      new FastifyAdapter(fastifyOptions(config)),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    await configureRenderPool(config.renderWorkers);
    await configureApp(app, config);
    const inFlight = countRequests(app);
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await drain(app, inFlight);
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

/** Longest wait for requests in flight at shutdown (main.ts gives up on the whole shutdown after 10 s). */
const DRAIN_MS = 8_000;

/** Requests received and not yet answered (or abandoned by their client), body still arriving included. */
function countRequests(app: NestFastifyApplication): () => number {
  let count = 0;
  app
    .getHttpAdapter()
    .getInstance()
    .server.on('request', (_request, response: ServerResponse) => {
      count++;
      response.once('close', () => count--);
    });
  return () => count;
}

/**
 * Stops listening, then waits until the requests in flight are answered: Fastify's own close does not wait for a
 * request whose body is still arriving, and the pools close right after it.
 */
async function drain(app: NestFastifyApplication, inFlight: () => number): Promise<void> {
  const server = app.getHttpAdapter().getInstance().server;
  if (!server.listening) return;
  server.close(); // no new connections; idle keep-alive ones are closed
  const deadline = Date.now() + DRAIN_MS;
  while (inFlight() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
}
