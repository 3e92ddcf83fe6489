import { Expense, ExpenseSnapshot, RecordedStatus } from '../domain/expense';
import type { ExpenseCategory, VatRate } from '../domain/expense-category';
import { ExpenseOrmEntity } from './expense.orm-entity';

export function toSnapshot(row: ExpenseOrmEntity): ExpenseSnapshot {
  return {
    id: row.id,
    organizationId: row.organizationId,
    buildingId: row.buildingId,
    category: row.category as ExpenseCategory,
    description: row.description,
    amountCents: Number(row.amountCents),
    vatRate: row.vatRate as VatRate | null,
    expenseDate: row.expenseDate,
    dueDate: row.dueDate,
    supplier: row.supplier,
    invoiceNumber: row.invoiceNumber,
    accountCode: row.accountCode,
    status: row.status as RecordedStatus,
    paidAt: row.paidAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const toDomain = (row: ExpenseOrmEntity): Expense => Expense.restore(toSnapshot(row));

export function toRow(expense: Expense): ExpenseOrmEntity {
  const s = expense.toSnapshot();
  return Object.assign(new ExpenseOrmEntity(), { ...s, amountCents: String(s.amountCents) });
}
