-- Expenses of a building's common parts; their distribution over units and owners is computed, never stored.
-- The building link is a foreign key on (organization_id, building_id): an expense always belongs to a building of
-- its own organization, and a building with expenses (accounting history) cannot be deleted.
-- migrate:up
CREATE TABLE expenses (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  category varchar(20) NOT NULL CHECK (category IN
    ('maintenance', 'repairs', 'cleaning', 'works', 'utilities', 'administration', 'insurance', 'other')),
  description varchar(500) NOT NULL CHECK (char_length(description) >= 1),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 1000000000),
  vat_rate smallint CHECK (vat_rate IN (0, 6, 12, 21)),
  expense_date date NOT NULL,
  due_date date,
  supplier varchar(255),
  invoice_number varchar(100),
  account_code char(6) NOT NULL CHECK (account_code ~ '^6[0-9]{5}$'),
  -- 'overdue' is derived (pending past its due date), never stored.
  status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'cancelled')),
  paid_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT expenses_due_after_date CHECK (due_date IS NULL OR due_date >= expense_date),
  CONSTRAINT expenses_paid_at CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
  CONSTRAINT expenses_building_fk FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id)
);
-- One index per sort (both directions scan it) and per filter combined with the default sort.
CREATE INDEX expenses_org_date_idx ON expenses (organization_id, expense_date, id);
CREATE INDEX expenses_org_amount_idx ON expenses (organization_id, amount_cents, id);
CREATE INDEX expenses_org_created_idx ON expenses (organization_id, created_at, id);
CREATE INDEX expenses_building_date_idx ON expenses (organization_id, building_id, expense_date, id);
CREATE INDEX expenses_org_category_date_idx ON expenses (organization_id, category, expense_date, id);
CREATE INDEX expenses_org_status_due_idx ON expenses (organization_id, status, due_date);
SELECT app_isolate_tenant('expenses');

-- migrate:down
DROP TABLE expenses;
