import { column, table } from '@shared/persistence/table';
import type { BankMovementSnapshot, BankStatementSnapshot } from '../domain/bank-statement';
import type { MovementSuggestion, SuggestionReason } from '../domain/movement-matching';

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

/** A movement as stored: its suggestion spread over four columns. */
export interface BankMovementRow extends Omit<BankMovementSnapshot, 'suggestion'> {
  readonly suggestionReason: SuggestionReason | null;
  readonly suggestedOwnerId: string | null;
  readonly suggestedCallItemId: string | null;
  readonly suggestedExpenseId: string | null;
}

/** The `bank_movements` table: the reconciliation queue, one row per booked movement. */
export const bankMovements = table<BankMovementRow>('bank_movements', 'm', {
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
  expenseId: column('expense_id'),
  suggestionReason: column('suggestion_reason'),
  suggestedOwnerId: column('suggested_owner_id'),
  suggestedCallItemId: column('suggested_call_item_id'),
  suggestedExpenseId: column('suggested_expense_id'),
  createdAt: column('created_at'),
});

/** The row of a movement. */
export function movementRow({ suggestion, ...movement }: BankMovementSnapshot): BankMovementRow {
  return { ...movement, ...suggestionColumns(suggestion) };
}

/** The four suggestion columns of a suggestion, or of none. */
export function suggestionColumns(
  suggestion: MovementSuggestion | null,
): Pick<BankMovementRow, 'suggestionReason' | 'suggestedOwnerId' | 'suggestedCallItemId' | 'suggestedExpenseId'> {
  return {
    suggestionReason: suggestion?.reason ?? null,
    suggestedOwnerId: suggestion?.reason === 'owner_iban_and_amount' ? suggestion.ownerId : null,
    suggestedCallItemId: suggestion?.reason === 'owner_iban_and_amount' ? suggestion.callItemId : null,
    suggestedExpenseId: suggestion?.reason === 'supplier_iban_and_amount' ? suggestion.expenseId : null,
  };
}

/** The movement of a row selected with `bankMovements.columns`. */
export function movementOf(row: Record<string, unknown>): BankMovementSnapshot {
  const { suggestionReason, suggestedOwnerId, suggestedCallItemId, suggestedExpenseId, ...movement } =
    bankMovements.fromRow(row);
  const suggestion: MovementSuggestion | null =
    suggestionReason === 'owner_iban_and_amount'
      ? { reason: suggestionReason, ownerId: suggestedOwnerId!, callItemId: suggestedCallItemId! }
      : suggestionReason === 'supplier_iban_and_amount'
        ? { reason: suggestionReason, expenseId: suggestedExpenseId! }
        : null;
  return { ...movement, suggestion };
}
