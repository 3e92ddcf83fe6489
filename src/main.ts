import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApi, RunningApi } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { applyHeapPolicy } from './config/heap-policy';
import { DEMO_PASSWORD, DemoDataService } from './modules/demo';
import { PlatformAccountsService } from './modules/identity';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  applyHeapPolicy({ growingPercent: config.heapGrowingPercent, pretenuring: config.heapPretenuring });
  const state: { api?: RunningApi; stopping: boolean } = { stopping: false };
  // Handlers first: a signal during start-up still stops the embedded database cleanly.
  const shutdown = (signal: NodeJS.Signals) => {
    if (state.stopping) return;
    state.stopping = true;
    state.api?.app.get(Logger).log(`${signal} received: finishing in-flight requests`, 'Bootstrap');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    if (!state.api) return; // start-up notices `stopping` and closes what it opened
    state.api.close().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  const api = (state.api = await createApi(config));
  if (state.stopping) {
    await api.close();
    process.exit(0);
  }
  const logger = api.app.get(Logger);
  if (config.adminEmail && config.adminPassword) {
    const created = await api.app.get(PlatformAccountsService).ensureSuperadmin(config.adminEmail, config.adminPassword);
    if (created) logger.log('Superadmin created from ADMIN_EMAIL', 'Bootstrap');
  } else if (config.nodeEnv === 'development') {
    const demo = await api.app.get(DemoDataService).load();
    // Printed, not logged: the demo credentials are for the person at the console, and logs carry no emails.
    process.stdout.write(`\nDemo data ${demo.loaded ? 'loaded' : 'ready'}. Sign in with password "${DEMO_PASSWORD}" as:\n  ${demo.accounts.join('\n  ')}\n\n`);
  }
  await api.app.listen({ host: config.host, port: config.port });
  logger.log(`KoproGo API on http://${config.host}:${config.port}/api/v1 (docs at /docs)`, 'Bootstrap');
}

function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`KoproGo failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}

main().catch(fail);
