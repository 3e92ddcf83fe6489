// Boots the compiled application in this process (no HTTP listener): the seeding and the query counts use it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appEnv, DIST } from './env.mjs';

export const requireDist = createRequire(join(DIST, 'main.js'));

/** The compiled module `dist/<path>`, e.g. `modules/buildings`. */
export const dist = (path) => requireDist(`./${path}`);

/** createApi() from dist/bootstrap with the benchmark's environment; `close()` also stops an embedded database. */
export async function bootApp() {
  requireDist('reflect-metadata');
  const { createApi } = dist('bootstrap');
  const { loadConfig } = dist('config/app-config');
  // In this process (seeding, round-trip counts): no request lines among the benchmark's own output.
  const api = await createApi(
    loadConfig(appEnv({ REQUEST_LOGGING: 'false', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' })),
  );
  await api.app.init();
  await api.app.getHttpAdapter().getInstance().ready();
  return api;
}
