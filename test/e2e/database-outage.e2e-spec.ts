import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, RunningApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { TEST_ENCRYPTION_KEY, TEST_JWT_SECRET } from '../support/test-app';

/**
 * The API on an embedded PostgreSQL of its own (not the run's shared server): the server is killed and frozen here.
 * Small limits make the queue and the timeouts easy to reach: 2 tenant connections, 2 waiting, 1.5 s to get one.
 */
describe('when the database fails', () => {
  let api: RunningApi;
  let dataDir: string;
  const inject = (url: string) => api.app.inject({ method: 'GET', url });
  const login = (email: string) =>
    api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'not-the-password-1234' },
    });
  const pid = () => {
    const value = api.database.pid;
    if (value === undefined) throw new Error('the embedded server is not running');
    return value;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function eventually(check: () => Promise<boolean>, seconds = 30): Promise<void> {
    const deadline = Date.now() + seconds * 1000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${seconds} s`);
      await sleep(100);
    }
  }
  /** Signals the server and every process it forked (PostgreSQL's children start sessions of their own). */
  const signalServer = (signal: NodeJS.Signals) => {
    const postmaster = pid();
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    for (const processId of [postmaster, ...children]) process.kill(processId, signal);
  };
  const isAlive = (processId: number) => {
    try {
      process.kill(processId, 0);
      return true;
    } catch {
      return false;
    }
  };
  const expectUnavailable = (res: Awaited<ReturnType<typeof inject>>, codes: string[]) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(codes).toContain(res.json().code);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'koprogo-outage-'));
    chmodSync(dataDir, 0o755); // as root, the embedded server runs as the postgres user and must enter it
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      DB_POOL_MAX: '2',
      DB_QUEUE_MAX: '2',
      DB_CONNECT_TIMEOUT_MS: '1500',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      READY_TIMEOUT_MS: '1000',
      RENDER_WORKERS: '0',
      LOG_LEVEL: 'silent',
    });
    api = await createApi(config);
    await api.app.init();
    await api.app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    if (api.database.pid !== undefined) signalServer('SIGCONT');
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while the embedded server is down, then recovers without a restart', async () => {
    expect((await inject('/api/v1/health/ready')).statusCode).toBe(200);
    expect((await login('nobody@example.com')).statusCode).toBe(401);
    // The supervisor restarts the server within a second: kill it again if it was back before we asked.
    let seen: Awaited<ReturnType<typeof inject>> | undefined;
    for (let attempt = 0; attempt < 5 && !seen; attempt++) {
      const killed = pid();
      process.kill(killed, 'SIGKILL');
      await eventually(async () => !isAlive(killed), 10);
      const res = await login('nobody@example.com');
      if (res.statusCode === 503) seen = res;
      else await eventually(async () => api.database.pid !== undefined, 30);
    }
    expect(seen).toBeDefined();
    expectUnavailable(seen!, ['DATABASE_UNAVAILABLE']);
    expect(seen!.json()).toMatchObject({ status: 503, detail: expect.any(String) });

    await eventually(async () => (await inject('/api/v1/health/ready')).statusCode === 200);
    await eventually(async () => (await login('nobody@example.com')).statusCode === 401);
  });

  it('answers readiness 503 within its timeout when the server is frozen, and sheds what the queue cannot hold', async () => {
    await eventually(async () => (await inject('/api/v1/health/ready')).statusCode === 200);
    signalServer('SIGSTOP'); // the postmaster and every backend: nothing answers, nothing refuses
    try {
      const started = Date.now();
      const ready = await inject('/api/v1/health/ready');
      expectUnavailable(ready, ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']);
      expect(Date.now() - started).toBeLessThan(10_000);

      // 2 connections stuck, 2 callers waiting: the others are refused at once.
      const burst = await Promise.all(Array.from({ length: 12 }, () => inject('/api/v1/health/ready')));
      for (const res of burst) expectUnavailable(res, ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']);
      expect(burst.filter((res) => res.json().code === 'DATABASE_BUSY').length).toBeGreaterThan(0);

      // An ordinary route gives up too (connection timeout or statement timeout), with a 503, not a 500.
      const slow = await login('frozen@example.com');
      expectUnavailable(slow, ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      signalServer('SIGCONT');
    }
    await eventually(async () => (await inject('/api/v1/health/ready')).statusCode === 200);
    await eventually(async () => (await login('nobody@example.com')).statusCode === 401);
  });
});
