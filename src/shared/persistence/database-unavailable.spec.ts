import { createServer } from 'node:net';
import { Client, Pool } from 'pg';
import { toProblem } from '../http/problem';
import { databaseUnavailable, DatabaseUnavailable, guardPool } from './database-unavailable';

/** A port nothing listens on: bound, noted, released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('database unavailability', () => {
  it('answers 503 with Retry-After, not 500, when the server of DATABASE_URL cannot be reached', async () => {
    const client = new Client({ connectionString: `postgres://nobody@127.0.0.1:${await closedPort()}/none` });
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    const problem = toProblem(error, 'r1', 'fr');
    expect(problem.status).toBe(503);
    expect(problem.headers['retry-after']).toBe('5');
    expect(problem.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', requestId: 'r1' });
    expect(problem.body.detail).toContain('base de données');
    expect(problem.unexpected).toBe(false);
  });

  it.each([
    ['a connection the server closed', new Error('Connection terminated unexpectedly')],
    ['a pool wait that ran out', new Error('timeout exceeded when trying to connect')],
    ['a server that stopped answering', new Error('Query read timeout')],
    ['a server shutting down', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a statement timeout', Object.assign(new Error('canceling statement'), { code: '57014' })],
    ['a wrapped driver error', { message: 'query failed', driverError: { code: 'ECONNRESET' } }],
    ['an attempt per address', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])],
  ])('recognises %s', (_, error) => {
    expect(databaseUnavailable(error)?.code).toBe('DATABASE_UNAVAILABLE');
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bug', new TypeError('undefined is not a function')],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(databaseUnavailable(error)).toBeNull();
  });

  it('sheds a caller once the queue for a connection is full, while the waiting ones give up at the connection timeout', async () => {
    // A pool whose one connection never completes: the second caller waits, the third is refused at once.
    const server = createServer(() => undefined).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const pool = new Pool({
      connectionString: `postgres://x@127.0.0.1:${port}/x`,
      max: 1,
      connectionTimeoutMillis: 2000,
    });
    pool.on('error', () => undefined);
    guardPool(pool, 1);
    try {
      const first = pool.connect().catch((e: unknown) => e);
      const second = pool.connect().catch((e: unknown) => e);
      const third = await pool.connect().catch((e: unknown) => e);
      expect(third).toBeInstanceOf(DatabaseUnavailable);
      expect(toProblem(third, 'r', 'en')).toMatchObject({ status: 503, headers: { 'retry-after': '2' } });
      expect((third as DatabaseUnavailable).code).toBe('DATABASE_BUSY');
      // The queued callers give up at the connection timeout, as unavailable, not as busy.
      for (const waited of await Promise.all([first, second])) {
        expect(databaseUnavailable(waited)?.code).toBe('DATABASE_UNAVAILABLE');
      }
    } finally {
      await pool.end().catch(() => undefined);
      server.close();
    }
  });
});
