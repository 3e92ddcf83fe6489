import { DomainError } from '../../../shared/domain/domain-error';

/** A field of a report query breaks a rule: 400 naming the field. */
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
