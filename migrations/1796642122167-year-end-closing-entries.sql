-- Year-end closing entries (issue 17, domain.md "Books"). When a building's books are closed up to the last day of a
-- financial year, the closing posts, in its own transaction and before the period locks, the entry that brings the
-- charge (class 6) and income (class 7) accounts to zero against the result account (data in the application,
-- YEAR_END_ACCOUNTS). Such an entry names the closing as its source.
-- migrate:up
ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_source_type_check;
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_source_type_check
  CHECK (source_type IN ('call', 'payment', 'expense', 'expense_payment', 'closing'));

-- migrate:down
-- Posted entries are never deleted (the journal only grows): closing entries already written stay, and the narrower
-- check applies to new entries only.
ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_source_type_check;
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_source_type_check
  CHECK (source_type IN ('call', 'payment', 'expense', 'expense_payment')) NOT VALID;
