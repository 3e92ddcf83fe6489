import { Injectable } from '@nestjs/common';
import { PlatformDatabase } from '../../../shared/persistence/platform-database';
import { sql } from '../../../shared/persistence/sql';
import { column, table } from '../../../shared/persistence/table';
import { RefreshSessionRecord, RefreshSessionStore } from '../domain/refresh-session.store';

type NewSession = Omit<RefreshSessionRecord, 'rotatedAt' | 'revokedAt'>;

const sessions = table<RefreshSessionRecord>('refresh_sessions', 's', {
  id: column('id'),
  familyId: column('family_id'),
  userId: column('user_id'),
  tokenHash: column('token_hash'),
  expiresAt: column('expires_at'),
  rotatedAt: column('rotated_at'),
  revokedAt: column('revoked_at'),
});

const fresh = (session: NewSession): RefreshSessionRecord => ({ ...session, rotatedAt: null, revokedAt: null });

/**
 * Refresh sessions belong to the platform: they are reached by token hash before any organization is known, and the
 * application role cannot read them.
 */
@Injectable()
export class PostgresRefreshSessionStore extends RefreshSessionStore {
  constructor(private readonly platform: PlatformDatabase) {
    super();
  }

  async create(session: NewSession): Promise<void> {
    await this.platform.rows(sessions.insert([fresh(session)]));
  }

  async findByTokenHash(tokenHash: string): Promise<RefreshSessionRecord | null> {
    const [row] = await this.platform.rows(
      sql`SELECT ${sessions.columns} FROM ${sessions.from} WHERE s.token_hash = ${tokenHash}`,
    );
    return row ? sessions.fromRow(row) : null;
  }

  /** Marks the current session rotated and starts the next, unless another request rotated it first. */
  rotate(currentId: string, next: NewSession): Promise<boolean> {
    return this.platform.transaction(async (tx) => {
      const rotated = await tx.execute(
        sql`UPDATE refresh_sessions SET rotated_at = now() WHERE id = ${currentId} AND rotated_at IS NULL AND revoked_at IS NULL`,
      );
      if (rotated !== 1) return false;
      await tx.execute(sessions.insert([fresh(next)]));
      return true;
    });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.platform.rows(
      sql`UPDATE refresh_sessions SET revoked_at = now() WHERE family_id = ${familyId} AND revoked_at IS NULL`,
    );
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.platform.rows(
      sql`UPDATE refresh_sessions SET revoked_at = now() WHERE user_id = ${userId} AND revoked_at IS NULL`,
    );
  }
}
