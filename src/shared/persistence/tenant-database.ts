import { Injectable, Optional } from '@nestjs/common';
import { createHash } from 'node:crypto';
import * as pg from 'pg';
import { TenantPool } from './pool-options';
import { databaseUnavailable } from './database-unavailable';
import { rethrowTranslated } from './postgres-error';
import { PreparedStatements } from './prepared-statements';
import { ReadReplicas, replayGuard } from './replicas/read-replicas';
import { sql, Sql } from './sql';
import { asError, inTransaction, SqlReader, SqlTransaction } from './sql-transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The secret that signs the tenant claim (`app_tenant_key`), read from the database at start-up. */
export abstract class TenantKey {
  abstract readonly key: Buffer;
}

/**
 * Tenant data, as the unprivileged application role. Every statement runs under row-level security for one
 * organization: the transaction carries a claim `app.tenant = '<organization id>.<signature>'` that the policies
 * verify against a key the application role cannot read, so a statement that sets another organization (or any
 * other setting) sees nothing. Repositories still filter on `organization_id` themselves: the policy is the net.
 */
@Injectable()
export class TenantDatabase {
  private readonly claims = new Map<string, string>();
  private readonly prepared = new PreparedStatements();

  constructor(
    private readonly tenantPool: TenantPool,
    private readonly tenantKey: TenantKey,
    @Optional() private readonly replicas?: ReadReplicas,
  ) {}

  /**
   * Runs `work` in one transaction that sees only this organization's rows: for writes and locked reads. Always on
   * the primary; with read replicas, the organization's reads then go to a replica only once it has replayed the
   * commit (see ReadReplicas).
   */
  async transaction<T>(organizationId: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const opening = `BEGIN; ${this.setting(organizationId)}`;
    const result = await inTransaction(this.pool, opening, work).catch(rethrowTranslated);
    await this.replicas?.committed(organizationId);
    return result;
  }

  /**
   * Reads of this organization's rows, one round trip each: the tenant setting and the statement travel as one
   * simple-protocol query, which PostgreSQL runs as one implicit transaction (the setting ends with it; a failure
   * rolls it back and leaves the connection idle). For reads that need no lock and no snapshot shared between
   * statements (each statement of a READ COMMITTED transaction takes its own snapshot anyway).
   * In a GET or HEAD request, a read replica may answer them (see ReadReplicas); elsewhere the primary does.
   */
  reader(organizationId: string): SqlReader {
    const setting = this.setting(organizationId);
    return { rows: (statement) => this.read(organizationId, setting, statement) };
  }

  /**
   * One write statement in one round trip, as `reader` sends reads: it commits on its own, so it is for a write that
   * stands alone (an insert guarded by its constraints), never one that depends on rows read and locked first.
   * Returns the rows of a RETURNING clause.
   */
  async writeOnce<Row = Record<string, unknown>>(organizationId: string, statement: Sql): Promise<Row[]> {
    const rows = await this.oneRoundTrip<Row>(this.pool, this.setting(organizationId), statement);
    await this.replicas?.committed(organizationId);
    return rows;
  }

  /** Answers when the database does (readiness). */
  async ping(): Promise<void> {
    await this.pool.query(sql`SELECT 1`.text);
  }

  /** On a replica when one may answer; on the primary when none may, or when the chosen one fails to. */
  private async read<Row>(organizationId: string, setting: string, statement: Sql): Promise<Row[]> {
    const choice = this.replicas?.choose(organizationId);
    if (choice) {
      const { replica, atLeast } = choice;
      const prefix = atLeast === null ? setting : `${setting}\n${replayGuard(atLeast)}`;
      try {
        const rows = await this.oneRoundTrip<Row>(replica.pool, prefix, statement, false);
        if (atLeast !== null) this.replicas!.replayed(replica, atLeast);
        return rows;
      } catch (error) {
        if (!this.replicas!.retryOnPrimary(replica, error)) rethrowTranslated(error);
      }
    }
    return this.oneRoundTrip<Row>(this.pool, setting, statement);
  }

  /**
   * `prefix` (the tenant setting, a replica's guard) and the statement in one round trip, the statement prepared on
   * the connection once it is in use (PreparedStatements); the statement's rows. The connection goes back to the
   * pool after a failed statement (the implicit transaction has ended), and is dropped only when it broke.
   */
  private async oneRoundTrip<Row>(pool: pg.Pool, prefix: string, statement: Sql, translate = true): Promise<Row[]> {
    const client = await (translate ? pool.connect().catch(rethrowTranslated) : pool.connect());
    let broken: Error | undefined;
    try {
      const results = await this.prepared.run(client, prefix, statement);
      return (results[results.length - 1]?.rows ?? []) as Row[];
    } catch (error) {
      if (databaseUnavailable(error)) broken = asError(error);
      return translate ? rethrowTranslated(error) : Promise.reject(error);
    } finally {
      client.release(broken);
    }
  }

  /** `SET LOCAL app.tenant = '<id>.<signature>';`, signed once per organization and process. */
  private setting(organizationId: string): string {
    let claim = this.claims.get(organizationId);
    if (claim === undefined) {
      if (!UUID.test(organizationId)) throw new Error('tenant data needs an organization uuid (lowercase)');
      const signature = createHash('sha256').update(this.tenantKey.key).update(organizationId, 'utf8').digest('hex');
      claim = `SET LOCAL app.tenant = '${organizationId}.${signature}';`;
      if (this.claims.size > 10_000) this.claims.clear();
      this.claims.set(organizationId, claim);
    }
    return claim;
  }

  private get pool(): pg.Pool {
    return this.tenantPool.pool;
  }
}
