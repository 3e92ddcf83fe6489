import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SessionValidator } from '../../../shared/http/session-validator';
import { AccountHooks } from '../application/account-hooks';

const CHANNEL = 'koprogo_sessions';
/** A safety net only: entries are dropped as soon as the database announces a change. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
const RECONNECT_MS = 1_000;

interface Entry {
  readonly organizationId: string | null;
  readonly expiresAt: number;
}

/**
 * Checks on each request that the account is active and its organization not suspended, without a database round
 * trip for every request: positive answers are cached, and dropped the moment the database announces a change to
 * the user or the organization (LISTEN/NOTIFY, so every instance hears it) or this process deactivates the account.
 * While the notification channel is down, every request asks the database.
 */
@Injectable()
export class CachedSessionValidator extends SessionValidator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Sessions');
  private readonly active = new Map<string, Entry>();
  private listener: Client | undefined;
  private listening = false;
  private closed = false;
  /** Bumped by every change heard: an answer read before a change is not cached after it. */
  private changes = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hooks: AccountHooks,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    this.hooks.onAccountClosed(async (userId) => this.forgetUser(userId));
    this.hooks.onOrganizationSuspended(async (organizationId) => this.forgetOrganization(organizationId));
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  async isActive(userId: string): Promise<boolean> {
    const cached = this.active.get(userId);
    if (cached && this.listening && cached.expiresAt > Date.now()) return true;
    const before = this.changes;
    const rows: Array<{ active: boolean | null; organization_id: string | null }> = await this.dataSource.query(
      'SELECT active, organization_id FROM app_session($1)',
      [userId],
    );
    const row = rows[0];
    if (row?.active !== true) {
      this.active.delete(userId);
      return false;
    }
    if (this.listening && this.changes === before) this.remember(userId, row.organization_id);
    return true;
  }

  private remember(userId: string, organizationId: string | null): void {
    if (this.active.size >= MAX_ENTRIES) this.active.clear();
    this.active.set(userId, { organizationId, expiresAt: Date.now() + TTL_MS });
  }

  private forgetUser(userId: string): void {
    this.changes++;
    this.active.delete(userId);
  }

  private forgetOrganization(organizationId: string): void {
    this.changes++;
    for (const [userId, entry] of this.active) if (entry.organizationId === organizationId) this.active.delete(userId);
  }

  private onNotification(payload: string | undefined): void {
    const [table, id] = (payload ?? '').split(':');
    if (table === 'users' && id) this.forgetUser(id);
    else if (table === 'organizations' && id) this.forgetOrganization(id);
    else this.forgetAll();
  }

  private forgetAll(): void {
    this.changes++;
    this.active.clear();
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.closed) return;
    const client = new Client({ connectionString: url, application_name: 'koprogo-sessions' });
    let gone = false;
    // Without the channel the cache could miss a change: it is emptied and bypassed until we listen again.
    const lost = (error?: unknown) => {
      if (gone) return;
      gone = true;
      if (this.listener === client) this.listener = undefined;
      this.listening = false;
      this.forgetAll();
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`Session notifications interrupted${error ? `: ${String(error)}` : ''}; retrying`);
      setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    client.on('notification', (message) => this.onNotification(message.payload));
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      this.listening = !gone;
    } catch (error) {
      lost(error);
    }
  }
}
