import { UsersAccountResponse } from './users-account.response';
import type { IssuedTokens } from '../../application/auth.service';

export class TokenResponse {
  /** JWT (HS256), valid one hour: `Authorization: Bearer <accessToken>`. */
  accessToken!: string;
  /** Opaque, valid seven days, works once (rotation). */
  refreshToken!: string;
  tokenType!: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn!: number;
  user!: UsersAccountResponse;

  static from(tokens: IssuedTokens): TokenResponse {
    return { ...tokens, user: UsersAccountResponse.from(tokens.user) };
  }
}
