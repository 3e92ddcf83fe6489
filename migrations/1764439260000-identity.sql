-- Identity: organizations (tenants), their users, refresh sessions and the security audit log.
-- migrate:up
CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name varchar(255) NOT NULL CHECK (char_length(name) BETWEEN 2 AND 255),
  slug varchar(100) NOT NULL UNIQUE,
  contact_email varchar(320) NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organizations_name_idx ON organizations (name, id);
-- An organization sees its own row; the platform sees all.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON organizations
  USING (id = app_organization_id() OR app_platform_access())
  WITH CHECK (id = app_organization_id() OR app_platform_access());
SELECT app_grant('organizations');

CREATE TABLE users (
  id uuid PRIMARY KEY,
  organization_id uuid REFERENCES organizations (id),
  -- HMAC-SHA256 of the lowercased email: exact look-ups without storing the address in clear.
  email_hash char(64) NOT NULL UNIQUE,
  -- AES-256-GCM: "<key id>.<iv>.<tag>.<ciphertext>", base64url parts.
  email_cipher text NOT NULL,
  password_hash text NOT NULL,
  first_name varchar(100) NOT NULL,
  last_name varchar(100) NOT NULL,
  role varchar(20) NOT NULL CHECK (role IN ('superadmin', 'syndic', 'accountant', 'board_member', 'owner')),
  active boolean NOT NULL DEFAULT true,
  anonymized_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'superadmin') = (organization_id IS NULL))
);
CREATE INDEX users_organization_idx ON users (organization_id, last_name, first_name, id);
SELECT app_isolate_tenant('users');

CREATE TABLE refresh_sessions (
  id uuid PRIMARY KEY,
  -- All tokens descending from one login share a family; reuse of a rotated token revokes the family.
  family_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash char(64) NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  rotated_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_sessions_family_idx ON refresh_sessions (family_id);
CREATE INDEX refresh_sessions_user_idx ON refresh_sessions (user_id);
SELECT app_grant('refresh_sessions');

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid,
  actor_user_id uuid,
  subject_user_id uuid,
  event varchar(50) NOT NULL,
  ip varchar(64),
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, created_at DESC);
SELECT app_grant('audit_events');

-- One round trip per authenticated request: is this account active and its organization not suspended?
CREATE FUNCTION app_session_active(p_user_id uuid) RETURNS boolean
  LANGUAGE sql STABLE
  SET app.platform = 'on'
  AS $$
    SELECT coalesce((
      SELECT u.active AND u.anonymized_at IS NULL AND coalesce(o.active, true)
        FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE u.id = p_user_id), false)
  $$;

-- migrate:down
DROP FUNCTION app_session_active(uuid);
DROP TABLE audit_events;
DROP TABLE refresh_sessions;
DROP TABLE users;
DROP TABLE organizations;
