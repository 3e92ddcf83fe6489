export interface RefreshSessionRecord {
  readonly id: string;
  /** Every token descending from one sign-in shares the family of the first. */
  readonly familyId: string;
  readonly userId: string;
  readonly tokenHash: string;
  readonly expiresAt: Date;
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** Refresh tokens are stored only as SHA-256 hashes. */
export abstract class RefreshSessionStore {
  abstract create(session: Omit<RefreshSessionRecord, 'rotatedAt' | 'revokedAt'>): Promise<void>;
  abstract findByTokenHash(tokenHash: string): Promise<RefreshSessionRecord | null>;
  /**
   * Marks `current` rotated and stores `next`, atomically: false when `current` was rotated or revoked meanwhile
   * (two refreshes racing with the same token: only one wins).
   */
  abstract rotate(currentId: string, next: Omit<RefreshSessionRecord, 'rotatedAt' | 'revokedAt'>): Promise<boolean>;
  abstract revokeFamily(familyId: string): Promise<void>;
  abstract revokeAllOf(userId: string): Promise<void>;
}
