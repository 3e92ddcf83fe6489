import { createServer, Server } from 'node:net';
import { Pool } from 'pg';
import { toProblem } from '../http/problem';
import { databaseUnavailable, DatabaseUnavailable } from './database-unavailable';
import { asOneDatabaseCaller, guardPool } from './pool-admission';

/** A server that accepts connections and never answers: every connection of the pool stays busy connecting. */
async function silentServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => undefined).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

/** A pool of one connection that never completes, guarded with `queueMax`; every wait ends after `timeoutMs`. */
async function withBusyPool(queueMax: number, timeoutMs: number, work: (pool: Pool) => Promise<void>): Promise<void> {
  const { server, port } = await silentServer();
  const pool = new Pool({ connectionString: `postgres://x@127.0.0.1:${port}/x`, max: 1, connectionTimeoutMillis: timeoutMs });
  pool.on('error', () => undefined);
  guardPool(pool, queueMax);
  try {
    await work(pool);
  } finally {
    await pool.end().catch(() => undefined);
    server.close();
  }
}

const outcome = (attempt: Promise<unknown>): Promise<unknown> => attempt.then(() => 'connected', (e: unknown) => e);
const busy = (result: unknown) => result instanceof DatabaseUnavailable && result.code === 'DATABASE_BUSY';

describe('load shedding on the connection pool', () => {
  it('sheds a caller once the queue for a connection is full, while the waiting ones give up at the connection timeout', async () => {
    await withBusyPool(2, 1_000, async (pool) => {
      // The first waits for the connection being opened, the second in pg's queue.
      const first = outcome(pool.connect());
      const second = outcome(pool.connect());
      const third = await outcome(pool.connect());
      expect(busy(third)).toBe(true);
      expect(toProblem(third, 'r', 'en')).toMatchObject({ status: 503, headers: { 'retry-after': '2' } });
      // The queued callers give up at the connection timeout, as unavailable, not as busy.
      for (const waited of await Promise.all([first, second])) {
        expect(databaseUnavailable(waited)?.code).toBe('DATABASE_UNAVAILABLE');
      }
    });
  });

  it('counts a request that asks for several connections at once as one caller, and never refuses it half-way', async () => {
    await withBusyPool(3, 600, async (pool) => {
      // A report reading five things in parallel, then two more: one caller, none of its requests refused.
      const report = asOneDatabaseCaller(() =>
        Promise.all([1, 2, 3, 4, 5].map(() => outcome(pool.connect()))).then(async (first) => [
          ...first,
          ...(await Promise.all([outcome(pool.connect()), outcome(pool.query('SELECT 1'))])),
        ]),
      );
      // Two more requests still find a place (three callers wait); a fourth does not.
      const second = asOneDatabaseCaller(() => outcome(pool.query('SELECT 1')));
      const other = outcome(pool.query('SELECT 1')); // outside any request: a caller of its own
      const third = await asOneDatabaseCaller(() => outcome(pool.query('SELECT 1')));
      expect(busy(third)).toBe(true);
      const results = [...(await report), await second, await other];
      expect(results.filter(busy)).toEqual([]);
      expect(results.every((r) => databaseUnavailable(r)?.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    });
  });

  it('admits new callers again once the waiting ones are gone', async () => {
    await withBusyPool(2, 200, async (pool) => {
      const opening = outcome(pool.connect());
      const waiting = asOneDatabaseCaller(() => Promise.all([outcome(pool.connect()), outcome(pool.connect())]));
      expect(busy(await asOneDatabaseCaller(() => outcome(pool.connect())))).toBe(true);
      await Promise.all([waiting, opening]);
      expect(busy(await asOneDatabaseCaller(() => outcome(pool.connect())))).toBe(false);
    });
  });
});
