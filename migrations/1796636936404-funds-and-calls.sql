-- Funds and calls for funds (issue 16, domain.md "Money", Civil Code art. 3.86 §3). Every association keeps a
-- working-capital fund and a reserve fund, each on its own bank account; the syndic calls the owners for money (one
-- item per owner and call, with its own structured communication), records their payments, and each payment is
-- allocated to the items it pays. Calls and payments are dated writes: they attach the closed-books guard.
--
-- Concurrency (payments and cancellations): both lock call items FOR UPDATE, always in the order of their ids, before
-- they read what is paid (a statement of their own, so in a snapshot taken after the lock). A payment locks every item
-- of its owner in the building, a cancellation every item of its call: two payments of one item queue up and the
-- second sees the first's allocation; a cancellation and a payment queue up and the later one sees the earlier (a
-- paid item stops the cancellation, a cancelled call takes no payment). One global order of locks: no deadlock.
-- migrate:up
CREATE TABLE funds (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  kind varchar(20) NOT NULL CHECK (kind IN ('working_capital', 'reserve')),
  name varchar(100) NOT NULL CHECK (char_length(name) >= 1),
  -- Stored compact and upper case, its ISO 13616 check verified by the application ("BE68539007547034").
  iban varchar(34) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT funds_org_building_id_uq UNIQUE (organization_id, building_id, id),
  CONSTRAINT funds_building_fk FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id)
);
CREATE UNIQUE INDEX funds_building_name_uq ON funds (organization_id, building_id, lower(name));
CREATE INDEX funds_building_kind_idx ON funds (organization_id, building_id, kind, name);
SELECT app_isolate_tenant('funds');

CREATE TABLE calls (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  fund_id uuid NOT NULL,
  title varchar(200) NOT NULL CHECK (char_length(title) >= 1),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 1000000000),
  call_date date NOT NULL,
  due_date date NOT NULL CHECK (due_date >= call_date),
  -- The distribution key the call is split by; null: the quotas.
  key_id uuid,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT calls_org_building_id_uq UNIQUE (organization_id, building_id, id),
  CONSTRAINT calls_building_fk FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id),
  CONSTRAINT calls_fund_fk FOREIGN KEY (organization_id, building_id, fund_id)
    REFERENCES funds (organization_id, building_id, id),
  CONSTRAINT calls_key_fk FOREIGN KEY (organization_id, building_id, key_id)
    REFERENCES distribution_keys (organization_id, building_id, id)
);
-- GET /calls filters and sorts by building and date; the reserve minimum sums a fund's calls of a year.
CREATE INDEX calls_org_date_idx ON calls (organization_id, call_date DESC, id);
CREATE INDEX calls_building_date_idx ON calls (organization_id, building_id, call_date DESC, id);
CREATE INDEX calls_fund_date_idx ON calls (organization_id, fund_id, call_date);
CREATE INDEX calls_key_idx ON calls (organization_id, key_id) WHERE key_id IS NOT NULL;
SELECT app_isolate_tenant('calls');

-- One item per owner and call: what the owner owes, its units' parts, and its structured communication.
CREATE TABLE call_items (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  call_id uuid NOT NULL,
  fund_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  -- The call's dates, copied so the ledger and the arrears read one indexed table.
  call_date date NOT NULL,
  due_date date NOT NULL,
  -- [{unitId, unitNumber, amountCents}], by unit number: the owner's part of each unit, as split on the call date.
  units jsonb NOT NULL,
  -- The 12 digits of the structured communication (10 + check), printed +++ddd/dddd/ddddd+++.
  ogm char(12) NOT NULL CHECK (ogm ~ '^[0-9]{12}$'),
  CONSTRAINT call_items_call_fk FOREIGN KEY (organization_id, building_id, call_id)
    REFERENCES calls (organization_id, building_id, id) ON DELETE CASCADE,
  CONSTRAINT call_items_owner_fk FOREIGN KEY (organization_id, owner_id) REFERENCES owners (organization_id, id),
  CONSTRAINT call_items_call_owner_uq UNIQUE (call_id, owner_id)
);
CREATE UNIQUE INDEX call_items_ogm_uq ON call_items (organization_id, ogm);
CREATE INDEX call_items_owner_idx ON call_items (organization_id, owner_id, building_id, call_date, id);
CREATE INDEX call_items_owner_due_idx ON call_items (organization_id, building_id, due_date, owner_id);
SELECT app_isolate_tenant('call_items');

CREATE TABLE payments (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  -- Who paid: named by the payment or by the owner of the item its structured communication names.
  owner_id uuid NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 1000000000),
  paid_on date NOT NULL,
  ogm char(12) CHECK (ogm ~ '^[0-9]{12}$'),
  counterparty_iban varchar(34),
  -- What the allocations left: a credit on the owner's ledger.
  unallocated_cents bigint NOT NULL CHECK (unallocated_cents >= 0 AND unallocated_cents <= amount_cents),
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payments_building_fk FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id),
  CONSTRAINT payments_owner_fk FOREIGN KEY (organization_id, owner_id) REFERENCES owners (organization_id, id)
);
CREATE INDEX payments_org_date_idx ON payments (organization_id, paid_on DESC, id);
CREATE INDEX payments_building_date_idx ON payments (organization_id, building_id, paid_on DESC, id);
CREATE INDEX payments_owner_idx ON payments (organization_id, owner_id, building_id, paid_on, id);
SELECT app_isolate_tenant('payments');

CREATE TABLE payment_allocations (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
  call_item_id uuid NOT NULL REFERENCES call_items (id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  -- The payment's date, copied so the ledger and the arrears can read what was paid at a date from this table.
  paid_on date NOT NULL,
  PRIMARY KEY (payment_id, call_item_id)
);
CREATE INDEX payment_allocations_item_idx ON payment_allocations (organization_id, call_item_id, paid_on);
SELECT app_isolate_tenant('payment_allocations');

-- Late interest only when the statutes or the assembly set it (domain.md "Money"): none by default, no row.
CREATE TABLE building_late_interest (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  -- Yearly rate in basis points (800 = 8 %), simple interest per day late; null: none.
  annual_rate_bp integer CHECK (annual_rate_bp IS NULL OR annual_rate_bp BETWEEN 0 AND 10000),
  decision_ref varchar(500),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, building_id),
  CONSTRAINT building_late_interest_building_fk FOREIGN KEY (organization_id, building_id)
    REFERENCES buildings (organization_id, id)
);
SELECT app_isolate_tenant('building_late_interest');

-- Calls are dated on their call date (issuing, cancelling), payments on the day they were paid.
CREATE FUNCTION app_calls_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ref calls := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM app_assert_books_open(ref.organization_id, ref.building_id,
    CASE WHEN TG_OP = 'UPDATE' THEN least(OLD.call_date, NEW.call_date) ELSE ref.call_date END);
  RETURN ref;
END $$;
CREATE TRIGGER calls_books_open BEFORE INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION app_calls_books_open();

CREATE FUNCTION app_payments_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ref payments := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM app_assert_books_open(ref.organization_id, ref.building_id,
    CASE WHEN TG_OP = 'UPDATE' THEN least(OLD.paid_on, NEW.paid_on) ELSE ref.paid_on END);
  RETURN ref;
END $$;
CREATE TRIGGER payments_books_open BEFORE INSERT OR UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION app_payments_books_open();

-- migrate:down
DROP TRIGGER payments_books_open ON payments;
DROP FUNCTION app_payments_books_open();
DROP TRIGGER calls_books_open ON calls;
DROP FUNCTION app_calls_books_open();
DROP TABLE building_late_interest;
DROP TABLE payment_allocations;
DROP TABLE payments;
DROP TABLE call_items;
DROP TABLE calls;
DROP TABLE funds;
