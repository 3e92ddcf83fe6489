import { assertBalanced, EntryDraft, JournalEntrySnapshot, reversalOf } from './journal-entry';

const line = (accountCode: string, debitCents: number, creditCents: number) => ({
  accountCode,
  debitCents,
  creditCents,
  ownerId: null,
  unitId: null,
});

const draft = (lines: EntryDraft['lines']): EntryDraft => ({
  buildingId: 'b',
  date: '2026-05-01',
  journal: 'misc',
  reference: 'Bank charges',
  sourceType: null,
  sourceId: null,
  lines,
});

const posted = (overrides: Partial<JournalEntrySnapshot> = {}): JournalEntrySnapshot => ({
  ...draft([line('65', 250, 0), line('550', 0, 250)]),
  id: 'e1',
  organizationId: 'o',
  reversesEntryId: null,
  reversedByEntryId: null,
  createdBy: null,
  createdAt: new Date(0),
  ...overrides,
});

describe('journal entries', () => {
  it('accepts a balanced entry', () => {
    expect(() => assertBalanced(draft([line('65', 250, 0), line('550', 0, 250)]))).not.toThrow();
  });

  it('refuses debits that differ from credits (ENTRY_NOT_BALANCED)', () => {
    expect(() => assertBalanced(draft([line('65', 250, 0), line('550', 0, 249)]))).toThrow(
      expect.objectContaining({ code: 'ENTRY_NOT_BALANCED', params: { debitCents: 250, creditCents: 249 } }),
    );
  });

  it.each([
    ['both sides', [line('65', 1, 1), line('550', 0, 0)]],
    ['no side', [line('65', 0, 0), line('550', 0, 0)]],
    ['a negative amount', [line('65', -1, 0), line('550', 0, -1)]],
    ['a fraction of a cent', [line('65', 0.5, 0), line('550', 0, 0.5)]],
    ['a single line', [line('65', 0, 0)]],
  ])('refuses a line with %s (400)', (_, lines) => {
    expect(() => assertBalanced(draft(lines))).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('reverses a manual entry: same accounts, sides swapped, pointing at the original', () => {
    const reversal = reversalOf(posted(), '2026-06-01');
    expect(reversal).toMatchObject({
      date: '2026-06-01',
      reversesEntryId: 'e1',
      reference: 'Reversal of Bank charges',
    });
    expect(reversal.lines).toEqual([line('65', 0, 250), line('550', 250, 0)]);
  });

  it('reverses an entry once, never a reversal, and an automatic posting only through its source', () => {
    expect(() => reversalOf(posted({ reversedByEntryId: 'e2' }), '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }),
    );
    expect(() => reversalOf(posted({ reversesEntryId: 'e0' }), '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }),
    );
    const automatic = posted({ sourceType: 'call', sourceId: 'c' });
    expect(() => reversalOf(automatic, '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'ENTRY_POSTED_AUTOMATICALLY' }),
    );
    expect(reversalOf(automatic, '2026-06-01', { automatic: true }).sourceId).toBe('c');
  });
});
