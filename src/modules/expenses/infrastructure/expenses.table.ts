import { column, table } from '@shared/persistence/table';
import type { ExpenseSnapshot } from '../domain/expense';

/** The `expenses` table: a row stores an expense's snapshot as is (`overdue` is derived, never stored). */
export const expenses = table<ExpenseSnapshot>('expenses', 'e', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  category: column('category'),
  description: column('description'),
  /** bigint: the driver hands it over as a string. */
  amountCents: column('amount_cents', { read: Number }),
  vatRate: column('vat_rate'),
  expenseDate: column('expense_date', { date: true }),
  dueDate: column('due_date', { date: true }),
  supplier: column('supplier'),
  invoiceNumber: column('invoice_number'),
  supplierIban: column('supplier_iban'),
  accountCode: column('account_code'),
  keyId: column('key_id'),
  paidFromReserve: column('paid_from_reserve'),
  status: column('status'),
  paidAt: column('paid_at'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
