import { UsersAccountResponse } from './users-account.response';
import type { IssuedTokens } from '../../application/auth.service';
import { ApiInteger } from '../../../../shared/http/api-property.decorators';

export class TokenResponse {
  /**
   * JWT (HS256), valid one hour: `Authorization: Bearer <accessToken>`.
   * @example "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwYjZmM2MxZSJ9.c2lnbmF0dXJlLWV4YW1wbGU"
   */
  accessToken!: string;
  /**
   * Opaque, valid seven days, works once (rotation).
   * @example "3q2-7wEAAAB3y8N0bHmVxPq1kR5tZC9uLmEXAMPLE"
   */
  refreshToken!: string;
  /** @example "Bearer" */
  tokenType!: 'Bearer';
  /** Seconds until the access token expires. */
  @ApiInteger({ example: 3600 })
  expiresIn!: number;
  user!: UsersAccountResponse;

  static from(tokens: IssuedTokens): TokenResponse {
    return { ...tokens, user: UsersAccountResponse.from(tokens.user) };
  }
}
