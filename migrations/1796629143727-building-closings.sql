-- Closed periods. Once the general assembly has approved a building's accounts, the syndic closes its books up to a
-- date (inclusive): from then on every write dated on or before that date is refused, whoever writes and however many
-- write at once. Closings are a history that only grows: each one is later than the last, and none is ever reopened
-- (the application role may not update or delete them; a court-ordered reopening is a manual operation of the
-- schema owner).
--
-- One reusable guard, app_assert_books_open(organization_id, building_id, day), raises check_violation with the
-- constraint name `period_closed` and, as DETAIL, a JSON object {"closedUntil": "...", "date": "..."}; the
-- application maps it once (src/shared/persistence/postgres-error.ts) to 409 PERIOD_CLOSED.
--
-- Concurrency: the guard takes a SHARE lock on the building row before it reads the closings, and a closing takes
-- that row FOR UPDATE (building_closings_after_last below). So a write dated D and a closing covering D queue up:
-- either the write commits first and the closing then covers it (it was part of the books the assembly approved), or
-- the closing commits first and the write, once the lock is granted, reads it and is refused. The guard's read runs
-- in a fresh snapshot taken after the lock (READ COMMITTED, the application's level). Shared locks do not conflict
-- with each other: dated writes of one building do not queue behind one another, only behind a closing or another
-- write that holds the building row (unit writes, building edits).
--
-- How a new dated table attaches the guard (unit quotas, calls for funds, payments, journal entries): a trigger
-- function that calls the guard with the building and the first day the write changes, e.g.
--   CREATE FUNCTION app_unit_quotas_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
--   DECLARE
--     ref unit_quotas := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
--   BEGIN
--     PERFORM app_assert_books_open(ref.organization_id,
--       (SELECT building_id FROM units WHERE id = ref.unit_id),
--       CASE WHEN TG_OP = 'UPDATE' THEN least(OLD.valid_from, NEW.valid_from) ELSE ref.valid_from END);
--     RETURN ref;
--   END $$;
--   CREATE TRIGGER unit_quotas_books_open BEFORE INSERT OR UPDATE OR DELETE ON unit_quotas
--     FOR EACH ROW EXECUTE FUNCTION app_unit_quotas_books_open();
-- and drops both in its own migrate:down. Writes through the API then answer 409 PERIOD_CLOSED with no other code.
-- migrate:up
CREATE TABLE building_closings (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  -- The last day of the closed books (inclusive).
  until date NOT NULL,
  closed_at timestamptz NOT NULL DEFAULT now(),
  -- The user who closed them (identity context, a plain link).
  closed_by uuid NOT NULL,
  -- The assembly decision that approved the accounts, e.g. "AGO 2026-03-14, résolution 3".
  note varchar(500),
  CONSTRAINT building_closings_building_fk FOREIGN KEY (organization_id, building_id)
    REFERENCES buildings (organization_id, id),
  CONSTRAINT building_closings_until_uq UNIQUE (building_id, until)
);
-- The guard, the "later than the last" check, the closing date of a building read and the list (newest first).
CREATE INDEX building_closings_building_until_idx ON building_closings (building_id, until DESC);
SELECT app_isolate_tenant('building_closings');
REVOKE UPDATE, DELETE ON building_closings FROM koprogo_app, koprogo_platform;

-- The last day of a building's closed books, or null: what adapters read, in their own locked statements, to refuse
-- a dated change with a clear message before the guard would.
CREATE FUNCTION app_books_closed_until(p_organization_id uuid, p_building_id uuid)
  RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.until FROM building_closings c
     WHERE c.building_id = p_building_id AND c.organization_id = p_organization_id
     ORDER BY c.until DESC LIMIT 1
  $$;
GRANT EXECUTE ON FUNCTION app_books_closed_until(uuid, uuid) TO koprogo_app, koprogo_platform;

-- The guard every dated table calls. Runs as the caller, under its row-level security: a building the caller cannot
-- see has no closings it can see, and the write then fails on its own foreign key. The closings are read in a
-- statement of their own, after the lock, so in a snapshot that includes any closing committed while it waited.
CREATE FUNCTION app_assert_books_open(p_organization_id uuid, p_building_id uuid, p_day date)
  RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  closed_until date;
BEGIN
  IF p_day IS NULL OR p_building_id IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM buildings WHERE organization_id = p_organization_id AND id = p_building_id FOR SHARE;
  closed_until := app_books_closed_until(p_organization_id, p_building_id);
  IF closed_until IS NOT NULL AND p_day <= closed_until THEN
    RAISE EXCEPTION 'The books of building % are closed until %: a write dated % is refused',
        p_building_id, closed_until, p_day
      USING ERRCODE = 'check_violation', CONSTRAINT = 'period_closed',
            DETAIL = json_build_object('closedUntil', closed_until, 'date', p_day)::text;
  END IF;
END $$;
GRANT EXECUTE ON FUNCTION app_assert_books_open(uuid, uuid, date) TO koprogo_app, koprogo_platform;

-- A closing is later than the last one, checked under the building row's lock (the guard's lock, see above).
CREATE FUNCTION app_building_closing_after_last() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_until date;
BEGIN
  PERFORM 1 FROM buildings WHERE organization_id = NEW.organization_id AND id = NEW.building_id FOR UPDATE;
  SELECT c.until INTO last_until FROM building_closings c
   WHERE c.building_id = NEW.building_id ORDER BY c.until DESC LIMIT 1;
  IF last_until IS NOT NULL AND NEW.until <= last_until THEN
    RAISE EXCEPTION 'The books of building % are already closed until %', NEW.building_id, last_until
      USING ERRCODE = 'check_violation', CONSTRAINT = 'building_closings_after_last',
            DETAIL = json_build_object('lastUntil', last_until)::text;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER building_closings_after_last
  BEFORE INSERT ON building_closings
  FOR EACH ROW EXECUTE FUNCTION app_building_closing_after_last();

-- Expenses: recording, editing (the old date and the new one), cancelling and deleting are dated on the expense
-- date. Marking paid is a payment, dated on the day it was paid (Brussels): an invoice of a closed year may be paid
-- in an open one.
CREATE FUNCTION app_expenses_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app_assert_books_open(NEW.organization_id, NEW.building_id, NEW.expense_date);
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM app_assert_books_open(OLD.organization_id, OLD.building_id, OLD.expense_date);
    RETURN OLD;
  END IF;
  IF OLD.status = 'pending' AND NEW.status = 'paid'
     AND (to_jsonb(NEW) - ARRAY['status', 'paid_at', 'updated_at'])
       = (to_jsonb(OLD) - ARRAY['status', 'paid_at', 'updated_at']) THEN
    PERFORM app_assert_books_open(NEW.organization_id, NEW.building_id,
      (NEW.paid_at AT TIME ZONE 'Europe/Brussels')::date);
    RETURN NEW;
  END IF;
  PERFORM app_assert_books_open(OLD.organization_id, OLD.building_id, OLD.expense_date);
  PERFORM app_assert_books_open(NEW.organization_id, NEW.building_id, NEW.expense_date);
  RETURN NEW;
END $$;
CREATE TRIGGER expenses_books_open
  BEFORE INSERT OR UPDATE OR DELETE ON expenses
  FOR EACH ROW EXECUTE FUNCTION app_expenses_books_open();

-- Unit ownerships: the building comes through the unit. A row holds its share over [start_date, end_date); a write
-- changes the registry from the first day it touches: the start for a new or removed row, and for an edit the
-- earlier start, or, when only the end moves, the earlier of the two ends. Edits of undated columns (the primary
-- contact flag) are not dated.
CREATE FUNCTION app_unit_ownerships_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ref unit_ownerships := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  first_day date;
BEGIN
  IF TG_OP = 'INSERT' THEN
    first_day := NEW.start_date;
  ELSIF TG_OP = 'DELETE' THEN
    first_day := OLD.start_date;
  ELSIF (NEW.unit_id, NEW.owner_id, NEW.share, NEW.start_date) IS DISTINCT FROM
        (OLD.unit_id, OLD.owner_id, OLD.share, OLD.start_date) THEN
    first_day := least(OLD.start_date, NEW.start_date);
  ELSIF NEW.end_date IS DISTINCT FROM OLD.end_date THEN
    first_day := least(coalesce(OLD.end_date, 'infinity'::date), coalesce(NEW.end_date, 'infinity'::date));
  END IF;
  IF first_day IS NOT NULL THEN
    PERFORM app_assert_books_open(ref.organization_id,
      (SELECT u.building_id FROM units u WHERE u.organization_id = ref.organization_id AND u.id = ref.unit_id),
      first_day);
    IF TG_OP = 'UPDATE' AND NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
      PERFORM app_assert_books_open(OLD.organization_id,
        (SELECT u.building_id FROM units u WHERE u.organization_id = OLD.organization_id AND u.id = OLD.unit_id),
        first_day);
    END IF;
  END IF;
  RETURN ref;
END $$;
CREATE TRIGGER unit_ownerships_books_open
  BEFORE INSERT OR UPDATE OR DELETE ON unit_ownerships
  FOR EACH ROW EXECUTE FUNCTION app_unit_ownerships_books_open();

-- migrate:down
DROP TRIGGER unit_ownerships_books_open ON unit_ownerships;
DROP FUNCTION app_unit_ownerships_books_open();
DROP TRIGGER expenses_books_open ON expenses;
DROP FUNCTION app_expenses_books_open();
DROP TABLE building_closings;
DROP FUNCTION app_building_closing_after_last();
DROP FUNCTION app_assert_books_open(uuid, uuid, date);
DROP FUNCTION app_books_closed_until(uuid, uuid);
