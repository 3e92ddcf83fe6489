import type { SortOrder } from '@shared/domain';
import type { CalendarDate, Period } from '../../../shared/domain/calendar-date';
import type { ExpenseDetailsInput, ExpenseStatus } from '../domain/expense';
import type { ExpenseCategory } from '../domain/expense-category';
import type { ExpenseSort } from '../domain/expense.repository';

export interface CreateExpenseInput extends ExpenseDetailsInput {
  readonly buildingId: string;
}

export type ReviseExpenseInput = ExpenseDetailsInput;

export interface ExpenseFilterInput extends Period {
  readonly category?: ExpenseCategory;
  readonly status?: ExpenseStatus;
}

export interface ListExpensesInput extends ExpenseFilterInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: ExpenseSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
}

export interface MarkPaidInput {
  /** ISO 8601 timestamp; now when absent. */
  readonly paidAt?: string;
}

export type PeriodInput = Period;
export type { CalendarDate };
