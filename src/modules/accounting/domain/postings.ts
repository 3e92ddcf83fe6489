import type { CalendarDate } from '../../../shared/domain';
import { EntryDraft, JournalLine, MAX_REFERENCE } from './journal-entry';

/**
 * The accounts automatic postings use (domain.md "Books", Royal Decree of 12 July 2012 as researched). Data, not
 * scattered constants: the chart's `source` and `to_verify` columns say where each number comes from.
 */
export const POSTING_ACCOUNTS = {
  /** 410: owners, calls for funds receivable (one line per owner). */
  owners: '410',
  /** 440: suppliers. */
  suppliers: '440',
  /** 550: the working-capital fund's current account. */
  bankCurrent: '550',
  /** 551: the reserve fund's account. */
  bankReserve: '551',
  /** 70: calls for funds to owners (working capital), income. */
  calls: '70',
  /** 160: the reserve fund, credited by calls to it, debited by the works it pays. */
  reserveFund: '160',
  /**
   * 792: what the reserve fund pays (prélèvement sur le fonds de réserve), income that covers the charges of works
   * paid from the reserve, so that they are not charged to the owners a second time (chart data, to verify).
   */
  reserveDrawing: '792',
} as const;

export type FundKind = 'working_capital' | 'reserve';

const line = (accountCode: string, debitCents: number, creditCents: number, ownerId: string | null = null) =>
  ({ accountCode, debitCents, creditCents, ownerId, unitId: null }) satisfies JournalLine;

const reference = (text: string) => text.slice(0, MAX_REFERENCE);

/** What a call for funds posts: who owes what, on which fund. */
export interface CallToPost {
  readonly callId: string;
  readonly buildingId: string;
  readonly title: string;
  readonly callDate: CalendarDate;
  readonly fundKind: FundKind;
  readonly items: readonly { readonly ownerId: string; readonly amountCents: number }[];
}

/**
 * A call for funds (sales journal): debits 410 for each owner its part, credits 70 (working capital) or 160 (the
 * reserve fund) with the call's total.
 */
export function callPosting(call: CallToPost): EntryDraft {
  const total = call.items.reduce((sum, i) => sum + i.amountCents, 0);
  const credit = call.fundKind === 'reserve' ? POSTING_ACCOUNTS.reserveFund : POSTING_ACCOUNTS.calls;
  return {
    buildingId: call.buildingId,
    date: call.callDate,
    journal: 'sales',
    reference: reference(`Call ${call.title}`),
    sourceType: 'call',
    sourceId: call.callId,
    lines: [
      ...call.items.map((i) => line(POSTING_ACCOUNTS.owners, i.amountCents, 0, i.ownerId)),
      line(credit, 0, total),
    ],
  };
}

export interface PaymentToPost {
  readonly paymentId: string;
  readonly buildingId: string;
  readonly ownerId: string;
  readonly paidOn: CalendarDate;
  readonly amountCents: number;
  /** What went to the items of each kind of fund. */
  readonly allocations: readonly { readonly fundKind: FundKind; readonly amountCents: number }[];
}

/**
 * An owner's payment (financial journal): debits the bank of the fund each allocated part pays (550 working
 * capital, 551 reserve), what no item took on 550 (the owner's credit sits on the current account), and credits
 * 410 for the owner with the whole amount.
 */
export function paymentPosting(payment: PaymentToPost): EntryDraft {
  const reserve = payment.allocations
    .filter((a) => a.fundKind === 'reserve')
    .reduce((sum, a) => sum + a.amountCents, 0);
  const current = payment.amountCents - reserve;
  const lines: JournalLine[] = [];
  if (current > 0) lines.push(line(POSTING_ACCOUNTS.bankCurrent, current, 0));
  if (reserve > 0) lines.push(line(POSTING_ACCOUNTS.bankReserve, reserve, 0));
  lines.push(line(POSTING_ACCOUNTS.owners, 0, payment.amountCents, payment.ownerId));
  return {
    buildingId: payment.buildingId,
    date: payment.paidOn,
    journal: 'financial',
    reference: 'Owner payment',
    sourceType: 'payment',
    sourceId: payment.paymentId,
    lines,
  };
}

export interface ExpenseToPost {
  readonly expenseId: string;
  readonly buildingId: string;
  /** The charge account (class 6). */
  readonly accountCode: string;
  /** VAT included; negative for a credit note. */
  readonly amountCents: number;
  readonly expenseDate: CalendarDate;
  readonly description: string;
  readonly supplier: string | null;
  readonly invoiceNumber: string | null;
  /** Paid from the reserve fund (works decided by the assembly): paid from 551 and covered by the fund. */
  readonly paidFromReserve: boolean;
}

function expenseReference(e: Pick<ExpenseToPost, 'description' | 'supplier' | 'invoiceNumber'>): string {
  return reference([e.supplier, e.invoiceNumber, e.description].filter(Boolean).join(' · '));
}

/**
 * A supplier invoice (purchases journal): debits its charge account and credits 440; a credit note (negative
 * amount) the other way round. Null for an amount of zero (nothing to post).
 */
export function expensePosting(e: ExpenseToPost): EntryDraft | null {
  if (e.amountCents === 0) return null;
  const cents = Math.abs(e.amountCents);
  const invoice = e.amountCents > 0;
  return {
    buildingId: e.buildingId,
    date: e.expenseDate,
    journal: 'purchases',
    reference: expenseReference(e),
    sourceType: 'expense',
    sourceId: e.expenseId,
    lines: invoice
      ? [line(e.accountCode, cents, 0), line(POSTING_ACCOUNTS.suppliers, 0, cents)]
      : [line(POSTING_ACCOUNTS.suppliers, cents, 0), line(e.accountCode, 0, cents)],
  };
}

/**
 * An expense paid from the reserve fund uses the fund (misc journal, on the invoice's date): debits the reserve fund
 * 160 and credits 792, the drawing on the reserve, so the charge is covered and not called from the owners again
 * (domain.md "Books": works paid from the reserve are not called a second time); a credit note the other way round,
 * back into the fund. Null for an expense not paid from the reserve, or of zero.
 */
export function reserveDrawingPosting(e: ExpenseToPost): EntryDraft | null {
  if (!e.paidFromReserve || e.amountCents === 0) return null;
  const cents = Math.abs(e.amountCents);
  const { reserveFund, reserveDrawing } = POSTING_ACCOUNTS;
  return {
    buildingId: e.buildingId,
    date: e.expenseDate,
    journal: 'misc',
    reference: reference(`Reserve fund ${expenseReference(e)}`),
    sourceType: 'expense',
    sourceId: e.expenseId,
    lines:
      e.amountCents > 0
        ? [line(reserveFund, cents, 0), line(reserveDrawing, 0, cents)]
        : [line(reserveDrawing, cents, 0), line(reserveFund, 0, cents)],
  };
}

/**
 * Paying a supplier (financial journal): debits 440 and credits the bank, the current account 550 or, for an expense
 * paid from the reserve fund, the reserve account 551; a refunded credit note the other way round. Null for an amount
 * of zero.
 */
export function expensePaymentPosting(
  e: Omit<ExpenseToPost, 'accountCode' | 'expenseDate'>,
  paidOn: CalendarDate,
): EntryDraft | null {
  if (e.amountCents === 0) return null;
  const cents = Math.abs(e.amountCents);
  const paid = e.amountCents > 0;
  const bank = e.paidFromReserve ? POSTING_ACCOUNTS.bankReserve : POSTING_ACCOUNTS.bankCurrent;
  return {
    buildingId: e.buildingId,
    date: paidOn,
    journal: 'financial',
    reference: reference(`Payment ${expenseReference(e)}`),
    sourceType: 'expense_payment',
    sourceId: e.expenseId,
    lines: paid
      ? [line(POSTING_ACCOUNTS.suppliers, cents, 0), line(bank, 0, cents)]
      : [line(bank, cents, 0), line(POSTING_ACCOUNTS.suppliers, 0, cents)],
  };
}
