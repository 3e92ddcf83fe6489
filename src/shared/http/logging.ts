import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { destination, type LogFn } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { prettyDestination } from './pretty-log';

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

/** Nest's start-up chatter (a line per module and per route): logged at debug, not info. */
export const FRAMEWORK_CONTEXTS: ReadonlySet<string> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

const INFO = 30;

type Request = IncomingMessage & { id?: unknown };
/** The error a request ended with, set on the response by the problem filter for 5xx answers. */
type Response = ServerResponse & { err?: unknown };

/**
 * LOG_FORMAT=pretty (development's default) prints one readable line per event (see pretty-log.ts); json (the
 * default elsewhere) writes pino's JSON lines.
 * Each request is one line: 2xx-4xx at info without a stack, 5xx at error with the error that caused it.
 */
export function loggerOptions(config: Pick<AppConfig, 'logLevel' | 'logFormat' | 'requestLogging'>): Params {
  const options = {
    level: config.logLevel,
    autoLogging: config.requestLogging,
    genReqId: (request: IncomingMessage) => (request as unknown as { id: string }).id,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // Query strings can carry search terms such as an email: only the path is logged.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      // pino-http hands over its standard form, whose statusCode is null when the headers did not leave through
      // Node's own writeHead (Fastify's raw response): the raw response has it.
      res: (res: { statusCode: number | null; raw?: { statusCode?: number } }) => ({
        statusCode: res.raw?.statusCode ?? res.statusCode,
      }),
    },
    hooks: {
      logMethod(this: { debug: LogFn }, args: Parameters<LogFn>, method: LogFn, level: number) {
        if (level === INFO && isFrameworkChatter(args[0])) return this.debug(...args);
        return method.apply(this, args);
      },
    },
    customLogLevel: (_req: Request, res: Response, error?: Error) =>
      error || res.statusCode >= 500 ? ('error' as const) : ('info' as const),
    customSuccessMessage: (req: Request, res: Response) => requestLine(req, res),
    customErrorMessage: (req: Request, res: Response) => requestLine(req, res),
    // A 5xx that no error explains (fastify's 503 while closing) gets no made-up "failed with status code" stack.
    customErrorObject: (_req: Request, res: Response, error: Error, value: Record<string, unknown>) => {
      if (res.err === error) return value;
      const { err: _synthetic, ...rest } = value;
      return rest;
    },
  };
  return {
    // Without request logging, the per-request middleware (a child logger and an async context per request) brings
    // nothing: the one per-request log line left, an unexpected error's, names its request id itself.
    forRoutes: config.requestLogging ? undefined : [],
    pinoHttp: [options, config.logFormat === 'pretty' ? prettyDestination(process.stdout) : jsonDestination()],
  };
}

/** Size of the JSON lines' buffer: a write per 4 KiB of lines rather than per line. */
const JSON_BUFFER_BYTES = 4096;
/** Longest a line waits in the buffer on a quiet instance. */
const JSON_FLUSH_MS = 1_000;
let stdoutJson: ReturnType<typeof destination> | undefined;

/**
 * Standard output, written asynchronously in 4 KiB batches (a request line is about 300 bytes): one write for a dozen
 * requests under load, and no line waits more than a second. pino flushes what is left when the process exits, a
 * crash included. One per process, whatever the number of applications in it.
 */
function jsonDestination(): ReturnType<typeof destination> {
  if (!stdoutJson) {
    const stream = (stdoutJson = destination({ dest: 1, sync: false, minLength: JSON_BUFFER_BYTES }));
    setInterval(() => {
      try {
        stream.flush();
      } catch {
        // ended at exit: nothing left to write
      }
    }, JSON_FLUSH_MS).unref();
  }
  return stdoutJson;
}

function isFrameworkChatter(first: unknown): boolean {
  const context = (first as { context?: unknown } | null)?.context;
  return typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context);
}

function requestLine(req: Request, res: Response): string {
  return `${req.method ?? ''} ${pathOf(req.url ?? '')} ${res.statusCode}`;
}

function pathOf(url: string): string {
  return url.split('?')[0] ?? '';
}
