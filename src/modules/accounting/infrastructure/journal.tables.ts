import { column, table } from '@shared/persistence/table';
import type { JournalEntrySnapshot } from '../domain/journal-entry';

export type JournalEntryRow = Omit<JournalEntrySnapshot, 'lines' | 'reversedByEntryId'>;

export const journalEntries = table<JournalEntryRow>('journal_entries', 'j', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  date: column('entry_date', { date: true }),
  journal: column('journal'),
  reference: column('reference'),
  sourceType: column('source_type'),
  sourceId: column('source_id'),
  reversesEntryId: column('reverses_entry_id'),
  createdBy: column('created_by'),
  createdAt: column('created_at'),
});

export interface JournalLineRow {
  organizationId: string;
  entryId: string;
  lineNo: number;
  accountCode: string;
  debitCents: number;
  creditCents: number;
  ownerId: string | null;
  unitId: string | null;
}

export const journalLines = table<JournalLineRow>('journal_lines', 'l', {
  organizationId: column('organization_id'),
  entryId: column('entry_id'),
  lineNo: column('line_no'),
  accountCode: column('account_code'),
  debitCents: column('debit_cents', { read: Number }),
  creditCents: column('credit_cents', { read: Number }),
  ownerId: column('owner_id'),
  unitId: column('unit_id'),
});
