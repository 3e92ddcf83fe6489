-- Per-year and per-month totals of a building's journal, so that the trial balance on a day costs the same after
-- fifteen years of books as after one (issue 21): each account's debits and credits of every year and every month of
-- a building, kept by the database in the transaction that posts the lines. A balance on a day adds the years that
-- ended before it, the months of its year that ended before it and the lines of its own month. Journal entries and
-- lines never change nor go (corrections are reversing entries), so the totals only ever grow by what is inserted.
-- migrate:up
CREATE TABLE journal_month_totals (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  -- The first day of the month.
  month date NOT NULL CHECK (month = date_trunc('month', month)::date),
  account_code varchar(10) NOT NULL,
  debit_cents bigint NOT NULL CHECK (debit_cents >= 0),
  credit_cents bigint NOT NULL CHECK (credit_cents >= 0),
  -- A building's months in date order: the trial balance reads a range of them.
  PRIMARY KEY (organization_id, building_id, month, account_code)
);
SELECT app_isolate_tenant('journal_month_totals');

CREATE TABLE journal_year_totals (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  -- The first day of the calendar year.
  year date NOT NULL CHECK (year = date_trunc('year', year)::date),
  account_code varchar(10) NOT NULL,
  debit_cents bigint NOT NULL CHECK (debit_cents >= 0),
  credit_cents bigint NOT NULL CHECK (credit_cents >= 0),
  PRIMARY KEY (organization_id, building_id, year, account_code)
);
SELECT app_isolate_tenant('journal_year_totals');

-- Two upserts per statement that inserts lines (all the lines of an entry travel in one INSERT), grouped and sorted
-- so that concurrent postings lock the same rows in the same order.
CREATE FUNCTION app_journal_month_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO journal_month_totals AS t (organization_id, building_id, month, account_code, debit_cents, credit_cents)
  SELECT n.organization_id, e.building_id, date_trunc('month', e.entry_date)::date, n.account_code,
         sum(n.debit_cents), sum(n.credit_cents)
    FROM new_lines n
    JOIN journal_entries e ON e.organization_id = n.organization_id AND e.id = n.entry_id
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (organization_id, building_id, month, account_code) DO UPDATE
    SET debit_cents = t.debit_cents + excluded.debit_cents, credit_cents = t.credit_cents + excluded.credit_cents;
  INSERT INTO journal_year_totals AS t (organization_id, building_id, year, account_code, debit_cents, credit_cents)
  SELECT n.organization_id, e.building_id, date_trunc('year', e.entry_date)::date, n.account_code,
         sum(n.debit_cents), sum(n.credit_cents)
    FROM new_lines n
    JOIN journal_entries e ON e.organization_id = n.organization_id AND e.id = n.entry_id
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (organization_id, building_id, year, account_code) DO UPDATE
    SET debit_cents = t.debit_cents + excluded.debit_cents, credit_cents = t.credit_cents + excluded.credit_cents;
  RETURN NULL;
END $$;
CREATE TRIGGER journal_lines_month_totals AFTER INSERT ON journal_lines
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION app_journal_month_totals();

-- The books posted so far.
INSERT INTO journal_month_totals (organization_id, building_id, month, account_code, debit_cents, credit_cents)
SELECT l.organization_id, e.building_id, date_trunc('month', e.entry_date)::date, l.account_code,
       sum(l.debit_cents), sum(l.credit_cents)
  FROM journal_lines l
  JOIN journal_entries e ON e.organization_id = l.organization_id AND e.id = l.entry_id
 GROUP BY 1, 2, 3, 4;
INSERT INTO journal_year_totals (organization_id, building_id, year, account_code, debit_cents, credit_cents)
SELECT organization_id, building_id, date_trunc('year', month)::date, account_code, sum(debit_cents), sum(credit_cents)
  FROM journal_month_totals
 GROUP BY 1, 2, 3, 4;

-- migrate:down
DROP TRIGGER journal_lines_month_totals ON journal_lines;
DROP FUNCTION app_journal_month_totals();
DROP TABLE journal_year_totals;
DROP TABLE journal_month_totals;
