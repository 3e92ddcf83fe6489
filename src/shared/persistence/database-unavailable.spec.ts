import { createServer } from 'node:net';
import { Client } from 'pg';
import { toProblem } from '../http/problem';
import { databaseUnavailable } from './database-unavailable';

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
    ['a wrapped driver error', new Error('query failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })],
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
});
