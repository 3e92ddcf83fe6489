import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lsn } from './lsn';

/**
 * What the work in progress (one HTTP request) allows the tenant reads it sends. Outside any scope (start-up, jobs,
 * scripts) every read goes to the primary.
 */
export interface ReadScope {
  /** Reads may be served by a replica: the request is safe (GET, HEAD), so none of its reads decides a write. */
  readonly replicaAllowed: boolean;
  /** A write position the client has been told about and must see (header X-Koprogo-Min-Lsn). */
  readonly minLsn: Lsn | null;
  /** The highest position of a tenant write committed in this scope, told back to the client. */
  written: Lsn | null;
}

const scopes = new AsyncLocalStorage<ReadScope>();

export function currentReadScope(): ReadScope | undefined {
  return scopes.getStore();
}

/** Runs `work` (and everything it awaits) in `scope`. */
export function inReadScope<T>(scope: ReadScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** A scope whose reads may go to a replica: a safe request, or a test standing for one. */
export function replicaReads(minLsn: Lsn | null = null): ReadScope {
  return { replicaAllowed: true, minLsn, written: null };
}
