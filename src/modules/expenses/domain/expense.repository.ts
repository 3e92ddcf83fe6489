import type { ClosedBooks, Page, PageRequest } from '@shared/domain';
import type { CalendarDate, Period } from '../../../shared/domain/calendar-date';
import type { Expense, ExpenseSnapshot, ExpenseStatus } from './expense';
import type { ExpenseCategory } from './expense-category';
import type { HoldingPeriod } from './holding-periods';

/** An invoice still to pay to a supplier's account (bank reconciliation). */
export interface UnpaidInvoice {
  readonly expenseId: string;
  readonly supplierIban: string;
  readonly amountCents: number;
  readonly expenseDate: CalendarDate;
  readonly dueDate: CalendarDate | null;
}

export const EXPENSE_SORTS = ['expenseDate', 'amountCents', 'createdAt'] as const;
export type ExpenseSort = (typeof EXPENSE_SORTS)[number];

export interface ExpenseCriteria extends Period {
  readonly buildingId?: string;
  /** Restricts the list to the expenses of these buildings dated within these periods (an owner's). */
  readonly heldPeriods?: readonly HoldingPeriod[];
  readonly category?: ExpenseCategory;
  /** `overdue` and `pending` are told apart with `today`. */
  readonly status?: ExpenseStatus;
  readonly today: CalendarDate;
}

/**
 * Expenses of one organization. Every method runs under row-level security: a read in one round trip, a write in
 * one transaction.
 */
export abstract class ExpenseRepository {
  abstract findById(organizationId: string, id: string): Promise<ExpenseSnapshot | null>;
  abstract list(
    organizationId: string,
    criteria: ExpenseCriteria,
    page: PageRequest<ExpenseSort>,
  ): Promise<Page<ExpenseSnapshot>>;
  /** Expenses of these buildings dated within the period, cancelled ones left out, by date then id. */
  abstract chargeableIn(
    organizationId: string,
    buildingIds: readonly string[],
    period: Period,
  ): Promise<ExpenseSnapshot[]>;
  abstract insert(expense: Expense): Promise<void>;
  /**
   * Locks the row, lets `change` apply a domain rule, stores the result. Null when there is no such expense. `books`
   * are the expense's building's books as read with the row, for a clear refusal of a change dated in closed books
   * (the database refuses it anyway).
   */
  abstract update(
    organizationId: string,
    id: string,
    change: (expense: Expense, books: ClosedBooks) => void,
  ): Promise<ExpenseSnapshot | null>;
  /** Locks the row, lets `check` refuse, deletes it. False when there is no such expense. */
  abstract delete(
    organizationId: string,
    id: string,
    check: (expense: Expense, books: ClosedBooks) => void,
  ): Promise<boolean>;
  /** The building's unpaid (pending) expenses whose supplier IBAN is one of `ibans`, oldest due first. */
  abstract unpaidToSuppliers(
    organizationId: string,
    buildingId: string,
    ibans: readonly string[],
  ): Promise<UnpaidInvoice[]>;
  /** True when the building has at least one expense that is not cancelled. */
  abstract existsForBuilding(organizationId: string, buildingId: string): Promise<boolean>;
}
