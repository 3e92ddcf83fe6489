import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Role } from '../../../shared/domain/tenant';
import { SessionValidator, TokenHolder } from '../../../shared/http/session-validator';
import { Channel, Listening, PlatformDatabase } from '../../../shared/persistence/platform-database';
import { sql } from '../../../shared/persistence/sql';
import { AccountHooks } from '../application/account-hooks';

const CHANNEL: Channel = 'koprogo_sessions';
/** A safety net only: entries are dropped as soon as the database announces a change. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
const RECONNECT_MS = 1_000;

interface SessionRow {
  active: boolean | null;
  organization_id: string | null;
  role: Role;
  signed_in: boolean | null;
}

/** A token issued before a change of role or organization no longer speaks for the account. */
const matches = (entry: Entry, holder: TokenHolder): boolean =>
  entry.role === holder.role && entry.organizationId === holder.organizationId;

interface Entry {
  readonly organizationId: string | null;
  readonly role: Role;
  readonly expiresAt: number;
}

/**
 * Checks on each request that the account is active, its organization not suspended, its role and organization those
 * of the token, and the token's sign-in not ended, without a database round trip for every request: positive
 * answers are cached per account and sign-in, and dropped the moment the database announces a change to the user,
 * the organization or the sign-in (LISTEN/NOTIFY, so every instance hears it) or this process makes one. While the
 * notification channel is down, every request asks the database.
 */
@Injectable()
export class CachedSessionValidator extends SessionValidator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Sessions');
  /** userId → sessionId → the account as it was when that sign-in was last found current. */
  private readonly current = new Map<string, Map<string, Entry>>();
  /** sessionId → userId, to drop a sign-in without scanning every account. */
  private readonly owners = new Map<string, string>();
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
    this.hooks.onAccountChanged(async (userId) => this.forgetUser(userId));
    this.hooks.onOrganizationSuspended(async (organizationId) => this.forgetOrganization(organizationId));
    this.hooks.onSessionEnded(async (sessionId) => this.forgetSession(sessionId));
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.listener?.close();
  }

  async isCurrent(holder: TokenHolder): Promise<boolean> {
    const cached = this.current.get(holder.userId)?.get(holder.sessionId);
    if (cached && this.listening && cached.expiresAt > Date.now()) return matches(cached, holder);
    const before = this.changes;
    const rows = await this.platform.rows<SessionRow>(
      sql`SELECT active, organization_id, role, signed_in FROM app_session(${holder.userId}, ${holder.sessionId})`,
    );
    const row = rows[0];
    if (row?.active !== true || row.signed_in !== true) {
      this.forgetSession(holder.sessionId);
      return false;
    }
    const entry: Entry = { organizationId: row.organization_id, role: row.role, expiresAt: Date.now() + TTL_MS };
    if (this.listening && this.changes === before) this.remember(holder, entry);
    return matches(entry, holder);
  }

  private remember(holder: TokenHolder, entry: Entry): void {
    if (this.owners.size >= MAX_ENTRIES) this.forgetAll();
    let sessions = this.current.get(holder.userId);
    if (!sessions) this.current.set(holder.userId, (sessions = new Map()));
    sessions.set(holder.sessionId, entry);
    this.owners.set(holder.sessionId, holder.userId);
  }

  private forgetUser(userId: string): void {
    this.changes++;
    for (const sessionId of this.current.get(userId)?.keys() ?? []) this.owners.delete(sessionId);
    this.current.delete(userId);
  }

  private forgetSession(sessionId: string): void {
    this.changes++;
    const userId = this.owners.get(sessionId);
    if (userId === undefined) return;
    this.owners.delete(sessionId);
    const sessions = this.current.get(userId);
    sessions?.delete(sessionId);
    if (sessions?.size === 0) this.current.delete(userId);
  }

  private forgetOrganization(organizationId: string): void {
    this.changes++;
    for (const [userId, sessions] of this.current) {
      const first = sessions.values().next();
      if (!first.done && first.value.organizationId === organizationId) this.forgetUser(userId);
    }
  }

  private onNotification(payload: string | undefined): void {
    const [table, id] = (payload ?? '').split(':');
    if (table === 'users' && id) this.forgetUser(id);
    else if (table === 'refresh_sessions' && id) this.forgetSession(id);
    else if (table === 'organizations' && id) this.forgetOrganization(id);
    else this.forgetAll();
  }

  private forgetAll(): void {
    this.changes++;
    this.current.clear();
    this.owners.clear();
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
