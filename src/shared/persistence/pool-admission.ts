import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool } from 'pg';
import { DatabaseUnavailable } from './database-unavailable';

/**
 * One caller of the database, usually one HTTP request: however many connections it asks for (a report reads a few
 * things in parallel), it waits in a pool's queue as one caller, and once it got past the door it is never refused
 * half-way through its work.
 */
class DatabaseCaller {
  /** Per pool: connection requests of this caller not yet answered, and whether the pool admitted it. */
  readonly pools = new WeakMap<Pool, { pending: number; admitted: boolean }>();
}

const currentCaller = new AsyncLocalStorage<DatabaseCaller>();

/**
 * Runs `work` (and everything it starts) as one caller of the database, for load shedding (see guardPool). Outside
 * such a scope (start-up, scripts, timers), every connection request counts as a caller of its own.
 */
export function asOneDatabaseCaller<T>(work: () => T): T {
  return currentCaller.run(new DatabaseCaller(), work);
}

/** Seconds after which a refused client should try again. */
const RETRY_AFTER_BUSY_S = 2;

type ConnectCallback = (error: Error | undefined, ...rest: unknown[]) => void;
type Connect = (callback?: ConnectCallback) => unknown;

/**
 * Load shedding: when every connection of the pool is busy and `queueMax` callers already wait for one, a new caller
 * is refused at once with DATABASE_BUSY instead of joining a queue it would wait in for seconds. Callers, not
 * connection requests, are counted: a request that reads three things in parallel is one caller, and a caller already
 * admitted (waiting, or served before) is never refused. The waiters keep their place; each waits at most the pool's
 * connection timeout. `pg` has no such limit: its `connect` is wrapped, which `pool.query` and the transactions use too.
 */
export function guardPool(pool: Pool, queueMax: number): void {
  const connect = pool.connect.bind(pool) as Connect;
  const max = (pool.options as { max?: number }).max ?? 10;
  /** Callers with at least one connection request not yet answered (an anonymous request counts as one). */
  let waitingCallers = 0;
  const full = () => waitingCallers >= queueMax && pool.idleCount === 0 && pool.totalCount >= max;

  (pool as unknown as { connect: Connect }).connect = (callback?: ConnectCallback) => {
    const caller = currentCaller.getStore();
    let state = caller?.pools.get(pool);
    if (!state?.admitted && full()) return refuse(callback, waitingCallers);
    if (caller && !state) caller.pools.set(pool, (state = { pending: 0, admitted: true }));
    if (!state || state.pending++ === 0) waitingCallers++;
    let answered = false;
    const settle = () => {
      if (answered) return;
      answered = true;
      if (!state || --state.pending === 0) waitingCallers--;
    };
    if (callback) {
      return connect((error, ...rest) => {
        settle();
        callback(error, ...rest);
      });
    }
    return (connect() as Promise<unknown>).finally(settle);
  };
}

function refuse(callback: ConnectCallback | undefined, waiting: number): unknown {
  const error = new DatabaseUnavailable(
    'DATABASE_BUSY',
    RETRY_AFTER_BUSY_S,
    `Every database connection is busy and ${waiting} requests already wait for one`,
  );
  if (!callback) return Promise.reject(error);
  process.nextTick(() => callback(error));
  return undefined;
}
