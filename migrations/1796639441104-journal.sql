-- Double-entry books (issue 17, domain.md "Books", Royal Decree of 12 July 2012 as researched).
--
-- The co-ownership chart of accounts is platform-wide reference data, versioned: an accountant corrects a number by
-- publishing a new version, never by a code change. Each account keeps where its number comes from (`source`) and a
-- flag on the numbers still to verify against the published annex. Organizations add their own sub-accounts under
-- an account of the chart (organization_accounts, tenant data).
--
-- The journal holds one building's entries: each entry is balanced (Σ debit = Σ credit, checked by the database at
-- commit), each line is either a debit or a credit, and a posted entry never changes: a correction is a reversing
-- entry. Entries are dated writes: they attach the closed-books guard. Automatic postings name their source (a call,
-- a payment, an expense...) and are written in the transaction of the business write that causes them.
-- migrate:up
CREATE TABLE chart_versions (
  id varchar(40) PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9.-]*$'),
  title varchar(200) NOT NULL,
  -- The text the numbers come from.
  legal_basis varchar(500) NOT NULL,
  -- The version in force on a day is the latest whose valid_from is on or before it.
  valid_from date NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chart_accounts (
  version_id varchar(40) NOT NULL REFERENCES chart_versions (id) ON DELETE CASCADE,
  code varchar(10) NOT NULL CHECK (code ~ '^[1-7][0-9]{0,9}$'),
  class smallint NOT NULL,
  label_fr varchar(200) NOT NULL,
  label_nl varchar(200) NOT NULL,
  -- Where the number comes from (the decree's annex, the Accounting Standards Commission's advice, practice...).
  source varchar(300) NOT NULL,
  -- True while the number (or its use for co-ownerships) has not been checked against the published annex.
  to_verify boolean NOT NULL,
  PRIMARY KEY (version_id, code),
  CONSTRAINT chart_accounts_class_ck CHECK (class BETWEEN 1 AND 7 AND class = left(code, 1)::smallint)
);
-- Reference data: every organization reads it; only the schema owner writes it (a migration publishes a version).
GRANT SELECT ON chart_versions, chart_accounts TO koprogo_app, koprogo_platform;

INSERT INTO chart_versions (id, title, legal_basis, valid_from) VALUES
  ('be-copro-2012', 'Plan comptable minimum normalisé des associations de copropriétaires',
   'Arrêté royal du 12 juillet 2012 (M.B. 3 août 2012), modifié par l''arrêté royal du 18 avril 2013; avis CNC 2012/14',
   '2013-01-01');

INSERT INTO chart_accounts (version_id, code, class, label_fr, label_nl, source, to_verify) VALUES
  ('be-copro-2012', '10', 1, 'Fonds des copropriétaires', 'Fondsen van de mede-eigenaars',
   'Structure of the minimum chart (class 1, group 10); label as practised', true),
  ('be-copro-2012', '100', 1, 'Fonds de roulement', 'Werkkapitaal',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '16', 1, 'Provisions et fonds de réserve', 'Voorzieningen en reservekapitaal',
   'Structure of the minimum chart (class 1, group 16); label as practised', true),
  ('be-copro-2012', '160', 1, 'Fonds de réserve', 'Reservekapitaal',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '17', 1, 'Dettes à plus d''un an', 'Schulden op meer dan een jaar',
   'General minimum chart (AR 12.09.1983), group 17; its use by co-ownerships to verify', true),
  ('be-copro-2012', '2300', 2, 'Installations, machines et outillage', 'Installaties, machines en uitrusting',
   'E. Arpigny, "La comptabilité des copropriétés, mise en œuvre de l''AR du 12 juillet 2012" (2012), class 2', true),
  ('be-copro-2012', '2400', 2, 'Mobilier et matériel roulant', 'Meubilair en rollend materieel',
   'E. Arpigny, "La comptabilité des copropriétés, mise en œuvre de l''AR du 12 juillet 2012" (2012), class 2', true),
  ('be-copro-2012', '28', 2, 'Cautionnements versés', 'Betaalde borgtochten',
   'E. Arpigny, "La comptabilité des copropriétés, mise en œuvre de l''AR du 12 juillet 2012" (2012), class 2', true),
  ('be-copro-2012', '40', 4, 'Créances à un an au plus', 'Vorderingen op ten hoogste een jaar',
   'General minimum chart (AR 12.09.1983), group 40; label as practised', true),
  ('be-copro-2012', '410', 4, 'Copropriétaires – appels de fonds à recevoir',
   'Mede-eigenaars – opgevraagde voorschotten te ontvangen',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '4101', 4, 'Copropriétaires – appels au fonds de roulement',
   'Mede-eigenaars – opgevraagde voorschotten werkkapitaal',
   'Practitioners'' subdivision of 410 (quimmo.be forum on the 2012 chart); not used by automatic postings', true),
  ('be-copro-2012', '4102', 4, 'Copropriétaires – appels au fonds de réserve',
   'Mede-eigenaars – opgevraagde voorschotten reservekapitaal',
   'Practitioners'' subdivision of 410 (quimmo.be forum on the 2012 chart); not used by automatic postings', true),
  ('be-copro-2012', '44', 4, 'Dettes commerciales à un an au plus', 'Handelsschulden op ten hoogste een jaar',
   'General minimum chart (AR 12.09.1983), group 44', true),
  ('be-copro-2012', '440', 4, 'Fournisseurs', 'Leveranciers',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '45', 4, 'Dettes fiscales, salariales et sociales',
   'Schulden met betrekking tot belastingen, bezoldigingen en sociale lasten',
   'General minimum chart (AR 12.09.1983), group 45 (a concierge''s wages)', true),
  ('be-copro-2012', '49', 4, 'Comptes de régularisation et d''attente', 'Overlopende rekeningen en wachtrekeningen',
   'General minimum chart (AR 12.09.1983), group 49', true),
  ('be-copro-2012', '55', 5, 'Établissements de crédit', 'Kredietinstellingen',
   'General minimum chart (AR 12.09.1983), group 55', true),
  ('be-copro-2012', '550', 5, 'Banque – compte courant (fonds de roulement)', 'Bank – zichtrekening (werkkapitaal)',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '551', 5, 'Banque – compte de réserve (fonds de réserve)', 'Bank – reserverekening (reservekapitaal)',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '57', 5, 'Caisse', 'Kas',
   'General minimum chart (AR 12.09.1983), group 57', true),
  ('be-copro-2012', '58', 5, 'Virements internes', 'Interne overboekingen',
   'General minimum chart (AR 12.09.1983), group 58', true),
  ('be-copro-2012', '61', 6, 'Services et biens divers', 'Diensten en diverse goederen',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '610000', 6, 'Entretien courant', 'Gewoon onderhoud',
   'KoproGo practitioner chart (domain.md "PCN report", category maintenance); numbering to verify', true),
  ('be-copro-2012', '610100', 6, 'Réparations', 'Herstellingen',
   'KoproGo practitioner chart (domain.md "PCN report", category repairs); numbering to verify', true),
  ('be-copro-2012', '610200', 6, 'Nettoyage', 'Schoonmaak',
   'KoproGo practitioner chart (domain.md "PCN report", category cleaning); numbering to verify', true),
  ('be-copro-2012', '611000', 6, 'Travaux', 'Werken',
   'KoproGo practitioner chart (domain.md "PCN report", category works); numbering to verify. Works paid from the reserve fund are charged here once, not called again', true),
  ('be-copro-2012', '612000', 6, 'Eau et énergie', 'Water en energie',
   'KoproGo practitioner chart (domain.md "PCN report", category utilities); numbering to verify', true),
  ('be-copro-2012', '613000', 6, 'Honoraires et frais de gestion', 'Erelonen en beheerskosten',
   'KoproGo practitioner chart (domain.md "PCN report", category administration); numbering to verify', true),
  ('be-copro-2012', '614000', 6, 'Assurances', 'Verzekeringen',
   'KoproGo practitioner chart (domain.md "PCN report", category insurance); numbering to verify', true),
  ('be-copro-2012', '619000', 6, 'Autres charges', 'Andere kosten',
   'KoproGo practitioner chart (domain.md "PCN report", category other); numbering to verify', true),
  ('be-copro-2012', '62', 6, 'Rémunérations et charges sociales', 'Bezoldigingen en sociale lasten',
   'General minimum chart (AR 12.09.1983), group 62 (a concierge employed by the association)', true),
  ('be-copro-2012', '63', 6, 'Amortissements et réductions de valeur', 'Afschrijvingen en waardeverminderingen',
   'E. Arpigny (2012): depreciation 6302 against 2309; general minimum chart group 63', true),
  ('be-copro-2012', '64', 6, 'Autres charges d''exploitation', 'Andere bedrijfskosten',
   'General minimum chart (AR 12.09.1983), group 64 (taxes on the common parts)', true),
  ('be-copro-2012', '65', 6, 'Charges financières', 'Financiële kosten',
   'General minimum chart (AR 12.09.1983), group 65 (bank charges)', true),
  ('be-copro-2012', '70', 7, 'Appels de fonds aux copropriétaires', 'Opvragingen bij de mede-eigenaars',
   'AR 12.07.2012 annex, as researched (domain.md "Books")', false),
  ('be-copro-2012', '74', 7, 'Autres produits d''exploitation', 'Andere bedrijfsopbrengsten',
   'General minimum chart (AR 12.09.1983), group 74 (insurance refunds, rents of common parts)', true),
  ('be-copro-2012', '75', 7, 'Produits financiers', 'Financiële opbrengsten',
   'General minimum chart (AR 12.09.1983), group 75 (interest of the bank accounts)', true);

-- An organization's own sub-accounts, under an account of the chart (checked by the application: the chart is
-- versioned, a sub-account outlives versions). The code extends its parent's: 6100 under 610000 is refused.
CREATE TABLE organization_accounts (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  code varchar(10) NOT NULL CHECK (code ~ '^[1-7][0-9]{0,9}$'),
  parent_code varchar(10) NOT NULL,
  label_fr varchar(200) NOT NULL,
  label_nl varchar(200) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, code),
  CONSTRAINT organization_accounts_parent_ck CHECK (code LIKE parent_code || '_%')
);
SELECT app_isolate_tenant('organization_accounts');

CREATE TABLE journal_entries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  entry_date date NOT NULL,
  journal varchar(20) NOT NULL CHECK (journal IN ('purchases', 'sales', 'financial', 'misc')),
  reference varchar(200) NOT NULL CHECK (char_length(reference) >= 1),
  -- What posted it: null for a manual entry; else the business fact (a call, a payment, an expense...) and its id.
  source_type varchar(30) CHECK (source_type IN ('call', 'payment', 'expense', 'expense_payment')),
  source_id uuid,
  -- The entry this one reverses (same lines, debit and credit swapped).
  reverses_entry_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT journal_entries_org_id_uq UNIQUE (organization_id, id),
  CONSTRAINT journal_entries_building_fk FOREIGN KEY (organization_id, building_id)
    REFERENCES buildings (organization_id, id),
  CONSTRAINT journal_entries_reverses_fk FOREIGN KEY (organization_id, reverses_entry_id)
    REFERENCES journal_entries (organization_id, id),
  CONSTRAINT journal_entries_source_ck CHECK ((source_type IS NULL) = (source_id IS NULL))
);
-- The journal of a building by date (list, trial balance), and the filter by journal.
CREATE INDEX journal_entries_building_date_idx ON journal_entries (organization_id, building_id, entry_date, id);
CREATE INDEX journal_entries_building_journal_idx
  ON journal_entries (organization_id, building_id, journal, entry_date, id);
-- A source's postings (to reverse them when the source is cancelled or revised).
CREATE INDEX journal_entries_source_idx ON journal_entries (organization_id, source_type, source_id)
  WHERE source_id IS NOT NULL;
-- An entry is reversed at most once.
CREATE UNIQUE INDEX journal_entries_reversed_once_uq ON journal_entries (reverses_entry_id)
  WHERE reverses_entry_id IS NOT NULL;
SELECT app_isolate_tenant('journal_entries');

CREATE TABLE journal_lines (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  entry_id uuid NOT NULL,
  line_no smallint NOT NULL CHECK (line_no >= 1),
  account_code varchar(10) NOT NULL CHECK (account_code ~ '^[1-7][0-9]{0,9}$'),
  debit_cents bigint NOT NULL CHECK (debit_cents >= 0),
  credit_cents bigint NOT NULL CHECK (credit_cents >= 0),
  -- The owner (410) or unit a line concerns: plain links, checked by the application.
  owner_id uuid,
  unit_id uuid,
  PRIMARY KEY (entry_id, line_no),
  CONSTRAINT journal_lines_entry_fk FOREIGN KEY (organization_id, entry_id)
    REFERENCES journal_entries (organization_id, id),
  -- Exactly one side of a line carries an amount.
  CONSTRAINT journal_lines_one_side_ck CHECK ((debit_cents > 0) <> (credit_cents > 0))
);
-- An owner's lines on an account (account 410 per owner).
CREATE INDEX journal_lines_owner_idx ON journal_lines (organization_id, owner_id, account_code)
  WHERE owner_id IS NOT NULL;
SELECT app_isolate_tenant('journal_lines');
-- Posted means final: the application may neither change nor remove an entry or a line (corrections are reversing
-- entries); the triggers below hold the schema owner to it too.
REVOKE UPDATE, DELETE ON journal_entries, journal_lines FROM koprogo_app, koprogo_platform;

CREATE FUNCTION app_journal_posted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'A posted journal entry never changes: post a reversing entry instead'
    USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'journal_entry_posted';
END $$;
CREATE TRIGGER journal_entries_posted BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION app_journal_posted();
CREATE TRIGGER journal_lines_posted BEFORE UPDATE OR DELETE ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION app_journal_posted();

-- Lines join their entry in the transaction that created it: an entry committed earlier takes no new line.
CREATE FUNCTION app_journal_line_of_new_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM journal_entries e
   WHERE e.id = NEW.entry_id AND e.xmin::text::bigint = txid_current() % 4294967296;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Journal entry % is posted: it takes no new line', NEW.entry_id
      USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'journal_entry_posted';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER journal_lines_of_new_entry BEFORE INSERT ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION app_journal_line_of_new_entry();

-- At commit: every entry written in the transaction has lines, and its debits equal its credits.
CREATE FUNCTION app_journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- One function for both tables: the row is read as JSON, as each table names the entry differently.
  entry uuid := (to_jsonb(NEW) ->> CASE WHEN TG_TABLE_NAME = 'journal_entries' THEN 'id' ELSE 'entry_id' END)::uuid;
  debits bigint;
  credits bigint;
  lines integer;
BEGIN
  SELECT coalesce(sum(l.debit_cents), 0), coalesce(sum(l.credit_cents), 0), count(*)
    INTO debits, credits, lines
    FROM journal_lines l WHERE l.entry_id = entry;
  IF lines < 2 OR debits <> credits THEN
    RAISE EXCEPTION 'Journal entry % is not balanced: debits %, credits %, % lines', entry, debits, credits, lines
      USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entry_balanced',
            DETAIL = json_build_object('debitCents', debits, 'creditCents', credits, 'lines', lines)::text;
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_journal_entry_balanced();
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_journal_entry_balanced();

-- Entries are dated on their date: none goes into closed books.
CREATE FUNCTION app_journal_entries_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM app_assert_books_open(NEW.organization_id, NEW.building_id, NEW.entry_date);
  RETURN NEW;
END $$;
CREATE TRIGGER journal_entries_books_open BEFORE INSERT ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION app_journal_entries_books_open();

-- migrate:down
DROP TRIGGER journal_entries_books_open ON journal_entries;
DROP FUNCTION app_journal_entries_books_open();
DROP TABLE journal_lines;
DROP TABLE journal_entries;
DROP FUNCTION app_journal_entry_balanced();
DROP FUNCTION app_journal_line_of_new_entry();
DROP FUNCTION app_journal_posted();
DROP TABLE organization_accounts;
DROP TABLE chart_accounts;
DROP TABLE chart_versions;
