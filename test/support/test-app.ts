import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { enforceOpenApiContract } from './openapi-contract';
import { createTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-bytes-for-hs256';
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  /** URL of this file's own database (migrated, empty). */
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/** The real application (same bootstrap and configureApp as main.ts) on a fresh database of its own. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'koprogo-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    DB_POOL_MAX: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const api = await createApi(config);
  await api.app.init();
  await api.app.getHttpAdapter().getInstance().ready();
  enforceOpenApiContract(api.app);
  return {
    app: api.app,
    config,
    databaseUrl: database.url,
    close: async () => {
      await api.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
