-- Session notifications: every instance hears at once when an account or an organization stops being usable,
-- so cached session checks are dropped everywhere.
-- migrate:up
CREATE FUNCTION app_notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('koprogo_sessions', TG_TABLE_NAME || ':' || OLD.id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER users_session_change
  AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION app_notify_session_change();

CREATE TRIGGER organizations_session_change
  AFTER UPDATE OF active OR DELETE ON organizations
  FOR EACH ROW EXECUTE FUNCTION app_notify_session_change();

-- The state of a session in one round trip: is the account usable, and which organization is it in?
CREATE FUNCTION app_session(p_user_id uuid, OUT active boolean, OUT organization_id uuid)
  LANGUAGE sql STABLE
  SET app.platform = 'on'
  AS $$
    SELECT u.active AND u.anonymized_at IS NULL AND coalesce(o.active, true), u.organization_id
      FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE u.id = p_user_id
  $$;

-- migrate:down
DROP FUNCTION app_session(uuid);
DROP TRIGGER organizations_session_change ON organizations;
DROP TRIGGER users_session_change ON users;
DROP FUNCTION app_notify_session_change();
