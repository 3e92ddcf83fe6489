import { DomainError } from '../../../shared/domain/domain-error';

export class InvalidIdentityInput extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
}

export class WeakPassword extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'WEAK_PASSWORD';
  constructor() {
    super('A password has at least 12 characters');
  }
}

/**
 * E-mails are unique across the platform (they sign in), so a taken one must be refused; the answer is the same
 * whether the account is in the caller's organization or another's, and does not say which or that it exists.
 */
export class EmailAlreadyUsed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'EMAIL_NOT_AVAILABLE';
  constructor() {
    super('This email cannot be used for a new account; choose another');
  }
}

export class SlugAlreadyUsed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'SLUG_ALREADY_USED';
  constructor(slug: string) {
    super(`An organization already uses the slug "${slug}"`, { slug });
  }
}

export class RoleNotAssignable extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'ROLE_NOT_ASSIGNABLE';
  constructor(role: string) {
    super(`You may not give the role ${role}`, { role });
  }
}

export class UserAlreadyAnonymized extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'USER_ALREADY_ANONYMIZED';
  constructor() {
    super('This person has already been anonymised');
  }
}

export class ErasureNotAllowed extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'FORBIDDEN';
  constructor() {
    super('Only the person, their syndic or the platform administrator may erase an account');
  }
}
