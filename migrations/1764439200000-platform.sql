-- Platform: the unprivileged application role and the helpers of row-level tenant isolation.
-- migrate:up
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_app') THEN
    BEGIN
      CREATE ROLE koprogo_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR insufficient_privilege THEN
      RAISE NOTICE 'koprogo_app not created; the application will use the connecting role';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_app') THEN
    GRANT USAGE ON SCHEMA public TO koprogo_app;
  END IF;
END $$;

-- The organization acting in the current transaction, or null.
CREATE FUNCTION app_organization_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$;

-- True inside the few platform operations that deliberately cross organizations.
CREATE FUNCTION app_platform_access() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;

-- Grants the application role the use of a table, when that role exists.
CREATE FUNCTION app_grant(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_app') THEN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO koprogo_app', tbl);
  END IF;
END $$;

-- Puts a table with an organization_id column under row-level tenant isolation, owner included.
CREATE FUNCTION app_isolate_tenant(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (organization_id = app_organization_id() OR app_platform_access()) '
    'WITH CHECK (organization_id = app_organization_id() OR app_platform_access())', tbl);
  PERFORM app_grant(tbl);
END $$;

-- migrate:down
DROP FUNCTION app_isolate_tenant(regclass);
DROP FUNCTION app_grant(regclass);
DROP FUNCTION app_platform_access();
DROP FUNCTION app_organization_id();
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'koprogo_app') THEN
    REVOKE USAGE ON SCHEMA public FROM koprogo_app;
  END IF;
END $$;
