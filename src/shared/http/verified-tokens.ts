import type { AccessClaims } from './access-token';

/**
 * Access tokens whose signature and claims were already checked, so that a client's token is verified once rather
 * than on each of its requests. Keyed by the whole token: only the exact string that was verified matches. An entry
 * is dropped when its token expires; past `capacity`, the oldest entries go first. Whether the account is still
 * current is not cached here: the guard asks the session validator on every request.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, AccessClaims>();

  constructor(
    private readonly capacity = 2000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The claims of a verified, unexpired token, or undefined. */
  get(token: string): AccessClaims | undefined {
    const claims = this.entries.get(token);
    if (claims === undefined) return undefined;
    if (claims.exp * 1000 <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Remembers a token the caller has just verified (the guard refuses tokens without an expiry). */
  remember(token: string, claims: AccessClaims): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, claims);
  }
}
