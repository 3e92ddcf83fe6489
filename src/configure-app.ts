import multipart from '@fastify/multipart';
import { INestApplication, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from './config/app-config';
import { FieldError, validationFailed } from './shared/http/api-exception';
import { RejectUnstorableText } from './shared/http/unstorable-text.pipe';
import { setUpOpenApi } from './shared/http/openapi';
import { securityHeaders } from './shared/http/security-headers';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Options of the Fastify instance, shared by main.ts and the test app. */
export function fastifyOptions(config: AppConfig) {
  return {
    bodyLimit: 1024 * 1024,
    requestIdHeader: false as const,
    genReqId: (request: { headers: FastifyRequest['headers'] }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: config.nodeEnv === 'production',
    return503OnClosing: true,
  };
}

/** Everything between `NestFactory.create` and `listen`, so the tests run the very same application. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers).header('x-request-id', request.id);
    done();
  });
  // --- documents: multipart uploads, read as streams by the route (POST /documents/upload) ---
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  // --- end documents ---
  if (config.corsOrigins.length) {
    app.enableCors({ origin: [...config.corsOrigins], credentials: true, exposedHeaders: ['x-request-id', 'location'] });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new RejectUnstorableText(), validationPipe());
  await setUpOpenApi(app as INestApplication);
}

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
