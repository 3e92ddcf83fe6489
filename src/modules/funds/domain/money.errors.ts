import { DomainError } from '../../../shared/domain';

/** A fund field the HTTP layer let through but the rule refuses (400, naming the field). */
export class InvalidFund extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, message: string) {
    super(message, { field });
  }
}

export class DuplicateFundName extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'DUPLICATE_FUND_NAME';
  constructor(name: string) {
    super(`The building already has a fund named "${name}"`, { name });
  }
}

/** A call's due date before its call date (400 on dueDate). */
export class InvalidCall extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, message: string) {
    super(message, { field });
  }
}

/** Only a call nothing was paid of can be cancelled: a payment already allocated to it would lose its object. */
export class CallHasPayments extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'CALL_HAS_PAYMENTS';
  constructor() {
    super('Payments are allocated to this call: it can no longer be cancelled');
  }
}

export class CallAlreadyCancelled extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'CALL_CANCELLED';
  constructor() {
    super('This call for funds is already cancelled');
  }
}

/** A payment that names neither a known structured communication nor an owner: nobody to credit it to. */
export class PaymentUnidentified extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'PAYMENT_UNIDENTIFIED';
  constructor() {
    super('The payment names no known structured communication of this building and no owner: it cannot be allocated');
  }
}

/** The structured communication names another owner's call item than the owner the payment names. */
export class PaymentOwnerMismatch extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'PAYMENT_OWNER_MISMATCH';
  constructor() {
    super("The structured communication belongs to another owner's call than the owner named");
  }
}

/** Reminder letters asked for a day on which no owner of the building is in arrears: there is nothing to send. */
export class NoArrears extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'NO_ARREARS';
  constructor(asOf: string) {
    super(`No owner is in arrears on ${asOf}: there is no reminder to send`, { day: asOf });
  }
}
