/**
 * The database cannot take the request now: it is down, restarting, unreachable, frozen, or every connection is busy
 * and the queue for one is full. Not the caller's fault and not a bug: the API answers 503 with `Retry-After`.
 */
export class DatabaseUnavailable extends Error {
  constructor(
    readonly code: 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY',
    /** Seconds after which trying again makes sense. */
    readonly retryAfterSeconds: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseUnavailable';
  }
}

/** Seconds a client should wait: an embedded server restarts in one or two; a remote one may take longer. */
const RETRY_AFTER_DOWN_S = 5;

/** Socket errors of a server that cannot be reached or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
]);

/**
 * SQLSTATEs of a server that cannot serve: class 08 (connection exceptions), shutting down or starting up (57P01-03),
 * out of connections (53300), and a statement cancelled by `statement_timeout` (57014: this process sends no other
 * cancel).
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** What pg says when a connection breaks or a wait runs out (it sets no code on these). */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /not queryable/,
  /^Connection ended/,
];

/**
 * The failure as a DatabaseUnavailable when it says the database cannot be reached or cannot keep up, else null.
 * Looks through `cause` and the attempts of an AggregateError (one per address).
 */
export function databaseUnavailable(error: unknown, depth = 0): DatabaseUnavailable | null {
  if (error instanceof DatabaseUnavailable) return error;
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code))) {
    return down(error, code === '57014' ? 'The database did not answer in time' : undefined);
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) {
    return down(error, /timeout/.test(message) ? 'The database did not answer in time' : undefined);
  }
  const nested = [
    (error as { cause?: unknown }).cause,
    ...((error as { errors?: unknown }).errors instanceof Array ? (error as { errors: unknown[] }).errors : []),
  ];
  for (const inner of nested) {
    const found = inner === error ? null : databaseUnavailable(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

function down(cause: unknown, message = 'The database cannot be reached'): DatabaseUnavailable {
  return new DatabaseUnavailable('DATABASE_UNAVAILABLE', RETRY_AFTER_DOWN_S, message, { cause });
}
