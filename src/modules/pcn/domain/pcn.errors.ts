import { DomainError } from '../../../shared/domain/domain-error';

/** A field of a chart account or a report query breaks a rule: 400 naming the field. */
export class InvalidPcnInput extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** The report period ends before it starts. */
export class InvalidPcnPeriod extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_PERIOD';
  constructor(from: string, to: string) {
    super(`The period starts after it ends (${from} > ${to})`, { field: 'from', from, to });
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
