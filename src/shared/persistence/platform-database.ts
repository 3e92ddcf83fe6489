import { Injectable } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { PlatformPool } from './pool-options';
import { sql, type Sql } from './sql';
import { inTransaction, SqlReader, SqlTransaction } from './sql-transaction';

/**
 * Platform work that deliberately crosses organizations: sign-in by e-mail, refresh sessions, the audit log, the
 * superadmin's organizations, the demo data. It runs as a role of its own (`koprogo_platform`), on a small pool of
 * its own, so that nothing sent on the tenant pool can reach it: the application role is not a member of it and
 * cannot switch to it.
 */
/** The notification channels of the schema (triggers `pg_notify` on them). */
export type Channel = 'koprogo_sessions';

export interface Listening {
  close(): Promise<void>;
}

@Injectable()
export class PlatformDatabase implements SqlReader {
  constructor(private readonly platformPool: PlatformPool) {}

  /** One statement with bound parameters, in one round trip. */
  async rows<Row = Record<string, unknown>>(statement: Sql): Promise<Row[]> {
    const result = await this.pool.query(statement.text, [...statement.values]);
    return result.rows as Row[];
  }

  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, 'BEGIN', work);
  }

  /**
   * A connection of its own that hears the notifications of `channel` (every instance hears every change). `lost` is
   * called when it breaks; the caller decides whether to listen again.
   */
  async listen(
    channel: Channel,
    heard: (payload: string | undefined) => void,
    lost: (error?: unknown) => void,
  ): Promise<Listening> {
    const client = new Client({ connectionString: this.platformPool.url, application_name: `koprogo-${channel}` });
    client.on('notification', (message) => heard(message.payload));
    client.on('error', lost);
    client.on('end', () => lost());
    const close = () => client.end().catch(() => undefined);
    try {
      await client.connect();
      await client.query(sql`LISTEN ${sql.id(channel)}`.text);
    } catch (error) {
      await close();
      throw error;
    }
    return { close };
  }

  private get pool(): Pool {
    return this.platformPool.pool;
  }
}
