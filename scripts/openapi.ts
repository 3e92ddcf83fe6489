/**
 * `npm run openapi`: regenerates the Swagger plugin metadata (src/metadata.ts: DTO properties and JSDoc read
 * from the TypeScript sources) and writes openapi.json at the repository root, for review in every change.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app-config';
import { openApiMetadata } from '../src/configure-app';
import { buildOpenApiDocument } from '../src/shared/http/openapi';
import { generateSwaggerMetadata } from './swagger-metadata';

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  // The previous metadata may name DTOs that were renamed since: start from an empty one so the sources type-check.
  writeFileSync(join(root, 'src', 'metadata.ts'), '/* eslint-disable */\nexport default async () => ({});\n');
  generateSwaggerMetadata(join(root, 'src'));
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'openapi-generation-only-secret-0123456789',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, {
      tenantUrl: 'postgres://unused@127.0.0.1:1/unused',
      platformUrl: 'postgres://unused@127.0.0.1:1/unused',
      tenantKey: Buffer.alloc(32),
      poolMax: 1,
    }),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix('api/v1');
  const document = await buildOpenApiDocument(app, openApiMetadata);
  writeFileSync(join(root, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`openapi.json: ${Object.keys(document.paths).length} paths\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
