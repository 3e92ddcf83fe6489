import { Injectable } from '@nestjs/common';
import { expensePaymentPosting, expensePosting, JournalPosting, reserveDrawingPosting } from '@modules/accounting';
import { brusselsDate } from '@shared/domain';
import type { SqlTransaction } from '@shared/persistence/sql-transaction';
import type { ExpenseSnapshot } from '../domain/expense';

/** The fields an expense's journal entry is made of: a change of any of them posts the entry again. */
const POSTED = [
  'amountCents',
  'accountCode',
  'expenseDate',
  'description',
  'supplier',
  'invoiceNumber',
  'paidFromReserve',
] as const;

/**
 * The journal entries of an expense, written in the transaction that records or changes it (domain.md "Books"):
 * recording posts the invoice (charge account against 440) and, for an expense paid from the reserve fund, the use of
 * the fund (160 against 792); marking it paid posts the payment (440 against 550, or 551 from the reserve) on the day
 * it was paid (Brussels); a revision reverses those entries and posts them again, cancelling or deleting it reverses
 * them on the expense date.
 */
@Injectable()
export class ExpenseJournal {
  constructor(private readonly journal: JournalPosting) {}

  async recorded(tx: SqlTransaction, expense: ExpenseSnapshot): Promise<void> {
    for (const entry of [expensePosting(toPost(expense)), reserveDrawingPosting(toPost(expense))]) {
      if (entry) await this.journal.post(tx, expense.organizationId, entry);
    }
  }

  async changed(tx: SqlTransaction, before: ExpenseSnapshot, after: ExpenseSnapshot | null): Promise<void> {
    if (after && after.status === 'paid' && before.status !== 'paid' && after.paidAt) {
      const entry = expensePaymentPosting(toPost(after), brusselsDate(after.paidAt));
      if (entry) await this.journal.post(tx, after.organizationId, entry);
      return;
    }
    const reposted = after !== null && after.status !== 'cancelled';
    if (reposted && POSTED.every((field) => before[field] === after[field])) return;
    await this.journal.reverseSource(tx, before.organizationId, 'expense', before.id, before.expenseDate);
    if (reposted) await this.recorded(tx, after);
  }
}

function toPost(e: ExpenseSnapshot) {
  return {
    expenseId: e.id,
    buildingId: e.buildingId,
    accountCode: e.accountCode,
    amountCents: e.amountCents,
    expenseDate: e.expenseDate,
    description: e.description,
    supplier: e.supplier,
    invoiceNumber: e.invoiceNumber,
    paidFromReserve: e.paidFromReserve,
  };
}
