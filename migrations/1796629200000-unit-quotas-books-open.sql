-- Quotas are dated writes too: a quota period that reaches into a building's closed books cannot be added, changed or
-- removed (409 PERIOD_CLOSED), since it would change the distributions the assembly approved. The first day a write
-- changes: an insert or a delete, the period's first day (a period "since the deed" reaches every closed day); an
-- update that changes the quota or the start, the earlier start; an update that only ends or reopens the period, the
-- earlier of its old and new ends.
-- migrate:up
CREATE FUNCTION app_unit_quotas_books_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ref unit_quotas := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  first_day date;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.quota = NEW.quota AND OLD.valid_from IS NOT DISTINCT FROM NEW.valid_from THEN
    first_day := least(coalesce(OLD.valid_to, 'infinity'::date), coalesce(NEW.valid_to, 'infinity'::date));
  ELSIF TG_OP = 'UPDATE' THEN
    first_day := least(coalesce(OLD.valid_from, '-infinity'::date), coalesce(NEW.valid_from, '-infinity'::date));
  ELSE
    first_day := coalesce(ref.valid_from, '-infinity'::date);
  END IF;
  IF first_day <> 'infinity'::date THEN
    PERFORM app_assert_books_open(ref.organization_id, ref.building_id, first_day);
  END IF;
  RETURN ref;
END $$;
CREATE TRIGGER unit_quotas_books_open BEFORE INSERT OR UPDATE OR DELETE ON unit_quotas
  FOR EACH ROW EXECUTE FUNCTION app_unit_quotas_books_open();

-- migrate:down
DROP TRIGGER unit_quotas_books_open ON unit_quotas;
DROP FUNCTION app_unit_quotas_books_open();
