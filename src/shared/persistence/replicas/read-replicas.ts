import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool, QueryConfig } from 'pg';
import { databaseUnavailable } from '../database-unavailable';
import { sql } from '../sql';
import { formatLsn, Lsn, parseLsn } from './lsn';
import { currentReadScope } from './read-scope';

export interface ReplicaSettings {
  /** Connection URLs of the streaming replicas, as the application role. */
  readonly urls: readonly string[];
  /** A replica further behind the primary than this serves no read (DATABASE_REPLICA_MAX_LAG_MS). */
  readonly maxLagMs: number;
  /** How often each instance asks the replicas how far they have replayed (DATABASE_REPLICA_CHECK_MS). */
  readonly checkIntervalMs: number;
  readonly poolMax: number;
  readonly connectTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
}

/** One replica, as last seen by the check. */
export interface Replica {
  readonly name: string;
  readonly pool: Pool;
  /** The WAL position it has replayed; null while unreachable or not (or no longer) a standby. */
  replayed: Lsn | null;
  /** How far behind the primary it was at the check, in ms (Infinity: unknown). */
  lagMs: number;
  checkedAt: number;
}

/** A read sent to a replica, and the position that replica must have replayed for it (checked by `replayGuard`). */
export interface ReplicaRead {
  readonly replica: Replica;
  readonly atLeast: Lsn | null;
}

/** division_by_zero: what `replayGuard` raises on a replica that has not replayed far enough. */
const BEHIND = '22012';

/**
 * A statement that fails (division by zero) on a server that has not replayed `lsn`, sent before a read in the same
 * round trip: the read then takes its snapshot after that replay, or is not run at all.
 */
export function replayGuard(lsn: Lsn): string {
  return `SELECT 1 / coalesce(pg_last_wal_replay_lsn() >= '${formatLsn(lsn)}'::pg_lsn, false)::int;`;
}

interface Sample {
  readonly at: number;
  readonly lsn: Lsn;
}

/** A write whose position is unknown (the question failed): its organization reads from the primary for a while. */
const UNKNOWN = (1n << 64n) - 1n;
const CHECK_TIMEOUT_MS = 1_000;
/** pg reads a per-query `query_timeout` that its type definitions do not list. */
const REPLAYED: QueryConfig & { query_timeout: number } = {
  text: sql`SELECT pg_last_wal_replay_lsn()::text AS replayed, pg_is_in_recovery() AS standby`.text,
  query_timeout: CHECK_TIMEOUT_MS,
};

/**
 * The read replicas of the tenant database and the rule that picks one for a read:
 *  - only in a scope that allows it (a GET or HEAD request, see routeReads);
 *  - only a replica that answered its last check and was at most `maxLagMs` behind (its lag grows with the time since
 *    that check, so a replica that stops answering is dropped within `maxLagMs`);
 *  - read-your-writes: after a tenant write commits, the primary's WAL position is kept for its organization, and the
 *    organization's reads stay on the primary until the replica has replayed it. The position is also answered in
 *    X-Koprogo-Min-Lsn, so a client whose next read reaches another instance brings it along. The kept positions are
 *    forgotten after `maxLagMs`: by then every replica still in use has replayed them.
 * The lag is measured without clocks on the database side: each check samples the primary's current position, and a
 * replica's lag is the age of the newest sample it has replayed.
 */
export class ReadReplicas implements OnApplicationShutdown {
  private readonly replicas: Replica[];
  private readonly writes = new Map<string, { lsn: Lsn; at: number }>();
  private samples: Sample[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private queued: Promise<Lsn> | undefined;
  private stopped = false;
  private readonly problems = new Map<Replica, string>();
  private readonly logger = new Logger('ReadReplicas');

  constructor(
    private readonly settings: ReplicaSettings,
    private readonly primary: Pool,
  ) {
    this.replicas = settings.urls.map((url) => ({
      name: new URL(url).host,
      pool: replicaPool(url, settings),
      replayed: null,
      lagMs: Infinity,
      checkedAt: 0,
    }));
    for (const replica of this.replicas) replica.pool.on('error', () => this.lost(replica));
    if (this.enabled) this.schedule(0);
  }

  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  /** The replica to send this organization's read to, or undefined for the primary. */
  choose(organizationId: string): ReplicaRead | undefined {
    const scope = currentReadScope();
    if (!this.enabled || !scope?.replicaAllowed) return undefined;
    const now = Date.now();
    let needed = scope.minLsn ?? 0n;
    const write = this.writes.get(organizationId);
    if (write) {
      if (now - write.at > this.settings.maxLagMs) this.writes.delete(organizationId);
      else if (write.lsn > needed) needed = write.lsn;
    }
    let behind: Replica | undefined;
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[(this.next = (this.next + 1) % this.replicas.length)]!;
      if (!this.usable(replica, now)) continue;
      if (replica.replayed! >= needed) return { replica, atLeast: null };
      behind ??= replica;
    }
    // None was seen to have replayed the write at its last check, but one within the bound most likely has by now
    // (a replica replays in milliseconds): the read asks it first, in the same round trip, and goes to the primary
    // if not.
    return behind && needed !== UNKNOWN ? { replica: behind, atLeast: needed } : undefined;
  }

  /** A read that required `lsn` was answered by `replica`: it has replayed that far. */
  replayed(replica: Replica, lsn: Lsn): void {
    if (replica.replayed !== null && replica.replayed < lsn) replica.replayed = lsn;
  }

  /**
   * After a tenant write has committed: keeps the primary's position for the organization (and for the client's
   * answer). Never fails: a position that cannot be read sends the organization's reads to the primary for a while.
   */
  async committed(organizationId: string): Promise<void> {
    if (!this.enabled) return;
    const at = Date.now();
    const lsn = await this.primaryPosition().catch(() => UNKNOWN);
    const known = this.writes.get(organizationId);
    if (!known || known.lsn < lsn) this.writes.set(organizationId, { lsn, at });
    else known.at = at;
    const scope = currentReadScope();
    if (scope && lsn !== UNKNOWN && (scope.written === null || scope.written < lsn)) scope.written = lsn;
  }

  /**
   * A read on `replica` failed: true when it should be sent to the primary instead (the replica is unreachable or
   * overloaded, or cancelled the read because of a conflict with recovery). An unreachable one is set aside until
   * its next check answers.
   */
  retryOnPrimary(replica: Replica, error: unknown): boolean {
    const code = (error as { code?: unknown }).code;
    if (code === BEHIND || code === '40001' || code === '25006') return true;
    if (!databaseUnavailable(error)) return false;
    this.lost(replica);
    return true;
  }

  /** Checks every replica now (the tests; the timer does it every `checkIntervalMs`). */
  async check(): Promise<void> {
    const at = Date.now();
    const [primary] = await Promise.allSettled([this.primaryPosition()]);
    if (primary.status === 'fulfilled') {
      this.samples.push({ at, lsn: primary.value });
      this.samples = this.samples.filter((sample) => at - sample.at <= 2 * this.settings.maxLagMs + 1_000).slice(-256);
    }
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, at)));
    for (const [organizationId, write] of this.writes) {
      if (at - write.at > this.settings.maxLagMs) this.writes.delete(organizationId);
    }
  }

  /** What the replicas looked like at their last check (logs, the cluster report). */
  status(): { name: string; replayed: Lsn | null; lagMs: number }[] {
    return this.replicas.map(({ name, replayed, lagMs }) => ({ name, replayed, lagMs }));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.pool.end().catch(() => undefined)));
  }

  private usable(replica: Replica, now: number): boolean {
    return replica.replayed !== null && replica.lagMs + (now - replica.checkedAt) <= this.settings.maxLagMs;
  }

  private async checkReplica(replica: Replica, at: number): Promise<void> {
    let problem: string | null = null;
    try {
      const result = await replica.pool.query<{ replayed: string | null; standby: boolean }>(REPLAYED);
      const row = result.rows[0];
      // A promoted replica has left the primary's timeline: it serves no read of this primary's data.
      replica.replayed = row?.standby ? parseLsn(row.replayed) : null;
      if (!row?.standby) problem = 'is not a standby (promoted?)';
    } catch (error) {
      replica.replayed = null;
      problem = `cannot be reached: ${error instanceof Error ? error.message : String(error)}`;
    }
    replica.checkedAt = at;
    replica.lagMs = this.lagOf(replica.replayed, at);
    if (!problem && replica.lagMs > this.settings.maxLagMs)
      problem = `is more than ${this.settings.maxLagMs} ms behind`;
    this.report(replica, problem);
  }

  /** One warning when a replica stops serving reads, one line when it serves them again. */
  private report(replica: Replica, problem: string | null): void {
    const was = this.problems.get(replica);
    if (problem && was === undefined) {
      this.problems.set(replica, problem);
      this.logger.warn(`Read replica ${replica.name} ${problem}: its reads go to the primary`);
    } else if (!problem && was !== undefined) {
      this.problems.delete(replica);
      this.logger.log(`Read replica ${replica.name} serves reads again`);
    }
  }

  /** The age, at `at`, of the newest primary sample the replica has replayed. */
  private lagOf(replayed: Lsn | null, at: number): number {
    if (replayed === null) return Infinity;
    for (let i = this.samples.length - 1; i >= 0; i--) {
      const sample = this.samples[i]!;
      if (sample.lsn <= replayed) return Math.max(0, at - sample.at);
    }
    return Infinity;
  }

  private lost(replica: Replica): void {
    replica.replayed = null;
    replica.lagMs = Infinity;
  }

  /**
   * The primary's current WAL position, asked after every commit that requested it: the requests of one tick share
   * one question, sent after all of them committed, so its answer is at or past each of their commit records. The
   * insert position, not the write position: with `synchronous_commit = off` a commit returns before its record is
   * written, and the replica must have replayed the record itself.
   */
  private primaryPosition(): Promise<Lsn> {
    return (this.queued ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      this.queued = undefined;
      const result = await this.primary.query<{ lsn: string }>(
        sql`SELECT pg_current_wal_insert_lsn()::text AS lsn`.text,
      );
      const lsn = parseLsn(result.rows[0]?.lsn);
      if (lsn === null) throw new Error('The primary did not answer its WAL position');
      return lsn;
    }));
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule(this.settings.checkIntervalMs));
    }, delay);
    this.timer.unref();
  }
}

function replicaPool(url: string, settings: ReplicaSettings): Pool {
  return new Pool({
    connectionString: url,
    application_name: 'koprogo-replica-reads',
    max: settings.poolMax,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    connectionTimeoutMillis: settings.connectTimeoutMs ?? CHECK_TIMEOUT_MS * 2,
    ...(settings.statementTimeoutMs && {
      statement_timeout: settings.statementTimeoutMs,
      query_timeout: settings.statementTimeoutMs + 2_000,
    }),
  });
}
