import type { Role } from '../domain/tenant';

/** What a verified access token says about its holder, to be compared with the account as it is now. */
export interface TokenHolder {
  readonly userId: string;
  readonly role: Role;
  readonly organizationId: string | null;
  /** The sign-in (refresh-session family) that issued the token. */
  readonly sessionId: string;
}

/**
 * Tells whether the holder of a verified access token may still act: the account is active, its organization not
 * suspended, its role and organization still those the token names, and its sign-in not ended. Implemented by the
 * identity context; checked on every authenticated request.
 */
export abstract class SessionValidator {
  abstract isCurrent(holder: TokenHolder): Promise<boolean>;
}
