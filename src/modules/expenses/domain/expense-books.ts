import { brusselsDate, type CalendarDate } from '../../../shared/domain';
import type { ExpenseSnapshot } from './expense';

/**
 * The days of the books a change of an expense writes on, which must all lie after the building's closed books
 * (domain.md, Time: "Closing a period locks every write dated in it"). Recording, editing (the old date and the new
 * one), cancelling and deleting are dated on the expense date; marking it paid is a payment, dated on the day it was
 * paid (Brussels), so an invoice of a closed year can still be paid in an open one. `after` is null for a delete.
 * The database guard (trigger expenses_books_open) dates the same writes the same way.
 */
export function daysWritten(before: ExpenseSnapshot | null, after: ExpenseSnapshot | null): CalendarDate[] {
  if (after && after.status === 'paid' && before?.status !== 'paid' && after.paidAt) {
    return [brusselsDate(after.paidAt)];
  }
  const days = [before?.expenseDate, after?.expenseDate].filter((d): d is CalendarDate => d !== undefined);
  return [...new Set(days)];
}
