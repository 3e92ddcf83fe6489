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
  const api = await createApi(loadConfig(appEnv()));
  await api.app.init();
  await api.app.getHttpAdapter().getInstance().ready();
  return api;
}
