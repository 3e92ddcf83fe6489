import { DomainError } from '../../../shared/domain';

/** Σ debits ≠ Σ credits: a journal entry must balance (double entry). */
export class EntryNotBalanced extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'ENTRY_NOT_BALANCED';
  constructor(debitCents: number, creditCents: number) {
    super(`The entry is not balanced: debits ${debitCents} cents, credits ${creditCents} cents`, {
      debitCents,
      creditCents,
    });
  }
}

/** An account code that is neither in the chart in force nor one of the organization's sub-accounts. */
export class UnknownAccount extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'UNKNOWN_ACCOUNT';
  constructor(accountCode: string) {
    super(`Account ${accountCode} is neither in the chart of accounts nor one of the organization's sub-accounts`, {
      accountCode,
    });
  }
}

/**
 * The owners' account (410) moves only with calls for funds and payments, so that each owner's balance on it stays
 * the owner's ledger; a manual entry may not touch it.
 */
export class OwnersAccountReserved extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'OWNERS_ACCOUNT_RESERVED';
  constructor(accountCode: string) {
    super(`Account ${accountCode} (owners) is posted by calls for funds and payments only`, { accountCode });
  }
}

/** A journal field the HTTP layer let through but the rule refuses (400, naming the field). */
export class InvalidJournalEntry extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, message: string) {
    super(message, { field });
  }
}

export class EntryAlreadyReversed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ENTRY_ALREADY_REVERSED';
  constructor() {
    super('This entry is already reversed, or is itself a reversal');
  }
}

/** An automatic posting is corrected through its source (cancelling the call, revising the expense). */
export class EntryPostedAutomatically extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ENTRY_POSTED_AUTOMATICALLY';
  constructor(sourceType: string) {
    super(`This entry was posted by a ${sourceType}: correct the ${sourceType} instead`, { sourceType });
  }
}

/** A sub-account whose code is taken, or does not extend its parent's code. */
export class InvalidSubAccount extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'INVALID_SUB_ACCOUNT';
  constructor(code: string, parentCode: string) {
    super(`Sub-account ${code} must extend ${parentCode}, an account of the chart, and be new`, { code, parentCode });
  }
}

/** A charge account's code is already in the chart or among the organization's sub-accounts (codes never change). */
export class ChargeAccountExists extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PCN_ACCOUNT_EXISTS';
  constructor(accountCode: string) {
    super(`The chart of accounts already has the code ${accountCode}`, { accountCode });
  }
}

/** The accounts of the chart are platform data (a new version corrects them); only sub-accounts are relabelled. */
export class ChartAccountReadOnly extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'CHART_ACCOUNT_READ_ONLY';
  constructor(accountCode: string) {
    super(`Account ${accountCode} belongs to the co-ownership chart: only the organization's sub-accounts are relabelled`, {
      accountCode,
    });
  }
}
