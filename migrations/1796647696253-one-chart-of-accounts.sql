-- One chart of accounts (issue 17, domain.md "Books"). The co-ownership chart (chart_accounts, platform data) and the
-- organizations' sub-accounts (organization_accounts) replace the eight-code chart each organization had
-- (pcn_accounts): expenses are booked on a class-6 account of the chart or on a sub-account under one.
--
-- Each organization's own pcn_accounts rows (codes the chart in force does not have) become sub-accounts, under the
-- longest code of the chart in force their code extends (615000 under 61), else under their class ('6', the rule
-- of organization_accounts for a code no chart account prefixes, e.g. 660000). Their labels, English one included,
-- move with them. A relabelled default account (one of the chart's codes) keeps the chart's labels.
--
-- Expenses recorded before the journal existed are posted (see below), so that the report, which reads the journal,
-- keeps them.
--
-- Works paid from the reserve fund: an expense says so (paid_from_reserve). Its use of the fund is posted to 792
-- "prélèvement sur le fonds de réserve" (debit 160, credit 792), so the charge is covered and not charged to the
-- owners a second time. 792 follows the general minimum chart (AR 12.09.1983, 792 "Prélèvements sur les réserves");
-- its use by co-ownerships is as practised, to verify.
-- migrate:up
INSERT INTO chart_accounts (version_id, code, class, label_fr, label_nl, source, to_verify) VALUES
  ('be-copro-2012', '79', 7, 'Affectations et prélèvements', 'Resultaatverwerking',
   'General minimum chart (AR 12.09.1983), group 79; its use by co-ownerships to verify', true),
  ('be-copro-2012', '792', 7, 'Prélèvement sur le fonds de réserve', 'Onttrekking aan het reservekapitaal',
   'General minimum chart (AR 12.09.1983), 792 "Prélèvements sur les réserves"; works paid from the reserve fund as practised, to verify', true);

ALTER TABLE organization_accounts
  ADD COLUMN label_en varchar(200) CHECK (char_length(label_en) >= 1),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

INSERT INTO organization_accounts (organization_id, code, parent_code, label_fr, label_nl, label_en, created_at,
                                   updated_at)
SELECT p.organization_id, p.code,
       coalesce((SELECT c.code FROM chart_accounts c
                  WHERE c.version_id = (SELECT v.id FROM chart_versions v WHERE v.valid_from <= current_date
                                         ORDER BY v.valid_from DESC LIMIT 1)
                    AND p.code LIKE c.code || '_%'
                  ORDER BY length(c.code) DESC LIMIT 1), left(p.code, 1)),
       left(p.label_fr, 200), left(p.label_nl, 200), left(p.label_en, 200), p.created_at, p.updated_at
  FROM pcn_accounts p
 WHERE NOT EXISTS (SELECT 1 FROM chart_accounts c WHERE c.code = p.code)
ON CONFLICT (organization_id, code) DO NOTHING;

DROP TABLE pcn_accounts;

-- Codes of the chart and of sub-accounts: class 6, 2 to 10 digits.
ALTER TABLE expenses DROP CONSTRAINT expenses_account_code_check;
ALTER TABLE expenses ALTER COLUMN account_code TYPE varchar(10);
ALTER TABLE expenses ADD CONSTRAINT expenses_account_code_check CHECK (account_code ~ '^6[0-9]{1,9}$');
ALTER TABLE expenses ADD COLUMN paid_from_reserve boolean NOT NULL DEFAULT false;

-- The PCN report reads the journal: expenses recorded before the journal existed get the entries the application
-- posts (invoice: charge account against 440, a credit note the other way round; payment: 440 against 550 on the
-- Brussels day it was paid), dated on their own days, closed books included (they record what happened then).
CREATE TEMPORARY TABLE unposted_expenses ON COMMIT DROP AS
SELECT e.id, e.organization_id, e.building_id, e.expense_date, e.account_code, e.amount_cents, e.created_at,
       left(concat_ws(' · ', e.supplier, e.invoice_number, e.description), 200) AS reference,
       gen_random_uuid() AS entry_id
  FROM expenses e
 WHERE e.status <> 'cancelled'
   AND NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.organization_id = e.organization_id
                      AND j.source_type = 'expense' AND j.source_id = e.id);
CREATE TEMPORARY TABLE unposted_payments ON COMMIT DROP AS
SELECT e.id, e.organization_id, e.building_id, (e.paid_at AT TIME ZONE 'Europe/Brussels')::date AS paid_on,
       e.amount_cents, e.paid_at,
       left('Payment ' || concat_ws(' · ', e.supplier, e.invoice_number, e.description), 200) AS reference,
       gen_random_uuid() AS entry_id
  FROM expenses e
 WHERE e.status = 'paid'
   AND NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.organization_id = e.organization_id
                      AND j.source_type = 'expense_payment' AND j.source_id = e.id);
ALTER TABLE journal_entries DISABLE TRIGGER journal_entries_books_open;
INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference, source_type, source_id,
                             created_at)
SELECT entry_id, organization_id, building_id, expense_date, 'purchases', reference, 'expense', id, created_at
  FROM unposted_expenses
UNION ALL
SELECT entry_id, organization_id, building_id, paid_on, 'financial', reference, 'expense_payment', id, paid_at
  FROM unposted_payments;
INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
SELECT organization_id, entry_id, 1, CASE WHEN amount_cents > 0 THEN account_code ELSE '440' END, abs(amount_cents), 0
  FROM unposted_expenses
UNION ALL
SELECT organization_id, entry_id, 2, CASE WHEN amount_cents > 0 THEN '440' ELSE account_code END, 0, abs(amount_cents)
  FROM unposted_expenses
UNION ALL
SELECT organization_id, entry_id, 1, CASE WHEN amount_cents > 0 THEN '440' ELSE '550' END, abs(amount_cents), 0
  FROM unposted_payments
UNION ALL
SELECT organization_id, entry_id, 2, CASE WHEN amount_cents > 0 THEN '550' ELSE '440' END, 0, abs(amount_cents)
  FROM unposted_payments;
-- The balance checks run now rather than at commit, so that the guard can be put back.
SET CONSTRAINTS journal_entries_balanced, journal_lines_balanced IMMEDIATE;
ALTER TABLE journal_entries ENABLE TRIGGER journal_entries_books_open;

-- migrate:down
-- Entries are never deleted (the journal only grows): those the migration posted stay.
ALTER TABLE expenses DROP COLUMN paid_from_reserve;
ALTER TABLE expenses DROP CONSTRAINT expenses_account_code_check;
ALTER TABLE expenses ALTER COLUMN account_code TYPE char(6);
ALTER TABLE expenses ADD CONSTRAINT expenses_account_code_check CHECK (account_code ~ '^6[0-9]{5}$');

CREATE TABLE pcn_accounts (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  code char(6) NOT NULL CHECK (code ~ '^6[0-9]{5}$'),
  label_fr varchar(255) NOT NULL CHECK (char_length(label_fr) >= 1),
  label_nl varchar(255) NOT NULL CHECK (char_length(label_nl) >= 1),
  label_en varchar(255) CHECK (char_length(label_en) >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, code)
);
SELECT app_isolate_tenant('pcn_accounts');
-- The six-digit class-6 sub-accounts go back (the application seeds the default accounts on first use); the
-- sub-accounts stay in organization_accounts too, where the journal's chart reads them.
INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl, label_en, created_at, updated_at)
SELECT organization_id, code, label_fr, label_nl, label_en, created_at, updated_at
  FROM organization_accounts WHERE code ~ '^6[0-9]{5}$';
-- A chart that is not empty is not seeded again: those organizations get the default accounts here.
INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl)
SELECT DISTINCT o.organization_id, c.code, c.label_fr, c.label_nl
  FROM organization_accounts o
  JOIN chart_accounts c ON c.version_id = 'be-copro-2012' AND c.code ~ '^6[0-9]{5}$'
 WHERE o.code ~ '^6[0-9]{5}$'
ON CONFLICT DO NOTHING;

ALTER TABLE organization_accounts DROP COLUMN updated_at, DROP COLUMN label_en;
DELETE FROM chart_accounts WHERE version_id = 'be-copro-2012' AND code IN ('79', '792');
