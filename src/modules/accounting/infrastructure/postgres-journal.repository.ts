import { Injectable } from '@nestjs/common';
import { CalendarDate, Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { isUniqueViolation, violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { EntryAlreadyReversed } from '../domain/accounting.errors';
import type { JournalEntrySnapshot } from '../domain/journal-entry';
import type { YearBalance } from '../domain/annual-accounts';
import {
  AccountBalance,
  JournalCriteria,
  JournalRepository,
  JournalSort,
} from '../domain/journal.repository';
import { journalEntries } from './journal.tables';
import { ENTRY_COLUMNS, entryFromRow, insertEntry } from './journal-writes';

const ORDER_BY = { date: 'j.entry_date', createdAt: 'j.created_at' } as const satisfies Record<JournalSort, string>;

/**
 * The journal: entries are inserted with their lines in one transaction and never change. Lists read one page of a
 * building's entries on the (organization, building, date) index; the trial balance adds the year and month totals
 * and the lines of the last, unfinished month in one statement.
 */
@Injectable()
export class PostgresJournalRepository extends JournalRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async insert(entry: JournalEntrySnapshot): Promise<void> {
    await this.db.transaction(entry.organizationId, (tx) => insertEntry(tx, entry)).catch(translate);
  }

  async findById(organizationId: string, buildingId: string, id: string): Promise<JournalEntrySnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`SELECT ${ENTRY_COLUMNS} FROM ${journalEntries.from}
        WHERE j.organization_id = ${organizationId} AND j.building_id = ${buildingId} AND j.id = ${id}`,
    );
    return row ? entryFromRow(row) : null;
  }

  list(
    organizationId: string,
    criteria: JournalCriteria,
    page: PageRequest<JournalSort>,
  ): Promise<Page<JournalEntrySnapshot>> {
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    const where = [sql`j.organization_id = ${organizationId}`, sql`j.building_id = ${criteria.buildingId}`];
    if (criteria.from) where.push(sql`j.entry_date >= ${criteria.from}::date`);
    if (criteria.to) where.push(sql`j.entry_date <= ${criteria.to}::date`);
    if (criteria.journal) where.push(sql`j.journal = ${criteria.journal}`);
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${ENTRY_COLUMNS}, count(*) OVER () AS total FROM ${journalEntries.from}
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, j.created_at ${direction}, j.id ${direction}`,
      page,
      entryFromRow,
    );
  }

  /**
   * The years and the months that ended on or before `asOf` come from their totals (journal_year_totals and
   * journal_month_totals, kept by the database as lines are posted), the days of `asOf`'s month up to it from the
   * lines: the cost follows the number of years and accounts, not the number of entries.
   */
  async balances(organizationId: string, buildingId: string, asOf: CalendarDate): Promise<AccountBalance[]> {
    const firstOpenMonth = sql`date_trunc('month', ${asOf}::date + 1)::date`;
    const firstOpenYear = sql`date_trunc('year', ${asOf}::date + 1)::date`;
    const building = sql`organization_id = ${organizationId} AND building_id = ${buildingId}`;
    const rows = await this.db.reader(organizationId).rows<{ account_code: string; debit: string; credit: string }>(
      sql`SELECT account_code, sum(debit) AS debit, sum(credit) AS credit FROM (
          SELECT account_code, debit_cents AS debit, credit_cents AS credit FROM journal_year_totals
           WHERE ${building} AND year < ${firstOpenYear}
          UNION ALL
          SELECT account_code, debit_cents, credit_cents FROM journal_month_totals
           WHERE ${building} AND month >= ${firstOpenYear} AND month < ${firstOpenMonth}
          UNION ALL
          SELECT l.account_code, l.debit_cents, l.credit_cents
            FROM journal_entries j
            JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
           WHERE j.organization_id = ${organizationId} AND j.building_id = ${buildingId}
             AND j.entry_date >= ${firstOpenMonth} AND j.entry_date <= ${asOf}::date
        ) b
        GROUP BY account_code ORDER BY account_code`,
    );
    return rows.map((r) => ({
      accountCode: r.account_code,
      debitCents: Number(r.debit),
      creditCents: Number(r.credit),
    }));
  }

  async yearBalances(
    organizationId: string,
    buildingId: string,
    from: CalendarDate,
    to: CalendarDate,
  ): Promise<YearBalance[]> {
    const inYear = sql`j.entry_date >= ${from}::date`;
    const notClosing = sql`j.source_type IS DISTINCT FROM 'closing'`;
    const rows = await this.db.reader(organizationId).rows<{
      account_code: string;
      owner_id: string | null;
      balance: string;
      year_debit: string;
      year_credit: string;
      year_closing: string;
    }>(
      sql`SELECT l.account_code, l.owner_id,
          sum(l.debit_cents - l.credit_cents) AS balance,
          coalesce(sum(l.debit_cents) FILTER (WHERE ${inYear} AND ${notClosing}), 0) AS year_debit,
          coalesce(sum(l.credit_cents) FILTER (WHERE ${inYear} AND ${notClosing}), 0) AS year_credit,
          coalesce(sum(l.debit_cents - l.credit_cents) FILTER (WHERE ${inYear} AND NOT ${notClosing}), 0)
            AS year_closing
        FROM journal_entries j
        JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
        WHERE j.organization_id = ${organizationId} AND j.building_id = ${buildingId}
          AND j.entry_date <= ${to}::date
        GROUP BY l.account_code, l.owner_id ORDER BY l.account_code`,
    );
    return rows.map((r) => ({
      accountCode: r.account_code,
      ownerId: r.owner_id,
      balanceCents: Number(r.balance),
      yearDebitCents: Number(r.year_debit),
      yearCreditCents: Number(r.year_credit),
      yearClosingCents: Number(r.year_closing),
    }));
  }
}

function translate(error: unknown): never {
  if (violatedForeignKey(error) === 'journal_entries_building_fk') throw new ResourceNotFound('building');
  if (isUniqueViolation(error, 'journal_entries_reversed_once_uq')) throw new EntryAlreadyReversed();
  throw error;
}
