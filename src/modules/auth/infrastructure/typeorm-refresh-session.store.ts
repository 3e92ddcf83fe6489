import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { RefreshSessionRecord, RefreshSessionStore } from '../domain/refresh-session.store';

type NewSession = Omit<RefreshSessionRecord, 'rotatedAt' | 'revokedAt'>;

/** Refresh sessions belong to the platform: they are reached by token hash before any organization is known. */
@Injectable()
export class TypeOrmRefreshSessionStore extends RefreshSessionStore {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async create(session: NewSession): Promise<void> {
    await this.db.acrossOrganizations((manager) => insert(manager.query.bind(manager), session));
  }

  findByTokenHash(tokenHash: string): Promise<RefreshSessionRecord | null> {
    return this.db.acrossOrganizations(async (manager) => {
      const rows: Array<Record<string, unknown>> = await manager.query(
        `SELECT id, family_id, user_id, token_hash, expires_at, rotated_at, revoked_at FROM refresh_sessions WHERE token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        id: row.id as string,
        familyId: row.family_id as string,
        userId: row.user_id as string,
        tokenHash: row.token_hash as string,
        expiresAt: row.expires_at as Date,
        rotatedAt: (row.rotated_at as Date | null) ?? null,
        revokedAt: (row.revoked_at as Date | null) ?? null,
      };
    });
  }

  rotate(currentId: string, next: NewSession): Promise<boolean> {
    return this.db.acrossOrganizations(async (manager) => {
      const [, affected] = (await manager.query(
        `UPDATE refresh_sessions SET rotated_at = now() WHERE id = $1 AND rotated_at IS NULL AND revoked_at IS NULL`,
        [currentId],
      )) as [unknown, number];
      if (affected !== 1) return false;
      await insert(manager.query.bind(manager), next);
      return true;
    });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.db.acrossOrganizations((manager) =>
      manager.query(`UPDATE refresh_sessions SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]),
    );
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.db.acrossOrganizations((manager) =>
      manager.query(`UPDATE refresh_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]),
    );
  }
}

function insert(query: (sql: string, params: unknown[]) => Promise<unknown>, session: NewSession): Promise<unknown> {
  return query(
    `INSERT INTO refresh_sessions (id, family_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [session.id, session.familyId, session.userId, session.tokenHash, session.expiresAt],
  );
}
