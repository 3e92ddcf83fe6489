import { column, table } from '@shared/persistence/table';
import type { BankMovementSnapshot, BankStatementSnapshot } from '../domain/bank-statement';

/** The `bank_statements` table: one row per imported statement. */
export const bankStatements = table<BankStatementSnapshot>('bank_statements', 's', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  format: column('format'),
  accountIban: column('account_iban'),
  currency: column('currency'),
  statementNumber: column('statement_number'),
  identity: column('identity'),
  openingCents: column('opening_cents', { read: Number }),
  openingDate: column('opening_date', { date: true }),
  closingCents: column('closing_cents', { read: Number }),
  closingDate: column('closing_date', { date: true }),
  movementCount: column('movement_count'),
  importedAt: column('imported_at'),
  importedBy: column('imported_by'),
});

/** The `bank_movements` table: the reconciliation queue, one row per booked movement. */
export const bankMovements = table<BankMovementSnapshot>('bank_movements', 'm', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  statementId: column('statement_id'),
  position: column('position'),
  accountIban: column('account_iban'),
  bankReference: column('bank_reference'),
  amountCents: column('amount_cents', { read: Number }),
  bookingDate: column('booking_date', { date: true }),
  valueDate: column('value_date', { date: true }),
  ogm: column('ogm'),
  communication: column('communication'),
  counterpartyIban: column('counterparty_iban'),
  counterpartyName: column('counterparty_name'),
  status: column('status'),
  paymentId: column('payment_id'),
  createdAt: column('created_at'),
});
