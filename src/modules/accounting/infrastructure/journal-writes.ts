import { sql } from '@shared/persistence/sql';
import type { SqlReader, SqlTransaction } from '@shared/persistence/sql-transaction';
import type { JournalEntrySnapshot, JournalLine } from '../domain/journal-entry';
import { journalEntries, journalLines } from './journal.tables';

/** Writes an entry and its lines in the caller's transaction; the database checks the balance at commit. */
export async function insertEntry(tx: SqlTransaction, entry: JournalEntrySnapshot): Promise<void> {
  const { lines, reversedByEntryId: _reversed, ...row } = entry;
  await tx.execute(journalEntries.insert([row]));
  await tx.execute(
    journalLines.insert(
      lines.map((l, i) => ({
        organizationId: entry.organizationId,
        entryId: entry.id,
        lineNo: i + 1,
        accountCode: l.accountCode,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
        ownerId: l.ownerId,
        unitId: l.unitId,
      })),
    ),
  );
}

/** An entry with its lines (in order) and the id of the entry that reversed it. */
export const ENTRY_COLUMNS = sql`${journalEntries.columns},
  (SELECT r.id FROM journal_entries r
    WHERE r.organization_id = j.organization_id AND r.reverses_entry_id = j.id) AS reversed_by_entry_id,
  (SELECT json_agg(json_build_object('accountCode', l.account_code, 'debitCents', l.debit_cents,
      'creditCents', l.credit_cents, 'ownerId', l.owner_id, 'unitId', l.unit_id) ORDER BY l.line_no)
     FROM journal_lines l WHERE l.organization_id = j.organization_id AND l.entry_id = j.id) AS lines`;

export function entryFromRow(row: Record<string, unknown>): JournalEntrySnapshot {
  const lines = (row.lines as JournalLine[] | null) ?? [];
  return {
    ...journalEntries.fromRow(row),
    reversedByEntryId: (row.reversed_by_entry_id as string | null) ?? null,
    lines: lines.map((l) => ({ ...l, debitCents: Number(l.debitCents), creditCents: Number(l.creditCents) })),
  };
}

/**
 * The entries a source posted that nothing reversed yet. Not locked (the application may not lock rows it may not
 * update): the caller holds its source's row (the call, the expense) FOR UPDATE, so two reversals of one source queue
 * up there, and the unique index on reverses_entry_id refuses a second reversal of one entry in any case.
 */
export async function openEntriesOf(
  tx: SqlReader,
  organizationId: string,
  sourceType: string,
  sourceId: string,
): Promise<JournalEntrySnapshot[]> {
  const rows = await tx.rows(
    sql`SELECT ${ENTRY_COLUMNS} FROM ${journalEntries.from}
      WHERE j.organization_id = ${organizationId} AND j.source_type = ${sourceType} AND j.source_id = ${sourceId}
        AND j.reverses_entry_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM journal_entries r
                         WHERE r.organization_id = j.organization_id AND r.reverses_entry_id = j.id)
      ORDER BY j.created_at, j.id`,
  );
  return rows.map(entryFromRow);
}
