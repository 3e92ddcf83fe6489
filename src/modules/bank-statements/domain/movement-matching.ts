import type { CalendarDate } from '@shared/domain';
import type { BankMovementSnapshot } from './bank-statement';
import { MatchTargetUnclear } from './bank-statement.errors';

/** Why a suggestion was made: the counterparty's IBAN is an owner's (or a supplier's) and the amount is exactly due. */
export const SUGGESTION_REASONS = ['owner_iban_and_amount', 'supplier_iban_and_amount'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

/** What a movement without a usable structured communication probably is; a person confirms it by matching. */
export type MovementSuggestion =
  | { readonly reason: 'owner_iban_and_amount'; readonly ownerId: string; readonly callItemId: string }
  | { readonly reason: 'supplier_iban_and_amount'; readonly expenseId: string };

/** A call item still owed by an owner who paid from `counterpartyIban` before. */
export interface OwedByPayer {
  readonly callItemId: string;
  readonly ownerId: string;
  readonly counterpartyIban: string;
  readonly outstandingCents: number;
  readonly dueDate: CalendarDate;
}

/** An unpaid invoice whose supplier asks to be paid on `supplierIban`. */
export interface UnpaidToSupplier {
  readonly expenseId: string;
  readonly supplierIban: string;
  readonly amountCents: number;
  readonly expenseDate: CalendarDate;
  readonly dueDate: CalendarDate | null;
}

/**
 * The second matching rule (domain.md "Books": structured communication, otherwise amount and counterparty IBAN → a
 * suggestion, otherwise unmatched). A credit is suggested as the payment of a call item owed by the one owner known
 * to pay from its IBAN (an earlier payment from that account) whose outstanding amount is exactly the credit: the
 * oldest due of them. When the IBAN is known for several owners (a couple sharing an account), nothing is suggested:
 * the suggestion would be a guess. A debit is suggested as the payment of an unpaid invoice of exactly that amount
 * whose supplier IBAN is the counterparty's: the oldest due of them. Nothing else is suggested.
 */
export function suggestionFor(
  movement: Pick<BankMovementSnapshot, 'status' | 'amountCents' | 'counterpartyIban'>,
  owed: readonly OwedByPayer[],
  invoices: readonly UnpaidToSupplier[],
): MovementSuggestion | null {
  const iban = movement.counterpartyIban;
  if (movement.status === 'matched' || iban === null || movement.amountCents === 0) return null;
  if (movement.amountCents > 0) {
    const items = owed
      .filter((o) => o.counterpartyIban === iban && o.outstandingCents === movement.amountCents)
      .sort((a, b) => compare(a.dueDate, b.dueDate) || compare(a.callItemId, b.callItemId));
    if (items.length === 0 || new Set(items.map((o) => o.ownerId)).size > 1) return null;
    return { reason: 'owner_iban_and_amount', ownerId: items[0]!.ownerId, callItemId: items[0]!.callItemId };
  }
  const [invoice] = invoices
    .filter((i) => i.supplierIban === iban && i.amountCents === -movement.amountCents)
    .sort(
      (a, b) =>
        compare(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') ||
        compare(a.expenseDate, b.expenseDate) ||
        compare(a.expenseId, b.expenseId),
    );
  return invoice ? { reason: 'supplier_iban_and_amount', expenseId: invoice.expenseId } : null;
}

/** What a person matches a movement to: exactly one of a call item, an owner or an expense. */
export type MatchTarget =
  | { readonly kind: 'call_item'; readonly id: string }
  | { readonly kind: 'owner'; readonly id: string }
  | { readonly kind: 'expense'; readonly id: string };

export interface MatchInput {
  readonly callItemId?: string | null;
  readonly ownerId?: string | null;
  readonly expenseId?: string | null;
}

/** The one target named by the body; none or several → 400 VALIDATION_FAILED. */
export function matchTargetOf(input: MatchInput): MatchTarget {
  const named = (
    [
      ['call_item', input.callItemId],
      ['owner', input.ownerId],
      ['expense', input.expenseId],
    ] as const
  ).filter(([, id]) => typeof id === 'string');
  if (named.length !== 1) throw new MatchTargetUnclear(named.length);
  const [kind, id] = named[0]!;
  return { kind, id: id! };
}

export type MatchRefusal = 'already_matched' | 'not_a_credit' | 'not_a_debit';

/**
 * Why a movement cannot be matched to the target, or null when it can: a matched movement never again (the money
 * would count twice); only money in is an owner's payment (of a call item or to an owner's oldest items); only money
 * out pays a supplier's invoice.
 */
export function matchRefusal(
  movement: Pick<BankMovementSnapshot, 'status' | 'amountCents'>,
  target: MatchTarget['kind'],
): MatchRefusal | null {
  if (movement.status === 'matched') return 'already_matched';
  if (target === 'expense') return movement.amountCents < 0 ? null : 'not_a_debit';
  return movement.amountCents > 0 ? null : 'not_a_credit';
}

/**
 * An invoice is paid whole by one movement: marking it paid books its full amount (440 against the bank), so a debit
 * of another amount would leave the books and the bank account apart. Credits to owners have no such rule: a payment
 * of another amount than a call item pays part of it, or the rest goes to the owner's other items, then to a credit.
 */
export function paysInvoiceExactly(movementCents: number, invoiceCents: number): boolean {
  return movementCents === -invoiceCents;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
