import type { AppConfig } from '../../config/app-config';
import { loggerOptions } from './logging';

type Serializers = Record<string, (value: unknown) => unknown>;
const optionsFor = (requestLogging: boolean) =>
  loggerOptions({ logLevel: 'info', requestLogging } as AppConfig) as {
    forRoutes?: unknown[];
    pinoHttp: { autoLogging: boolean; serializers: Serializers; redact: { paths: string[] } };
  };

describe('loggerOptions', () => {
  it('logs each request, by path only, with credentials and personal data redacted', () => {
    const options = optionsFor(true);
    expect(options.forRoutes).toBeUndefined(); // nestjs-pino's default: every route
    expect(options.pinoHttp.autoLogging).toBe(true);
    const req = options.pinoHttp.serializers.req?.({ id: 'r1', method: 'GET', url: '/api/v1/owners?search=a@b.be' });
    expect(req).toEqual({ id: 'r1', method: 'GET', path: '/api/v1/owners' });
    expect(options.pinoHttp.redact.paths).toEqual(
      expect.arrayContaining(['req.headers.authorization', '*.password', '*.email']),
    );
  });

  it('adds no per-request middleware when request logging is off', () => {
    const options = optionsFor(false);
    expect(options.forRoutes).toEqual([]);
    expect(options.pinoHttp.autoLogging).toBe(false);
  });
});
