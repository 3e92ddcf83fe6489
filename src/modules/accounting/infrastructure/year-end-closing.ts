import { Injectable, OnModuleInit } from '@nestjs/common';
import { BookClosingEvent, BookClosingHooks } from '@modules/buildings';
import { sql } from '@shared/persistence/sql';
import type { SqlTransaction } from '@shared/persistence/sql-transaction';
import { isFinancialYearEnd, yearEndClosingPosting } from '../domain/year-end';
import { JournalPosting } from './journal-posting';

/**
 * Closing a building's books on the last day of a financial year posts the year-end entry (classes 6 and 7 to the
 * result account), in the closing's transaction and before the period locks: the entry and the closing commit or
 * fail together. A closing on another day posts nothing.
 */
@Injectable()
export class YearEndClosing implements OnModuleInit {
  constructor(
    private readonly hooks: BookClosingHooks,
    private readonly posting: JournalPosting,
  ) {}

  onModuleInit(): void {
    this.hooks.register((tx, event) => this.post(tx, event));
  }

  async post(tx: SqlTransaction, event: BookClosingEvent): Promise<void> {
    if (!isFinancialYearEnd(event.until)) return;
    const rows = await tx.rows<{ account_code: string; debit: string; credit: string }>(
      sql`SELECT l.account_code, sum(l.debit_cents) AS debit, sum(l.credit_cents) AS credit
        FROM journal_entries j
        JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
        WHERE j.organization_id = ${event.organizationId} AND j.building_id = ${event.buildingId}
          AND j.entry_date <= ${event.until}::date AND left(l.account_code, 1) IN ('6', '7')
        GROUP BY l.account_code ORDER BY l.account_code`,
    );
    const draft = yearEndClosingPosting({
      buildingId: event.buildingId,
      closingId: event.closingId,
      until: event.until,
      balances: rows.map((r) => ({
        accountCode: r.account_code,
        debitCents: Number(r.debit),
        creditCents: Number(r.credit),
      })),
    });
    if (draft) await this.posting.post(tx, event.organizationId, draft);
  }
}
