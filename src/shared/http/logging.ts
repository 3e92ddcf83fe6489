import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/** Never log secrets: credentials, tokens and personal data fields are redacted wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.email',
  '*.phone',
];

export function loggerOptions(config: AppConfig): Params {
  return {
    // Without request logging, the per-request middleware (a child logger and an async context per request) brings
    // nothing: the one per-request log line left, an unexpected error's, names its request id itself.
    forRoutes: config.requestLogging ? undefined : [],
    pinoHttp: {
      level: config.logLevel,
      autoLogging: config.requestLogging,
      genReqId: (request) => (request as unknown as { id: string }).id,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        // Query strings can carry search terms such as an email: only the path is logged.
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      transport: undefined,
    },
  };
}
