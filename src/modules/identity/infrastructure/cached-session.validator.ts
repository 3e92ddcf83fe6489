import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { SessionValidator } from '../../../shared/http/session-validator';
import { Channel, Listening, PlatformDatabase } from '../../../shared/persistence/platform-database';
import { sql } from '../../../shared/persistence/sql';
import { AccountHooks } from '../application/account-hooks';

const CHANNEL: Channel = 'koprogo_sessions';
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
  private listener: Listening | undefined;
  private listening = false;
  private closed = false;
  /** Bumped by every change heard: an answer read before a change is not cached after it. */
  private changes = 0;

  constructor(
    private readonly platform: PlatformDatabase,
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
    await this.listener?.close();
  }

  async isActive(userId: string): Promise<boolean> {
    const cached = this.active.get(userId);
    if (cached && this.listening && cached.expiresAt > Date.now()) return true;
    const before = this.changes;
    const rows = await this.platform.rows<{ active: boolean | null; organization_id: string | null }>(
      sql`SELECT active, organization_id FROM app_session(${userId})`,
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
    if (this.closed) return;
    let gone = false;
    let channel: Listening | undefined;
    // Without the channel the cache could miss a change: it is emptied and bypassed until we listen again.
    const lost = (error?: unknown) => {
      if (gone) return;
      gone = true;
      if (channel && this.listener === channel) this.listener = undefined;
      this.listening = false;
      this.forgetAll();
      void channel?.close();
      if (this.closed) return;
      this.logger.warn(`Session notifications interrupted${error ? `: ${String(error)}` : ''}; retrying`);
      setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    try {
      channel = await this.platform.listen(CHANNEL, (payload) => this.onNotification(payload), lost);
      this.listener = channel;
      this.listening = !gone;
    } catch (error) {
      lost(error);
    }
  }
}
