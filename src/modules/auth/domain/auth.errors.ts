import { DomainError } from '../../../shared/domain/domain-error';

/** Kept deliberately vague: the same answer for an unknown email, a wrong password or a disabled account. */
export class InvalidCredentials extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Email or password is wrong');
  }
}

export class InvalidRefreshToken extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'INVALID_REFRESH_TOKEN';
  constructor() {
    super('The refresh token is not valid');
  }
}

export class TooManyLoginAttempts extends DomainError {
  readonly kind = 'rate_limited';
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super('Too many failed sign-ins; try again later', { retryAfter: retryAfterSeconds });
  }
}
