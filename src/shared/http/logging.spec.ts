import pino from 'pino';
import type { AppConfig } from '../../config/app-config';
import { loggerOptions } from './logging';

type Serializers = Record<string, (value: unknown) => unknown>;
interface HttpOptions {
  autoLogging: boolean;
  serializers: Serializers;
  redact: { paths: string[] };
  hooks: pino.LoggerOptions['hooks'];
  customLogLevel: (req: unknown, res: unknown, error?: Error) => string;
  customSuccessMessage: (req: unknown, res: unknown) => string;
  customErrorObject: (req: unknown, res: unknown, error: Error, value: Record<string, unknown>) => object;
}
const optionsFor = (requestLogging: boolean, logFormat: AppConfig['logFormat'] = 'json') =>
  loggerOptions({ logLevel: 'info', requestLogging, logFormat }) as { forRoutes?: unknown[]; pinoHttp: unknown };
/** pino-http's options: the first of [options, destination]. */
const httpOptions = (requestLogging = true) => (optionsFor(requestLogging).pinoHttp as [HttpOptions, unknown])[0];

/** A pino logger with the application's hooks, writing its lines into `lines`. */
function capture(level: pino.Level) {
  const lines: Array<{ level: number; msg: string; context?: string }> = [];
  const logger = pino(
    { level, hooks: httpOptions().hooks },
    { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
  );
  return { logger, lines };
}

describe('loggerOptions', () => {
  it('logs each request, by path only, with credentials and personal data redacted', () => {
    const options = optionsFor(true);
    expect(options.forRoutes).toBeUndefined(); // nestjs-pino's default: every route
    const [http] = options.pinoHttp as [HttpOptions];
    expect(http.autoLogging).toBe(true);
    const req = http.serializers.req?.({ id: 'r1', method: 'GET', url: '/api/v1/owners?search=a@b.be' });
    expect(req).toEqual({ id: 'r1', method: 'GET', path: '/api/v1/owners' });
    expect(http.redact.paths).toEqual(expect.arrayContaining(['req.headers.authorization', '*.password', '*.email']));
    // The status comes from the raw response, whatever the standard form says.
    expect(http.serializers.res?.({ statusCode: null, raw: { statusCode: 201 } })).toEqual({ statusCode: 201 });
    expect(http.customSuccessMessage({ method: 'GET', url: '/api/v1/owners?search=x' }, { statusCode: 200 })).toBe(
      'GET /api/v1/owners 200',
    );
  });

  it('adds no per-request middleware when request logging is off', () => {
    const options = optionsFor(false);
    expect(options.forRoutes).toEqual([]);
    expect((options.pinoHttp as [HttpOptions])[0].autoLogging).toBe(false);
  });

  it('logs answers up to 4xx at info and 5xx at error', () => {
    const { customLogLevel } = httpOptions();
    expect(customLogLevel({}, { statusCode: 200 })).toBe('info');
    expect(customLogLevel({}, { statusCode: 404 })).toBe('info');
    expect(customLogLevel({}, { statusCode: 409 })).toBe('info');
    expect(customLogLevel({}, { statusCode: 500 })).toBe('error');
    expect(customLogLevel({}, { statusCode: 503 })).toBe('error');
  });

  it('keeps the error that caused a 5xx, and drops the made-up one of a 5xx that no error explains', () => {
    const { customErrorObject } = httpOptions();
    const cause = new Error('connection terminated');
    const value = { res: { statusCode: 500 }, err: cause, responseTime: 3 };
    expect(customErrorObject({}, { statusCode: 500, err: cause }, cause, value)).toEqual(value);
    const madeUp = new Error('failed with status code 503');
    expect(customErrorObject({}, { statusCode: 503 }, madeUp, { ...value, err: madeUp })).toEqual({
      res: { statusCode: 500 },
      responseTime: 3,
    });
  });

  it("writes Nest's start-up lines at debug, and the application's own at info", () => {
    const { logger, lines } = capture('info');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/v1/buildings, GET} route');
    logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
    logger.info({ context: 'Bootstrap' }, 'KoproGo API on http://127.0.0.1:8080/api/v1');
    expect(lines.map((line) => line.msg)).toEqual(['KoproGo API on http://127.0.0.1:8080/api/v1']);

    const verbose = capture('debug');
    verbose.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/v1/buildings, GET} route');
    expect(verbose.lines).toEqual([expect.objectContaining({ level: 20, context: 'RouterExplorer' })]);
  });

  it('writes readable lines with LOG_FORMAT=pretty and JSON lines with json', () => {
    const [, pretty] = optionsFor(true, 'pretty').pinoHttp as [unknown, { write: unknown }];
    const [, json] = optionsFor(true, 'json').pinoHttp as [unknown, { write: unknown; minLength?: number }];
    expect(pretty.write).toBeInstanceOf(Function);
    expect(json.constructor.name).toBe('SonicBoom'); // pino's own destination, buffered
    expect(json.minLength).toBe(4096);
  });
});
