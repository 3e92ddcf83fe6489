import { DomainError } from '@shared/domain';

/** A field breaks an expense rule the HTTP validation should have caught first: 400 naming the field. */
export class InvalidExpense extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** Paid expenses are accounting facts: no edit, delete, cancel or second payment. */
export class ExpenseAlreadyPaid extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'EXPENSE_ALREADY_PAID';
  constructor(id: string) {
    super(`Expense ${id} is already paid`);
  }
}

/** A cancelled expense is closed: no edit, delete, payment or second cancellation. */
export class ExpenseCancelled extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'EXPENSE_CANCELLED';
  constructor(id: string) {
    super(`Expense ${id} is cancelled`);
  }
}

/** The account code is well formed but not in the organization's chart of accounts. */
export class UnknownAccountCode extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'UNKNOWN_ACCOUNT_CODE';
  constructor(accountCode: string) {
    super(`Account ${accountCode} is not in the chart of accounts`, { accountCode });
  }
}
