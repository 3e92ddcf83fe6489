import type { Role } from '../domain/tenant';

/**
 * Claims of the access token (JWT HS256, one hour). `sid` names the sign-in (the refresh-session family) the token
 * was issued for: signing out or a reused refresh token ends that sign-in, and with it every access token it issued.
 */
export interface AccessClaims {
  readonly sub: string;
  readonly role: Role;
  readonly organization_id: string | null;
  readonly sid: string;
  readonly jti: string;
  readonly iat: number;
  readonly exp: number;
}

export const ACCESS_TOKEN_TTL_SECONDS = 3600;
