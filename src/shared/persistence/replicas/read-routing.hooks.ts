import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatLsn, parseLsn } from './lsn';
import { inReadScope, ReadScope } from './read-scope';

/** Sent with every response to a request that committed a tenant write; clients send it back to read that write. */
export const MIN_LSN_HEADER = 'x-koprogo-min-lsn';

/** Methods that change nothing (RFC 9110 §9.2.1): their reads may be served by a replica. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Routes each request's tenant reads. A GET or HEAD reads from a replica (when one is configured and up to date for
 * the organization); any other method reads from the primary, because what it reads decides what it writes. A client
 * that wrote through another instance sends the position it was answered (X-Koprogo-Min-Lsn) and is served by a
 * replica only once that replica has replayed it. Set in preHandler, after the body is read, so the scope reaches
 * the guard, the pipes and the handler.
 */
export function routeReads(fastify: FastifyInstance): void {
  const scopeOf = new WeakMap<FastifyRequest, ReadScope>();
  fastify.addHook('preHandler', (request, _reply, done) => {
    const header = request.headers[MIN_LSN_HEADER];
    const scope: ReadScope = {
      replicaAllowed: SAFE_METHODS.has(request.method),
      minLsn: typeof header === 'string' ? parseLsn(header) : null,
      written: null,
    };
    scopeOf.set(request, scope);
    inReadScope(scope, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const written = scopeOf.get(request)?.written;
    if (written) void reply.header(MIN_LSN_HEADER, formatLsn(written));
    done(null, payload);
  });
}
