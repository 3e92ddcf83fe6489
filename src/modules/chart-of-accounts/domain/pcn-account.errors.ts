import { DomainError } from '../../../shared/domain/domain-error';

/** A field of a chart account breaks a rule: 400 naming the field. */
export class InvalidPcnAccount extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** Account codes are unique per organization and never change. */
export class PcnAccountAlreadyExists extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PCN_ACCOUNT_EXISTS';
  constructor(code: string) {
    super(`The chart of accounts already has the code ${code}`, { accountCode: code });
  }
}
