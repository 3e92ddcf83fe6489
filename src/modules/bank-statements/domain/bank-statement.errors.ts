import { DomainError } from '@shared/domain';

/** The file is neither a CODA nor a CAMT.053 statement (recognised from its content, never its name). */
export class UnknownStatementFormat extends DomainError {
  readonly kind = 'unsupported_media_type';
  readonly code = 'STATEMENT_FORMAT_UNKNOWN';
  constructor() {
    super('The file is neither a CODA nor an ISO 20022 CAMT.053 bank statement');
  }
}

/** The file starts as a CODA or CAMT.053 statement but breaks its format; `where` names the record or element. */
export class MalformedStatement extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'STATEMENT_MALFORMED';
  constructor(
    readonly format: string,
    readonly where: string,
  ) {
    super(`The ${format} statement is malformed: ${where}`, { format, where });
  }
}

/** Opening balance plus the movements is not the closing balance: the file is incomplete or altered. */
export class StatementUnbalanced extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'STATEMENT_UNBALANCED';
  constructor(
    readonly openingCents: number,
    readonly movementsCents: number,
    readonly closingCents: number,
  ) {
    super(
      `Opening balance ${openingCents} plus movements ${movementsCents} is ${openingCents + movementsCents}, ` +
        `not the closing balance ${closingCents} (cents)`,
      { openingCents, movementsCents, closingCents },
    );
  }
}

/** The file holds several statements; each is imported on its own. */
export class SeveralStatementsInFile extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'STATEMENT_FILE_HAS_SEVERAL';
  constructor(readonly count: number) {
    super(`The file holds ${count} statements; import one statement per file`, { count });
  }
}

/** The statement is kept in another currency than euro, which the books do not hold. */
export class StatementCurrencyUnsupported extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'STATEMENT_CURRENCY_UNSUPPORTED';
  constructor(readonly currency: string) {
    super(`The statement is in ${currency}; only EUR accounts are kept`, { currency });
  }
}

/** The upload passed the statement size limit; refused as soon as the limit is crossed (413). */
export class StatementTooLarge extends DomainError {
  readonly kind = 'too_large';
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`A statement file may not exceed ${maxBytes} bytes`, { maxBytes });
  }
}

/** The movement is already matched to a payment: matching it again would count the money twice. */
export class MovementAlreadyMatched extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MOVEMENT_ALREADY_MATCHED';
  constructor() {
    super('The bank movement is already matched to a payment');
  }
}

/** Only money in (a credit) can be an owner's payment. */
export class MovementNotACredit extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'MOVEMENT_NOT_A_CREDIT';
  constructor(readonly amountCents: number) {
    super(`The bank movement of ${amountCents} cents is not money in: only a credit can be an owner's payment`, {
      amountCents,
    });
  }
}

/** Only money out (a debit) can pay a supplier's invoice. */
export class MovementNotADebit extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'MOVEMENT_NOT_A_DEBIT';
  constructor(readonly amountCents: number) {
    super(`The bank movement of ${amountCents} cents is not money out: only a debit can pay an invoice`, {
      amountCents,
    });
  }
}

/** An invoice is paid whole by one debit of exactly its amount. */
export class MovementAmountMismatch extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'MOVEMENT_AMOUNT_MISMATCH';
  constructor(
    readonly movementCents: number,
    readonly invoiceCents: number,
  ) {
    super(
      `The debit of ${-movementCents} cents does not pay the invoice of ${invoiceCents} cents: an invoice is paid whole by one movement`,
      { movementCents: -movementCents, invoiceCents },
    );
  }
}

/** A match names exactly one of callItemId, ownerId and expenseId. */
export class MatchTargetUnclear extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(count: number) {
    const message = `exactly one of callItemId, ownerId and expenseId is required (${count} given)`;
    super(message, {}, [{ field: 'callItemId', message }]);
  }
}
