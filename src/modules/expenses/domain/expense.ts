import { normalizeIban } from '../../../shared/domain/belgian-identifiers';
import { type CalendarDate, isCalendarDate } from '../../../shared/domain/calendar-date';
import { MAX_DISTRIBUTED_CENTS } from './charge-distribution';
import { ExpenseAlreadyPaid, ExpenseCancelled, InvalidExpense } from './expense.errors';
import {
  CHARGE_ACCOUNT_CODE,
  DEFAULT_ACCOUNT_CODES,
  type ExpenseCategory,
  isExpenseCategory,
  isVatRate,
  vatCentsOf,
  type VatRate,
} from './expense-category';

/** What is stored; `overdue` is never stored but derived from the due date (see `statusOn`). */
export type RecordedStatus = 'pending' | 'paid' | 'cancelled';
export const EXPENSE_STATUSES = ['pending', 'overdue', 'paid', 'cancelled'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

/** The editable fields (a PUT replaces them all); an absent accountCode means the category's default. */
export interface ExpenseDetailsInput {
  readonly category: ExpenseCategory;
  readonly description: string;
  readonly amountCents: number;
  readonly expenseDate: CalendarDate;
  readonly vatRate?: VatRate | null;
  readonly dueDate?: CalendarDate | null;
  readonly supplier?: string | null;
  readonly invoiceNumber?: string | null;
  /** The account the supplier asks to be paid on (any spacing); its check digits must hold (mod 97). */
  readonly supplierIban?: string | null;
  readonly accountCode?: string | null;
  /** A distribution key of the same building; null or absent: split by the quotas. */
  readonly keyId?: string | null;
  /** Paid from the reserve fund (works the assembly charged to it); absent: false. */
  readonly paidFromReserve?: boolean;
}

export interface ExpenseSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly category: ExpenseCategory;
  readonly description: string;
  /** Euro cents, VAT included; negative for a credit note. */
  readonly amountCents: number;
  readonly vatRate: VatRate | null;
  readonly expenseDate: CalendarDate;
  readonly dueDate: CalendarDate | null;
  readonly supplier: string | null;
  readonly invoiceNumber: string | null;
  /** The supplier's IBAN without spaces, or null: a debit to it for the amount is suggested as the payment. */
  readonly supplierIban: string | null;
  readonly accountCode: string;
  readonly keyId: string | null;
  /**
   * Paid from the reserve fund: the fund covers the charge (domain.md "Books"), so the owners' statements and the
   * PCN report's unit shares leave it out (the owners paid it into the fund already).
   */
  readonly paidFromReserve: boolean;
  readonly status: RecordedStatus;
  readonly paidAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An expense as read: its status on a given day and the VAT it contains. */
export interface ExpenseView extends Omit<ExpenseSnapshot, 'status'> {
  readonly status: ExpenseStatus;
  readonly vatCents: number | null;
}

type Details = Pick<
  ExpenseSnapshot,
  | 'category'
  | 'description'
  | 'amountCents'
  | 'vatRate'
  | 'expenseDate'
  | 'dueDate'
  | 'supplier'
  | 'invoiceNumber'
  | 'supplierIban'
  | 'accountCode'
  | 'keyId'
  | 'paidFromReserve'
>;

/** An invoice (or a credit note) of a building's common parts, spread over its units by quota or by a key. */
export class Expense {
  private constructor(private state: ExpenseSnapshot) {}

  static record(
    input: ExpenseDetailsInput & { id: string; organizationId: string; buildingId: string },
    now: Date,
  ): Expense {
    return new Expense({
      id: input.id,
      organizationId: input.organizationId,
      buildingId: input.buildingId,
      ...checkedDetails(input),
      status: 'pending',
      paidAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Trusted stored rows: no checks. */
  static restore(snapshot: ExpenseSnapshot): Expense {
    return new Expense({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  /** Replaces the editable fields of an expense still open (pending or overdue). */
  revise(input: ExpenseDetailsInput, now: Date): void {
    this.assertOpen();
    this.state = { ...this.state, ...checkedDetails(input), updatedAt: now };
  }

  markPaid(paidAt: Date, now: Date): void {
    this.assertOpen();
    if (Number.isNaN(paidAt.getTime()) || paidAt.getTime() > now.getTime()) {
      throw new InvalidExpense('paidAt', 'must be a moment that is not in the future');
    }
    this.state = { ...this.state, status: 'paid', paidAt, updatedAt: now };
  }

  cancel(now: Date): void {
    this.assertOpen();
    this.state = { ...this.state, status: 'cancelled', updatedAt: now };
  }

  /** Only an open expense may be deleted; paid and cancelled ones stay as accounting history. */
  assertRemovable(): void {
    this.assertOpen();
  }

  statusOn(today: CalendarDate): ExpenseStatus {
    return statusOn(this.state, today);
  }

  toSnapshot(): Readonly<ExpenseSnapshot> {
    return { ...this.state };
  }

  private assertOpen(): void {
    if (this.state.status === 'paid') throw new ExpenseAlreadyPaid(this.state.id);
    if (this.state.status === 'cancelled') throw new ExpenseCancelled(this.state.id);
  }
}

/** Pending past its due date (the day after it, at the earliest) reads as overdue. */
export function statusOn(s: Pick<ExpenseSnapshot, 'status' | 'dueDate'>, today: CalendarDate): ExpenseStatus {
  return s.status === 'pending' && s.dueDate !== null && s.dueDate < today ? 'overdue' : s.status;
}

export function viewOf(s: ExpenseSnapshot, today: CalendarDate): ExpenseView {
  return { ...s, status: statusOn(s, today), vatCents: vatCentsOf(s.amountCents, s.vatRate) };
}

function checkedDetails(input: ExpenseDetailsInput): Details {
  if (!isExpenseCategory(input.category)) throw new InvalidExpense('category', 'is not a known category');
  const description = input.description?.trim() ?? '';
  if (description.length < 1 || description.length > 500)
    throw new InvalidExpense('description', 'must have 1 to 500 characters');
  const amount = input.amountCents;
  if (!Number.isSafeInteger(amount) || amount === 0 || Math.abs(amount) > MAX_DISTRIBUTED_CENTS) {
    throw new InvalidExpense(
      'amountCents',
      `must be a whole number of cents other than 0, from -${MAX_DISTRIBUTED_CENTS} to ${MAX_DISTRIBUTED_CENTS}`,
    );
  }
  const vatRate = input.vatRate ?? null;
  if (vatRate !== null && !isVatRate(vatRate)) throw new InvalidExpense('vatRate', 'must be 0, 6, 12 or 21');
  if (!isCalendarDate(input.expenseDate)) throw new InvalidExpense('expenseDate', 'must be a date YYYY-MM-DD');
  const dueDate = input.dueDate ?? null;
  if (dueDate !== null && !isCalendarDate(dueDate)) throw new InvalidExpense('dueDate', 'must be a date YYYY-MM-DD');
  if (dueDate !== null && dueDate < input.expenseDate)
    throw new InvalidExpense('dueDate', 'must not be before expenseDate');
  const accountCode = input.accountCode ?? DEFAULT_ACCOUNT_CODES[input.category];
  if (!CHARGE_ACCOUNT_CODE.test(accountCode))
    throw new InvalidExpense('accountCode', 'must be a class-6 account code of 2 to 10 digits');
  return {
    category: input.category,
    description,
    amountCents: amount,
    vatRate,
    expenseDate: input.expenseDate,
    dueDate,
    supplier: optionalText('supplier', input.supplier, 255),
    invoiceNumber: optionalText('invoiceNumber', input.invoiceNumber, 100),
    supplierIban: checkedIban(input.supplierIban),
    accountCode,
    keyId: input.keyId ?? null,
    paidFromReserve: input.paidFromReserve ?? false,
  };
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new InvalidExpense(field, `must have at most ${max} characters`);
  return text.length ? text : null;
}

function checkedIban(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const iban = normalizeIban(value);
  if (!iban) throw new InvalidExpense('supplierIban', 'must be an IBAN whose check digits hold (mod 97)');
  return iban;
}
