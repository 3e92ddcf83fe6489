-- The people of the registry over time: who votes for a unit held by several owners, and which owners agreed in
-- writing to receive convocations and letters by e-mail. Both keep their history with exclusive end dates, like
-- unit_ownerships, so a question about a past day gets the answer of that day.
-- migrate:up
CREATE TABLE unit_representatives (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  unit_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  valid_from date NOT NULL,
  -- Exclusive: the first day the person no longer represents the unit.
  valid_to date,
  -- The user who named the representative (from the access token; a plain link like every cross-context one).
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unit_representatives_period CHECK (valid_to IS NULL OR valid_to > valid_from),
  CONSTRAINT unit_representatives_unit_fk FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CONSTRAINT unit_representatives_owner_fk FOREIGN KEY (organization_id, owner_id)
    REFERENCES owners (organization_id, id)
);
-- One representative at a time: at most one open period, and one period per start day. Writes lock the unit row
-- first and close the open period before opening the next, so periods never overlap.
CREATE UNIQUE INDEX unit_representatives_open_uq ON unit_representatives (unit_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX unit_representatives_unit_from_uq ON unit_representatives (unit_id, valid_from);
CREATE INDEX unit_representatives_owner_idx ON unit_representatives (owner_id);
CREATE INDEX unit_representatives_org_idx ON unit_representatives (organization_id);
SELECT app_isolate_tenant('unit_representatives');

-- A consent must be able to name a document of the same organization.
ALTER TABLE documents ADD CONSTRAINT documents_org_id_uq UNIQUE (organization_id, id);

CREATE TABLE owner_consents (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  owner_id uuid NOT NULL,
  channel varchar(20) NOT NULL CHECK (channel IN ('email')),
  given_on date NOT NULL,
  -- Exclusive: the first day letters go by registered mail again. Equal to given_on: never took effect.
  withdrawn_on date,
  -- The signed consent, when it was scanned. Deleting that document keeps the consent (and who recorded it).
  document_id uuid,
  recorded_by uuid NOT NULL,
  withdrawn_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT owner_consents_period CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on),
  CONSTRAINT owner_consents_withdrawal CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
  -- An owner that never held a share may be deleted: its consents go with it.
  CONSTRAINT owner_consents_owner_fk FOREIGN KEY (organization_id, owner_id) REFERENCES owners (organization_id, id)
    ON DELETE CASCADE,
  CONSTRAINT owner_consents_document_fk FOREIGN KEY (organization_id, document_id)
    REFERENCES documents (organization_id, id) ON DELETE SET NULL (document_id)
);
CREATE UNIQUE INDEX owner_consents_open_uq ON owner_consents (owner_id) WHERE withdrawn_on IS NULL;
CREATE INDEX owner_consents_owner_idx ON owner_consents (owner_id, given_on, withdrawn_on);
CREATE INDEX owner_consents_document_idx ON owner_consents (organization_id, document_id) WHERE document_id IS NOT NULL;
CREATE INDEX owner_consents_org_idx ON owner_consents (organization_id);
SELECT app_isolate_tenant('owner_consents');

-- migrate:down
DROP TABLE owner_consents;
ALTER TABLE documents DROP CONSTRAINT documents_org_id_uq;
DROP TABLE unit_representatives;
