import type { Role } from '../domain/tenant';

/** Claims of the access token (JWT HS256, one hour). */
export interface AccessClaims {
  readonly sub: string;
  readonly role: Role;
  readonly organization_id: string | null;
  readonly jti: string;
  readonly iat?: number;
  readonly exp?: number;
}

export const ACCESS_TOKEN_TTL_SECONDS = 3600;
