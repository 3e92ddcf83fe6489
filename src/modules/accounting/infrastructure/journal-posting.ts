import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarDate, Clock } from '@shared/domain';
import type { SqlTransaction } from '@shared/persistence/sql-transaction';
import { assertBalanced, EntryDraft, reversalOf, SourceType } from '../domain/journal-entry';
import { insertEntry, openEntriesOf } from './journal-writes';

/**
 * The port other contexts post through (funds: calls, payments; expenses: invoices and their payment), inside the
 * transaction of their own write, so that the business fact and its entry commit or fail together. The posting rules
 * are the accounting context's pure functions (`callPosting`, `paymentPosting`, ...); accounts of automatic postings
 * are not checked against the chart (the source context checked its own codes).
 */
@Injectable()
export class JournalPosting {
  constructor(private readonly clock: Clock) {}

  /** Writes the entry in `tx`. */
  async post(tx: SqlTransaction, organizationId: string, draft: EntryDraft): Promise<void> {
    assertBalanced(draft);
    await insertEntry(tx, {
      ...draft,
      id: randomUUID(),
      organizationId,
      reversesEntryId: draft.reversesEntryId ?? null,
      reversedByEntryId: null,
      createdBy: null,
      createdAt: this.clock.now(),
    });
  }

  /**
   * Reverses, dated `date`, every entry `sourceId` posted that is not reversed yet (a cancelled call, a revised or
   * deleted expense, a cancelled invoice). Nothing when there is none.
   */
  async reverseSource(
    tx: SqlTransaction,
    organizationId: string,
    sourceType: SourceType,
    sourceId: string,
    date: CalendarDate,
  ): Promise<void> {
    for (const entry of await openEntriesOf(tx, organizationId, sourceType, sourceId)) {
      await this.post(tx, organizationId, reversalOf(entry, date, { automatic: true }));
    }
  }
}
