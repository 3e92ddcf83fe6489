import type { CalendarDate } from '../../../shared/domain';
import {
  EntryAlreadyReversed,
  EntryNotBalanced,
  EntryPostedAutomatically,
  InvalidJournalEntry,
} from './accounting.errors';

export const JOURNALS = ['purchases', 'sales', 'financial', 'misc'] as const;
/** The books an entry is written in: purchases (supplier invoices), sales (calls for funds), financial (bank), misc. */
export type JournalKind = (typeof JOURNALS)[number];

export const SOURCE_TYPES = ['call', 'payment', 'expense', 'expense_payment', 'closing'] as const;
/** The business fact behind an automatic posting. */
export type SourceType = (typeof SOURCE_TYPES)[number];

export const MAX_REFERENCE = 200;
export const MAX_LINES = 1000;
/** 10 million euros: no line of a co-ownership's books comes near it; a typing error does. */
export const MAX_LINE_CENTS = 1_000_000_000;

/** One side of one account: exactly one of debit and credit is above zero. */
export interface JournalLine {
  readonly accountCode: string;
  readonly debitCents: number;
  readonly creditCents: number;
  readonly ownerId: string | null;
  readonly unitId: string | null;
}

export interface JournalEntrySnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly date: CalendarDate;
  readonly journal: JournalKind;
  readonly reference: string;
  readonly sourceType: SourceType | null;
  readonly sourceId: string | null;
  readonly reversesEntryId: string | null;
  /** The id of the entry that reversed this one, if any (read, never written). */
  readonly reversedByEntryId: string | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly lines: readonly JournalLine[];
}

/** What a posting or a manual entry asks for; the journal adds id, organization, author and creation time. */
export interface EntryDraft {
  readonly buildingId: string;
  readonly date: CalendarDate;
  readonly journal: JournalKind;
  readonly reference: string;
  readonly sourceType: SourceType | null;
  readonly sourceId: string | null;
  readonly reversesEntryId?: string | null;
  readonly lines: readonly JournalLine[];
}

export interface Totals {
  readonly debitCents: number;
  readonly creditCents: number;
}

export function totalsOf(lines: readonly Pick<JournalLine, 'debitCents' | 'creditCents'>[]): Totals {
  return lines.reduce(
    (t, l) => ({ debitCents: t.debitCents + l.debitCents, creditCents: t.creditCents + l.creditCents }),
    { debitCents: 0, creditCents: 0 },
  );
}

/**
 * Checks the double-entry rules of an entry before it is written (the database checks them again at commit):
 * at least two lines, each with exactly one side above zero in whole cents, and Σ debits = Σ credits.
 * 400 VALIDATION_FAILED for a malformed line, 422 ENTRY_NOT_BALANCED for an unbalanced entry.
 */
export function assertBalanced(draft: EntryDraft): void {
  if (!draft.reference.trim()) throw new InvalidJournalEntry('reference', 'reference must not be empty');
  if (draft.lines.length < 2) throw new InvalidJournalEntry('lines', 'an entry has at least two lines');
  if (draft.lines.length > MAX_LINES) throw new InvalidJournalEntry('lines', `an entry has at most ${MAX_LINES} lines`);
  draft.lines.forEach((line, i) => {
    for (const side of ['debitCents', 'creditCents'] as const) {
      const value = line[side];
      if (!Number.isSafeInteger(value) || value < 0 || value > MAX_LINE_CENTS) {
        throw new InvalidJournalEntry(
          `lines.${i}.${side}`,
          `${side} must be a whole number of cents from 0 to ${MAX_LINE_CENTS}`,
        );
      }
    }
    if (line.debitCents > 0 === line.creditCents > 0) {
      throw new InvalidJournalEntry(`lines.${i}`, 'a line has either a debit or a credit above zero, not both');
    }
  });
  const totals = totalsOf(draft.lines);
  if (totals.debitCents !== totals.creditCents) throw new EntryNotBalanced(totals.debitCents, totals.creditCents);
}

/**
 * The entry that cancels `entry`: the same accounts, debit and credit swapped, dated `date`. Only a manual entry
 * that is neither reversed nor itself a reversal can be reversed by hand (409); automatic postings are reversed by
 * their source (`automatic: true`).
 */
export function reversalOf(
  entry: JournalEntrySnapshot,
  date: CalendarDate,
  options: { automatic?: boolean; reference?: string } = {},
): EntryDraft {
  if (entry.reversedByEntryId || entry.reversesEntryId) throw new EntryAlreadyReversed();
  if (entry.sourceType && !options.automatic) throw new EntryPostedAutomatically(entry.sourceType);
  return {
    buildingId: entry.buildingId,
    date,
    journal: entry.journal,
    reference: options.reference ?? `Reversal of ${entry.reference}`.slice(0, MAX_REFERENCE),
    sourceType: entry.sourceType,
    sourceId: entry.sourceId,
    reversesEntryId: entry.id,
    lines: entry.lines.map((l) => ({ ...l, debitCents: l.creditCents, creditCents: l.debitCents })),
  };
}
