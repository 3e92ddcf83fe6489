-- PCN: each organization's chart of accounts (class 6, charges). Seeded with the default accounts on first use by
-- the application, because organizations are created by identity (and directly by tests) without knowing about it.
-- migrate:up
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

-- migrate:down
DROP TABLE pcn_accounts;
