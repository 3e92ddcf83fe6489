-- Tenancy the application cannot lift. The application signs in as koprogo_app (tenant data) and, on a pool of its
-- own, as koprogo_platform (the few operations that cross organizations); neither is a member of the other or of the
-- schema owner. The acting organization is a claim signed with a key only the owner's functions read, so a statement
-- that sets another organization, or the old platform switch, sees nothing.
-- migrate:up
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_app') THEN
    CREATE ROLE koprogo_app NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_platform') THEN
    CREATE ROLE koprogo_platform NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;
ALTER ROLE koprogo_app LOGIN NOINHERIT NOCREATEDB NOCREATEROLE;
ALTER ROLE koprogo_platform LOGIN NOINHERIT NOCREATEDB NOCREATEROLE;
GRANT USAGE ON SCHEMA public TO koprogo_app, koprogo_platform;
-- The owner's functions below run as koprogo_platform: the owner must be able to hand them over.
GRANT koprogo_platform TO CURRENT_USER;

-- The key that signs tenant claims: 32 bytes from the server's strong random source, readable by the owner only.
CREATE TABLE app_tenant_key (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  key bytea NOT NULL CHECK (octet_length(key) = 32)
);
INSERT INTO app_tenant_key (key) VALUES (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
REVOKE ALL ON app_tenant_key FROM PUBLIC;

-- The organization of the current transaction: the id of `app.tenant = '<uuid>.<hex sha256(key || uuid)>'` when its
-- signature holds, else null (no row is visible). Runs as the owner, the only one who reads the key.
CREATE OR REPLACE FUNCTION app_organization_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT CASE WHEN encode(sha256(k.key || convert_to(split_part(c.claim, '.', 1), 'UTF8')), 'hex')
                     = split_part(c.claim, '.', 2)
                THEN split_part(c.claim, '.', 1)::uuid END
      FROM app_tenant_key k, (SELECT current_setting('app.tenant', true) AS claim) c
     WHERE c.claim ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[.][0-9a-f]{64}$'
  $$;
REVOKE ALL ON FUNCTION app_organization_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_organization_id() TO koprogo_app, koprogo_platform;

-- Both roles may use a table; what they see of it is the policies' business.
CREATE OR REPLACE FUNCTION app_grant(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO koprogo_app, koprogo_platform', tbl);
END $$;

-- A tenant table: each organization its own rows (the function is evaluated once per statement), the platform all.
CREATE OR REPLACE FUNCTION app_isolate_tenant(tbl regclass, tenant_column text DEFAULT 'organization_id')
  RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS platform_access ON %s', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %1$s USING (%2$I = (SELECT app_organization_id())) '
                 'WITH CHECK (%2$I = (SELECT app_organization_id()))', tbl, tenant_column);
  EXECUTE format('CREATE POLICY platform_access ON %s TO koprogo_platform USING (true) WITH CHECK (true)', tbl);
  PERFORM app_grant(tbl);
END $$;
DROP FUNCTION app_isolate_tenant(regclass);

SELECT app_isolate_tenant('organizations', 'id');
SELECT app_isolate_tenant(tbl) FROM unnest(ARRAY[
  'users', 'buildings', 'units', 'owners', 'unit_ownerships', 'expenses', 'meetings', 'meeting_agenda_items',
  'pcn_accounts', 'documents']::regclass[]) AS tbl;

-- Sessions and the audit log belong to the platform alone: the application role cannot touch them.
REVOKE ALL ON refresh_sessions, audit_events FROM koprogo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_sessions, audit_events TO koprogo_platform;

-- The session check of every request crosses organizations: it runs as the platform, whoever calls it.
ALTER FUNCTION app_session(uuid) RESET app.platform;
ALTER FUNCTION app_session(uuid) SECURITY DEFINER SET search_path = pg_catalog, public;
ALTER FUNCTION app_session(uuid) OWNER TO koprogo_platform;
DROP FUNCTION app_session_active(uuid);
DROP FUNCTION app_platform_access();

-- migrate:down
CREATE FUNCTION app_platform_access() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
CREATE FUNCTION app_session_active(p_user_id uuid) RETURNS boolean
  LANGUAGE sql STABLE
  SET app.platform = 'on'
  AS $$
    SELECT coalesce((
      SELECT u.active AND u.anonymized_at IS NULL AND coalesce(o.active, true)
        FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE u.id = p_user_id), false)
  $$;
ALTER FUNCTION app_session(uuid) OWNER TO CURRENT_USER;
ALTER FUNCTION app_session(uuid) SECURITY INVOKER SET app.platform = 'on';
GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_sessions, audit_events TO koprogo_app;
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT schemaname, tablename FROM pg_policies WHERE policyname = 'platform_access' LOOP
    EXECUTE format('DROP POLICY platform_access ON %I.%I', t.schemaname, t.tablename);
    EXECUTE format('ALTER POLICY tenant_isolation ON %I.%I USING (%s OR app_platform_access()) WITH CHECK (%s OR app_platform_access())',
      t.schemaname, t.tablename,
      CASE WHEN t.tablename = 'organizations' THEN 'id = app_organization_id()' ELSE 'organization_id = app_organization_id()' END,
      CASE WHEN t.tablename = 'organizations' THEN 'id = app_organization_id()' ELSE 'organization_id = app_organization_id()' END);
  END LOOP;
END $$;
DROP FUNCTION app_isolate_tenant(regclass, text);
CREATE FUNCTION app_isolate_tenant(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (organization_id = app_organization_id() OR app_platform_access()) '
    'WITH CHECK (organization_id = app_organization_id() OR app_platform_access())', tbl);
  PERFORM app_grant(tbl);
END $$;
CREATE OR REPLACE FUNCTION app_grant(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO koprogo_app', tbl);
END $$;
ALTER FUNCTION app_organization_id() SECURITY INVOKER RESET search_path;
GRANT EXECUTE ON FUNCTION app_organization_id() TO PUBLIC;
CREATE OR REPLACE FUNCTION app_organization_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$;
DROP TABLE app_tenant_key;
-- The roles are the server's, shared by every database on it: they keep their attributes.
