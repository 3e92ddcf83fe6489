import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const key = Buffer.alloc(32, 1).toString('base64');
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db:5432/koprogo',
  JWT_SECRET: 'a'.repeat(16) + 'b'.repeat(16) + 'c',
  DATA_ENCRYPTION_KEY: key,
};

describe('loadConfig', () => {
  const made: string[] = [];
  const dataDir = () => {
    made.push(mkdtempSync(join(tmpdir(), 'koprogo-config-')));
    return made[made.length - 1];
  };
  afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('gives the documented defaults in development', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 8080,
      dbPoolMax: 10,
      databaseUrl: undefined,
      heapGrowingPercent: 100,
      heapPretenuring: false,
    });
    expect(config.maxUploadBytes).toBe(25 * 1024 * 1024);
  });

  it('accepts HOST and PORT as aliases, SERVER_* winning', () => {
    expect(
      loadConfig({ HOST: '127.0.0.1', PORT: '3000', DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key }),
    ).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
    });
    expect(loadConfig({ SERVER_PORT: '9000', PORT: '3000', DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key }).port).toBe(
      9000,
    );
  });

  it('reads the replicas of DATABASE_URL, which they need', () => {
    const config = loadConfig({
      ...production,
      DATABASE_REPLICA_URLS: ' postgres://app@replica-1/koprogo, postgres://app@replica-2/koprogo ,',
      DATABASE_REPLICA_MAX_LAG_MS: '500',
    });
    expect(config).toMatchObject({
      databaseReplicaUrls: ['postgres://app@replica-1/koprogo', 'postgres://app@replica-2/koprogo'],
      databaseReplicaMaxLagMs: 500,
      databaseReplicaCheckMs: 200,
    });
    expect(loadConfig(production).databaseReplicaUrls).toEqual([]);
    expect(() => loadConfig({ ...production, DATABASE_REPLICA_URLS: 'replica-1:5432' })).toThrow(
      /DATABASE_REPLICA_URLS/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key, DATABASE_REPLICA_URLS: 'postgres://app@replica/db' }),
    ).toThrow(/DATABASE_REPLICA_URLS.*DATABASE_URL/);
  });

  it('writes readable log lines in development and JSON lines elsewhere, unless LOG_FORMAT says', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key, NODE_ENV: 'development' }).logFormat).toBe(
      'pretty',
    );
    expect(loadConfig(production).logFormat).toBe('json');
    expect(loadConfig({ ...production, LOG_FORMAT: 'PRETTY' }).logFormat).toBe('pretty');
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: key, NODE_ENV: 'development', LOG_FORMAT: 'json' })
        .logFormat,
    ).toBe('json');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ SERVER_PORT: 'eighty', DATA_ENCRYPTION_KEY: key })).toThrow(/SERVER_PORT/);
    expect(() => loadConfig({ DB_POOL_MAX: '0', DATA_ENCRYPTION_KEY: key })).toThrow(/DB_POOL_MAX/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud', DATA_ENCRYPTION_KEY: key })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ LOG_FORMAT: 'xml', DATA_ENCRYPTION_KEY: key })).toThrow(/LOG_FORMAT/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-1', DATA_ENCRYPTION_KEY: key })).toThrow(/HEAP_GROWING_PERCENT/);
    expect(() => loadConfig({ HEAP_PRETENURING: 'sometimes', DATA_ENCRYPTION_KEY: key })).toThrow(/HEAP_PRETENURING/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', DATA_ENCRYPTION_KEY: key })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'short' })).toThrow(ConfigError);
  });

  it('trusts no proxy by default, even in production, and reads TRUSTED_PROXIES as addresses or CIDRs', () => {
    expect(loadConfig(production).trustedProxies).toEqual([]);
    const proxies = '10.0.0.1, 10.1.0.0/16,::1,fd00::/8';
    expect(loadConfig({ ...production, TRUSTED_PROXIES: proxies }).trustedProxies).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['*', 'true', 'proxy.local', '10.0.0.1/33', '10.0.0/8', '10.0.0.1/8/1']) {
      expect(() => loadConfig({ ...production, TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it('demands a strong JWT secret and a database URL in production', () => {
    expect(loadConfig(production).nodeEnv).toBe('production');
    expect(() => loadConfig({ ...production, JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET.*32 bytes/);
    expect(() => loadConfig({ ...production, JWT_SECRET: undefined })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...production, JWT_SECRET: 'your-super-secret-jwt-key-change-in-production' })).toThrow(
      /published default/,
    );
    expect(() => loadConfig({ ...production, DATABASE_URL: undefined })).toThrow(/DATABASE_URL.*required/);
    expect(() => loadConfig({ ...production, DATA_ENCRYPTION_KEY: undefined })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('generates development secrets once and keeps them in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(second.encryptionKeys.get('k1')).toEqual(first.encryptionKeys.get('k1'));
  });

  it('reads rotated encryption keys, the first one encrypting', () => {
    const other = Buffer.alloc(32, 2).toString('base64');
    const config = loadConfig({ DATA_DIR: dataDir(), DATA_ENCRYPTION_KEY: `k2:${other},k1:${key}` });
    expect(config.activeKeyId).toBe('k2');
    expect([...config.encryptionKeys.keys()]).toEqual(['k2', 'k1']);
  });
});
