import { UsersAccountResponse } from './users-account.response';
import type { IssuedTokens } from '../../application/auth.service';
import { ApiInteger } from '../../../../shared/http/api-property.decorators';

export class TokenResponse {
  /** JWT (HS256), valid one hour: `Authorization: Bearer <accessToken>`. */
  accessToken!: string;
  /** Opaque, valid seven days, works once (rotation). */
  refreshToken!: string;
  tokenType!: 'Bearer';
  /** Seconds until the access token expires. */
  @ApiInteger()
  expiresIn!: number;
  user!: UsersAccountResponse;

  static from(tokens: IssuedTokens): TokenResponse {
    return { ...tokens, user: UsersAccountResponse.from(tokens.user) };
  }
}
