import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApi } from './bootstrap';
import { PlatformAccountsService } from './modules/identity';
import { ConfigError, loadConfig } from './config/app-config';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await createApi(config);
  const logger = api.app.get(Logger);
  if (config.adminEmail && config.adminPassword) {
    const created = await api.app.get(PlatformAccountsService).ensureSuperadmin(config.adminEmail, config.adminPassword);
    if (created) logger.log('Superadmin created from ADMIN_EMAIL', 'Bootstrap');
  }
  await api.app.listen({ host: config.host, port: config.port });
  logger.log(`KoproGo API on http://${config.host}:${config.port}/api/v1 (docs at /docs)`, 'Bootstrap');

  const shutdown = (signal: NodeJS.Signals) => {
    logger.log(`${signal} received: finishing in-flight requests`, 'Bootstrap');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error, 'Bootstrap');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`KoproGo failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
