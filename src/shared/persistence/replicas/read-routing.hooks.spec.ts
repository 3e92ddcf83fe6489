import Fastify from 'fastify';
import { parseLsn } from './lsn';
import { MIN_LSN_HEADER, routeReads } from './read-routing.hooks';
import { currentReadScope } from './read-scope';

describe('routing the reads of a request', () => {
  async function app() {
    const fastify = Fastify();
    routeReads(fastify);
    const scope = async () => {
      await new Promise((resolve) => setImmediate(resolve)); // the scope survives awaits
      const current = currentReadScope();
      return { replicaAllowed: current?.replicaAllowed ?? null, minLsn: current?.minLsn?.toString() ?? null };
    };
    fastify.get('/read', scope);
    fastify.post('/write', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      currentReadScope()!.written = parseLsn('0/3000060');
      return scope();
    });
    fastify.post('/nothing', scope);
    return fastify;
  }

  it('lets the reads of a GET go to a replica, and keeps those of any other method on the primary', async () => {
    const fastify = await app();
    expect((await fastify.inject({ method: 'GET', url: '/read' })).json()).toEqual({
      replicaAllowed: true,
      minLsn: null,
    });
    const post = await fastify.inject({ method: 'POST', url: '/nothing', payload: { a: 1 } });
    expect(post.json()).toEqual({ replicaAllowed: false, minLsn: null });
    expect(post.headers[MIN_LSN_HEADER]).toBeUndefined();
  });

  it('answers the position of a committed write, and reads the one a client sends back', async () => {
    const fastify = await app();
    const write = await fastify.inject({ method: 'POST', url: '/write', payload: { a: 1 } });
    expect(write.headers[MIN_LSN_HEADER]).toBe('0/3000060');
    const read = await fastify.inject({ method: 'GET', url: '/read', headers: { [MIN_LSN_HEADER]: '0/3000060' } });
    expect(read.json()).toEqual({ replicaAllowed: true, minLsn: String(0x3000060) });
    const forged = await fastify.inject({ method: 'GET', url: '/read', headers: { [MIN_LSN_HEADER]: "0/1'; DROP" } });
    expect(forged.json()).toEqual({ replicaAllowed: true, minLsn: null });
  });
});
