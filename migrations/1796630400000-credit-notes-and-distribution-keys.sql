-- Credit notes and distribution keys (issue 14). A credit note (a refund of energy, insurance) is a negative expense,
-- split by the same rule with signed parts. A distribution key from the statutes charges some units by their own
-- weights instead of the quotas (a lift without the ground floor; a single unit for a private charge). A key used by
-- an expense no longer changes: the expenses already split by it must keep their figures.
-- migrate:up
ALTER TABLE expenses DROP CONSTRAINT expenses_amount_cents_check;
ALTER TABLE expenses ADD CONSTRAINT expenses_amount_cents_check
  CHECK (amount_cents <> 0 AND amount_cents BETWEEN -1000000000 AND 1000000000);

CREATE TABLE distribution_keys (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  name varchar(100) NOT NULL CHECK (char_length(name) >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT distribution_keys_org_building_id_uq UNIQUE (organization_id, building_id, id),
  CONSTRAINT distribution_keys_building_fk FOREIGN KEY (organization_id, building_id)
    REFERENCES buildings (organization_id, id)
);
-- The list of a building's keys, by name.
CREATE UNIQUE INDEX distribution_keys_building_name_uq ON distribution_keys (organization_id, building_id, lower(name));
CREATE INDEX distribution_keys_building_name_idx ON distribution_keys (organization_id, building_id, name, id);
SELECT app_isolate_tenant('distribution_keys');

CREATE TABLE distribution_key_weights (
  organization_id uuid NOT NULL,
  building_id uuid NOT NULL,
  key_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  weight integer NOT NULL CHECK (weight > 0),
  PRIMARY KEY (key_id, unit_id),
  CONSTRAINT distribution_key_weights_key_fk FOREIGN KEY (organization_id, building_id, key_id)
    REFERENCES distribution_keys (organization_id, building_id, id) ON DELETE CASCADE,
  -- A key's units belong to the key's building (units_org_building_id_uq, from the quotas migration); a unit named
  -- by a key is not deleted (the units adapter answers 409).
  CONSTRAINT distribution_key_weights_unit_fk FOREIGN KEY (organization_id, building_id, unit_id)
    REFERENCES units (organization_id, building_id, id)
);
CREATE INDEX distribution_key_weights_unit_idx ON distribution_key_weights (organization_id, unit_id);
SELECT app_isolate_tenant('distribution_key_weights');

-- The key an expense is split by (null: the quotas); same building as the expense. Deleting a used key is refused.
ALTER TABLE expenses ADD COLUMN key_id uuid;
ALTER TABLE expenses ADD CONSTRAINT expenses_key_fk FOREIGN KEY (organization_id, building_id, key_id)
  REFERENCES distribution_keys (organization_id, building_id, id);
CREATE INDEX expenses_key_idx ON expenses (organization_id, key_id) WHERE key_id IS NOT NULL;

-- migrate:down
ALTER TABLE expenses DROP COLUMN key_id;
DROP TABLE distribution_key_weights;
DROP TABLE distribution_keys;
DELETE FROM expenses WHERE amount_cents < 0;
ALTER TABLE expenses DROP CONSTRAINT expenses_amount_cents_check;
ALTER TABLE expenses ADD CONSTRAINT expenses_amount_cents_check CHECK (amount_cents > 0 AND amount_cents <= 1000000000);
