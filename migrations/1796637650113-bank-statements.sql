-- Bank statements (issue 17, Money II item 4). A CODA or CAMT.053 file is read, checked (opening balance plus the
-- movements is the closing balance) and kept as one statement row and one row per booked movement. A statement is
-- kept once per organization: its identity is a SHA-256 of its account, balances, closing day and dated amounts,
-- the same whether the bank sent it as CODA or as CAMT.053, so importing it again changes nothing.
-- Movements wait in a reconciliation queue: `unmatched` until matched to an owner's payment (`matched`), or until an
-- amount and a counterparty IBAN point to one (`suggested`). Statements are facts from the bank: not dated writes of
-- the books (a matched movement becomes a payment, which the closed-books guard of payments checks).
-- migrate:up
CREATE TABLE bank_statements (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  format varchar(10) NOT NULL CHECK (format IN ('coda', 'camt053')),
  account_iban varchar(34) NOT NULL,
  currency char(3) NOT NULL,
  statement_number varchar(35) NOT NULL,
  -- Hex SHA-256 of the statement's identity (see above).
  identity char(64) NOT NULL CHECK (identity ~ '^[0-9a-f]{64}$'),
  opening_cents bigint NOT NULL,
  opening_date date NOT NULL,
  closing_cents bigint NOT NULL,
  closing_date date NOT NULL,
  movement_count integer NOT NULL CHECK (movement_count >= 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  -- The user who imported it (identity context, a plain link).
  imported_by uuid NOT NULL,
  CONSTRAINT bank_statements_org_building_id_uq UNIQUE (organization_id, building_id, id),
  CONSTRAINT bank_statements_building_fk FOREIGN KEY (organization_id, building_id)
    REFERENCES buildings (organization_id, id),
  CONSTRAINT bank_statements_identity_uq UNIQUE (organization_id, identity)
);
-- A building's statements, newest first.
CREATE INDEX bank_statements_building_closing_idx
  ON bank_statements (organization_id, building_id, closing_date DESC, id DESC);
SELECT app_isolate_tenant('bank_statements');

CREATE TABLE bank_movements (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  building_id uuid NOT NULL,
  statement_id uuid NOT NULL,
  -- The movement's place in its statement, from 1.
  position integer NOT NULL CHECK (position >= 1),
  -- The statement's account, repeated so that the queue of one account needs no join.
  account_iban varchar(34) NOT NULL,
  bank_reference varchar(64) NOT NULL,
  -- Signed: credits (money in) positive, debits negative.
  amount_cents bigint NOT NULL,
  booking_date date NOT NULL,
  value_date date,
  -- The 12 digits of a Belgian structured communication whose check holds (mod 97), as the payer gave it.
  ogm char(12) CHECK (ogm ~ '^[0-9]{12}$'),
  communication varchar(1000),
  counterparty_iban varchar(34),
  counterparty_name varchar(140),
  status varchar(10) NOT NULL DEFAULT 'unmatched' CHECK (status IN ('matched', 'unmatched', 'suggested')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bank_movements_statement_fk FOREIGN KEY (organization_id, building_id, statement_id)
    REFERENCES bank_statements (organization_id, building_id, id) ON DELETE CASCADE,
  CONSTRAINT bank_movements_position_uq UNIQUE (statement_id, position)
);
-- The reconciliation queue: by building and status, or across the organization by status, oldest booking last.
CREATE INDEX bank_movements_building_status_idx
  ON bank_movements (organization_id, building_id, status, booking_date DESC, id DESC);
CREATE INDEX bank_movements_status_idx ON bank_movements (organization_id, status, booking_date DESC, id DESC);
CREATE INDEX bank_movements_building_booking_idx
  ON bank_movements (organization_id, building_id, booking_date DESC, id DESC);
CREATE INDEX bank_movements_booking_idx ON bank_movements (organization_id, booking_date DESC, id DESC);
-- Matching by structured communication.
CREATE INDEX bank_movements_ogm_idx ON bank_movements (organization_id, ogm) WHERE ogm IS NOT NULL;
SELECT app_isolate_tenant('bank_movements');

-- migrate:down
DROP TABLE bank_movements;
DROP TABLE bank_statements;
