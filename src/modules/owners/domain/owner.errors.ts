import { DomainError } from '../../../shared/domain';

export class InvalidOwner extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_OWNER';
  constructor(field: string, reason: string) {
    super(`Invalid owner ${field}: ${reason}`, { field });
  }
}

export class DuplicateOwnerEmail extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'DUPLICATE_OWNER_EMAIL';
  constructor() {
    super('Another owner of the organization already uses this email');
  }
}

export class OwnerHasOwnerships extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'OWNER_HAS_OWNERSHIPS';
  constructor() {
    super('The owner holds or held shares of units: deleting it would lose that history');
  }
}

/** Calls for funds and payments of the owner are accounting facts: they keep the owner (GDPR erasure anonymises). */
export class OwnerHasPayments extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'OWNER_HAS_PAYMENTS';
  constructor() {
    super('The owner has calls for funds or payments (accounting history): deleting it would lose that history');
  }
}

/** Civil Code art. 3.87 §10: convocations, attendance and ballots are the record of an assembly and are kept. */
export class OwnerHasAssemblyRecords extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'OWNER_HAS_ASSEMBLY_RECORDS';
  constructor() {
    super(
      'The owner was convoked to, attended or voted at a general assembly (its record is kept): it cannot be deleted',
    );
  }
}

export class OwnerUserAlreadyLinked extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'OWNER_USER_ALREADY_LINKED';
  constructor() {
    super('This user account is already linked to another owner');
  }
}

export class UserIsNotAnOwner extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'USER_NOT_OWNER_ROLE';
  constructor() {
    super('Only an active user account with the owner role can be linked to an owner');
  }
}

export class ConsentInFuture extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'CONSENT_IN_FUTURE';
  constructor(givenOn: string) {
    super(`A consent is recorded once given: ${givenOn} is in the future`, { givenOn });
  }
}

export class ConsentBeforeWithdrawal extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'CONSENT_BEFORE_WITHDRAWAL';
  constructor(withdrawnOn: string) {
    super(`The owner withdrew an earlier consent on ${withdrawnOn}: a new consent is given on that day or later`, {
      withdrawnOn,
    });
  }
}
