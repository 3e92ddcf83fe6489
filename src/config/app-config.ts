import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { parseObjectStorage, S3StorageConfig } from './object-storage-config';

export { ConfigError } from './config-error';
export type { S3StorageConfig } from './object-storage-config';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type LogFormat = 'json' | 'pretty';

/** The process configuration, read once from the environment and validated at boot; injectable by its class. */
export abstract class AppConfig {
  abstract readonly nodeEnv: NodeEnv;
  abstract readonly host: string;
  abstract readonly port: number;
  /** Absent: an embedded PostgreSQL is started with its data under `dataDir`. */
  abstract readonly databaseUrl: string | undefined;
  abstract readonly dataDir: string;
  /**
   * Streaming replicas of DATABASE_URL's server (the same credentials) that serve the tenant reads of GET requests;
   * empty: the primary serves every read.
   */
  abstract readonly databaseReplicaUrls: readonly string[];
  /** A replica further behind than this serves no read; its organizations' reads go to the primary. */
  abstract readonly databaseReplicaMaxLagMs: number;
  /** How often each instance asks the replicas how far they have replayed. */
  abstract readonly databaseReplicaCheckMs: number;
  abstract readonly dbPoolMax: number;
  /** Longest wait for a pool connection (queue included) before the request is answered 503. */
  abstract readonly dbConnectTimeoutMs: number;
  /** Longest statement: the server cancels it, and the client gives up a little later if the server is frozen. */
  abstract readonly dbStatementTimeoutMs: number;
  /** Requests allowed to wait for a pool connection; the next ones are shed at once with 503. */
  abstract readonly dbQueueMax: number;
  /** How long GET /health/ready waits for the database before answering 503. */
  abstract readonly readyTimeoutMs: number;
  /** Threads that render PDFs and workbooks off the event loop; 0 renders on it. */
  abstract readonly renderWorkers: number;
  /**
   * How far V8 lets the old generation grow past what the last full collection kept, in percent; 0 leaves V8's own
   * factor (up to 300 % on a fast collector), which lets a busy instance's heap swell to several times its live size.
   */
  abstract readonly heapGrowingPercent: number;
  /**
   * V8's allocation-site pretenuring: off by default. A request's short-lived objects (rows, DTOs) are allocated where
   * V8 saw many of them survive under load, then straight in the old generation, which fills with garbage and makes
   * full collections (5-16 ms pauses) frequent at any rate.
   */
  abstract readonly heapPretenuring: boolean;
  abstract readonly jwtSecret: string;
  abstract readonly logLevel: LogLevel;
  /** `json`: pino's JSON lines, for log collectors; `pretty`: one readable line per event, for a console. */
  abstract readonly logFormat: LogFormat;
  /** Log one line per request; off by default in production benchmarks. */
  abstract readonly requestLogging: boolean;
  abstract readonly corsOrigins: readonly string[];
  abstract readonly maxUploadBytes: number;
  /** Largest JSON (or form) body: a distribution key over 10,000 units still fits in the default 1 MB. */
  abstract readonly maxJsonBytes: number;
  abstract readonly storageDir: string;
  /** STORAGE=s3: documents go to this bucket instead of `storageDir`. */
  abstract readonly s3Storage: S3StorageConfig | undefined;
  abstract readonly redisUrl: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); none by default: the peer is the client. */
  abstract readonly trustedProxies: readonly string[];
  /**
   * Served only over HTTPS (HTTPS_ONLY): every response then asks browsers to stay on HTTPS (HSTS,
   * upgrade-insecure-requests). Without it they are sent only to requests that arrived over TLS, directly or through a
   * trusted proxy's X-Forwarded-Proto, so a plain-HTTP deployment keeps working.
   */
  abstract readonly httpsOnly: boolean;
  abstract readonly adminEmail: string | undefined;
  abstract readonly adminPassword: string | undefined;
  /** 32-byte keys by key id; `activeKeyId` encrypts, every listed key decrypts. */
  abstract readonly encryptionKeys: ReadonlyMap<string, Buffer>;
  abstract readonly activeKeyId: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const KNOWN_DEFAULT_SECRETS = new Set([
  'secret',
  'changeme',
  'change-me',
  'your-secret-key',
  'your-super-secret-jwt-key-change-in-production',
  'koprogo-dev-secret',
  'development-secret-do-not-use-in-production-0000',
]);
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = parseNodeEnv(env.NODE_ENV);
  const production = nodeEnv === 'production';
  const dataDir = resolve(env.DATA_DIR?.trim() || './.data');
  const databaseUrl = optional(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// URL');
  }
  if (production && !databaseUrl) throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production');
  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (databaseReplicaUrls.some((url) => !/^postgres(ql)?:\/\//.test(url))) {
    throw new ConfigError('DATABASE_REPLICA_URLS', 'must be postgres:// URLs separated by commas');
  }
  if (databaseReplicaUrls.length > 0 && !databaseUrl) {
    throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL: the embedded database has no replica');
  }
  const keys = parseEncryptionKeys(env.DATA_ENCRYPTION_KEY, production, dataDir);
  return {
    nodeEnv,
    host: optional(env.SERVER_HOST) ?? optional(env.HOST) ?? '0.0.0.0',
    port: integer(env.SERVER_PORT !== undefined ? 'SERVER_PORT' : 'PORT', env.SERVER_PORT ?? env.PORT, 8080, 0, 65535),
    databaseUrl,
    dataDir,
    databaseReplicaUrls,
    databaseReplicaMaxLagMs: integer(
      'DATABASE_REPLICA_MAX_LAG_MS',
      env.DATABASE_REPLICA_MAX_LAG_MS,
      2_000,
      10,
      600_000,
    ),
    databaseReplicaCheckMs: integer('DATABASE_REPLICA_CHECK_MS', env.DATABASE_REPLICA_CHECK_MS, 200, 10, 60_000),
    dbPoolMax: integer('DB_POOL_MAX', env.DB_POOL_MAX, 10, 1, 200),
    dbConnectTimeoutMs: integer('DB_CONNECT_TIMEOUT_MS', env.DB_CONNECT_TIMEOUT_MS, 5_000, 100, 600_000),
    dbStatementTimeoutMs: integer('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 30_000, 100, 3_600_000),
    dbQueueMax: integer('DB_QUEUE_MAX', env.DB_QUEUE_MAX, 100, 0, 100_000),
    readyTimeoutMs: integer('READY_TIMEOUT_MS', env.READY_TIMEOUT_MS, 2_000, 50, 60_000),
    renderWorkers: integer('RENDER_WORKERS', env.RENDER_WORKERS, defaultRenderWorkers(), 0, 64),
    heapGrowingPercent: integer('HEAP_GROWING_PERCENT', env.HEAP_GROWING_PERCENT, 100, 0, 400),
    heapPretenuring: boolean('HEAP_PRETENURING', env.HEAP_PRETENURING, false),
    jwtSecret: parseJwtSecret(env.JWT_SECRET, production, dataDir),
    logLevel: parseLogLevel(env.LOG_LEVEL, nodeEnv),
    logFormat: parseLogFormat(env.LOG_FORMAT, nodeEnv),
    requestLogging: boolean('REQUEST_LOGGING', env.REQUEST_LOGGING, nodeEnv !== 'test'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    maxUploadBytes: integer('MAX_UPLOAD_MB', env.MAX_UPLOAD_MB, 25, 1, 10_240) * 1024 * 1024,
    maxJsonBytes: integer('MAX_JSON_KB', env.MAX_JSON_KB, 1024, 16, 102_400) * 1024,
    storageDir: resolve(env.STORAGE_DIR?.trim() || join(dataDir, 'storage')),
    s3Storage: parseObjectStorage(env),
    redisUrl: optional(env.REDIS_URL),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    httpsOnly: boolean('HTTPS_ONLY', env.HTTPS_ONLY, false),
    adminEmail: optional(env.ADMIN_EMAIL)?.toLowerCase(),
    adminPassword: optional(env.ADMIN_PASSWORD),
    encryptionKeys: keys.keys,
    activeKeyId: keys.activeKeyId,
  };
}

/** One thread per core but one (the event loop's), at least one, at most four. */
function defaultRenderWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parseNodeEnv(value: string | undefined): NodeEnv {
  const env = optional(value) ?? 'development';
  if (env !== 'development' && env !== 'production' && env !== 'test') {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${env}")`);
  }
  return env;
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const raw = optional(value);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function boolean(name: string, value: string | undefined, fallback: boolean): boolean {
  const raw = optional(value)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

/** Comma-separated IPv4/IPv6 addresses or CIDRs (`10.0.0.0/8`); anything else stops the start. */
function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const version = isIP(address);
    const max = version === 6 ? 128 : 32;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
    if (!version || !prefixOk || extra !== undefined) {
      throw new ConfigError('TRUSTED_PROXIES', `must be IP addresses or CIDRs separated by commas (got "${entry}")`);
    }
  }
  return entries;
}

function parseLogLevel(value: string | undefined, nodeEnv: NodeEnv): LogLevel {
  const level = optional(value)?.toLowerCase() ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(level as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${level}")`);
  }
  return level as LogLevel;
}

function parseLogFormat(value: string | undefined, nodeEnv: NodeEnv): LogFormat {
  const format = optional(value)?.toLowerCase() ?? (nodeEnv === 'development' ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') {
    throw new ConfigError('LOG_FORMAT', `must be json or pretty (got "${format}")`);
  }
  return format;
}

function parseJwtSecret(value: string | undefined, production: boolean, dataDir: string): string {
  const secret = optional(value);
  if (production) {
    if (!secret) throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 bytes in production');
    if (KNOWN_DEFAULT_SECRETS.has(secret.toLowerCase())) {
      throw new ConfigError('JWT_SECRET', 'is a published default; generate a random secret');
    }
    return secret;
  }
  return secret ?? localSecret(dataDir, 'jwt-secret', () => randomBytes(48).toString('base64url'));
}

/**
 * DATA_ENCRYPTION_KEY: either one base64 32-byte key (key id "k1") or a list "id:base64,id:base64" whose first
 * entry encrypts new values. Development without it generates and keeps a local key under DATA_DIR.
 */
function parseEncryptionKeys(
  value: string | undefined,
  production: boolean,
  dataDir: string,
): { keys: Map<string, Buffer>; activeKeyId: string } {
  let raw = optional(value);
  if (!raw) {
    if (production) throw new ConfigError('DATA_ENCRYPTION_KEY', 'is required when NODE_ENV=production');
    raw = localSecret(dataDir, 'data-encryption-key', () => randomBytes(32).toString('base64'));
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const keys = new Map<string, Buffer>();
  for (const entry of entries) {
    const [id, material] = entry.includes(':') ? entry.split(':', 2) : ['k1', entry];
    const key = Buffer.from(material ?? '', 'base64');
    if (!/^[a-zA-Z0-9_-]{1,16}$/.test(id ?? '') || key.length !== 32) {
      throw new ConfigError('DATA_ENCRYPTION_KEY', 'must be base64 32-byte keys, optionally as "id:key" pairs');
    }
    keys.set(id as string, key);
  }
  return { keys, activeKeyId: [...keys.keys()][0] as string };
}

/** A development secret generated once and kept in DATA_DIR so restarts keep sessions and readable data. */
function localSecret(dataDir: string, name: string, generate: () => string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = generate();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
