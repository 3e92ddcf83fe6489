import { Expense, ExpenseSnapshot, RecordedStatus } from '../domain/expense';
import type { ExpenseCategory, VatRate } from '../domain/expense-category';
import { ExpenseOrmEntity } from './expense.orm-entity';

/** An expense as the plain queries select it (`EXPENSE_COLUMNS`): dates as text, the bigint amount as a string. */
export interface ExpenseRow {
  id: string;
  organization_id: string;
  building_id: string;
  category: string;
  description: string;
  amount_cents: string;
  vat_rate: number | null;
  expense_date: string;
  due_date: string | null;
  supplier: string | null;
  invoice_number: string | null;
  account_code: string;
  status: string;
  paid_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const EXPENSE_COLUMNS = `e.id, e.organization_id, e.building_id, e.category, e.description, e.amount_cents, e.vat_rate,
  e.expense_date::text AS expense_date, e.due_date::text AS due_date, e.supplier, e.invoice_number, e.account_code,
  e.status, e.paid_at, e.created_at, e.updated_at`;

export function rowToSnapshot(row: ExpenseRow): ExpenseSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    buildingId: row.building_id,
    category: row.category as ExpenseCategory,
    description: row.description,
    amountCents: Number(row.amount_cents),
    vatRate: row.vat_rate as VatRate | null,
    expenseDate: row.expense_date,
    dueDate: row.due_date,
    supplier: row.supplier,
    invoiceNumber: row.invoice_number,
    accountCode: row.account_code,
    status: row.status as RecordedStatus,
    paidAt: row.paid_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const toDomain = (row: ExpenseRow): Expense => Expense.restore(rowToSnapshot(row));

export function toRow(expense: Expense): ExpenseOrmEntity {
  const s = expense.toSnapshot();
  return Object.assign(new ExpenseOrmEntity(), { ...s, amountCents: String(s.amountCents) });
}
