/**
 * `npm run seed`: loads the demo data into DATABASE_URL or the embedded database (idempotent), also while the API
 * runs on the same DATA_DIR.
 */
import 'reflect-metadata';
import { createApi } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { DEMO_PASSWORD, DemoDataService } from '../src/modules/demo';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  if (config.nodeEnv === 'production') throw new Error('The demo data is for development only');
  const api = await createApi(config, { shareRunningDatabase: true });
  try {
    await api.app.init();
    const result = await api.app.get(DemoDataService).load();
    process.stdout.write(
      `${result.loaded ? 'Demo data loaded' : 'Demo data already present'} (password "${DEMO_PASSWORD}"):\n  ${result.accounts.join('\n  ')}\n`,
    );
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
