-- A token is only as good as the account and the sign-in behind it now: each request compares the token's role and
-- organization with the account's, and refuses it once its sign-in (the refresh-session family) has ended, so a
-- demotion, a move, a sign-out or a stolen refresh token that is reused takes effect at once on every instance.
-- migrate:up
DROP FUNCTION app_session(uuid);
CREATE FUNCTION app_session(p_user_id uuid, p_family_id uuid,
                            OUT active boolean, OUT organization_id uuid, OUT role text, OUT signed_in boolean)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT u.active AND u.anonymized_at IS NULL AND coalesce(o.active, true), u.organization_id, u.role::text,
           coalesce((SELECT bool_and(s.revoked_at IS NULL) FROM refresh_sessions s
                      WHERE s.family_id = p_family_id AND s.user_id = u.id), false)
      FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE u.id = p_user_id
  $$;
ALTER FUNCTION app_session(uuid, uuid) OWNER TO koprogo_platform;

-- Ending a sign-in is announced like a change to the account, with the family id.
CREATE FUNCTION app_notify_session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('koprogo_sessions', 'refresh_sessions:' || NEW.family_id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER refresh_sessions_revoked
  AFTER UPDATE OF revoked_at ON refresh_sessions
  FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
  EXECUTE FUNCTION app_notify_session_revoked();

-- migrate:down
DROP TRIGGER refresh_sessions_revoked ON refresh_sessions;
DROP FUNCTION app_notify_session_revoked();
DROP FUNCTION app_session(uuid, uuid);
CREATE FUNCTION app_session(p_user_id uuid, OUT active boolean, OUT organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT u.active AND u.anonymized_at IS NULL AND coalesce(o.active, true), u.organization_id
      FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE u.id = p_user_id
  $$;
ALTER FUNCTION app_session(uuid) OWNER TO koprogo_platform;
