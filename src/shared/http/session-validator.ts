/**
 * Tells whether the user behind a verified access token may still act: the account is active and its organization
 * not suspended. Implemented by the identity context; checked on every authenticated request.
 */
export abstract class SessionValidator {
  abstract isActive(userId: string, organizationId: string | null): Promise<boolean>;
}
