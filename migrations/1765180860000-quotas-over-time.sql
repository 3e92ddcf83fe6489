-- The registry over time: a unit's quota holds from a date on (deed or unanimous decision), so that everything dated D
-- (a distribution, a call, a vote) uses the quotas of D and changing a quota today never rewrites last year's figures.
--   * unit_quotas: one row per period [valid_from, valid_to), valid_to exclusive and null while current; a null
--     valid_from means "since the deed": every earlier date. Periods of one unit never overlap.
--   * On every date the quotas of a building's units stay within its total: a trigger locks the building row (as every
--     unit write does, so writes queue up) and sums the quotas at each period start; the largest sum on any date is
--     kept in buildings.allocated_quota, whose CHECK also refuses lowering the total below it.
--   * units.quota goes: the quota of a unit is the one of the day asked.
--   * Garages are a unit type of their own: like parkings and cellars they do not count as lots (art. 3.90).
-- migrate:up
ALTER TABLE units DROP CONSTRAINT units_type_check;
ALTER TABLE units ADD CONSTRAINT units_type_check
  CHECK (type IN ('apartment', 'commercial', 'parking', 'garage', 'cellar', 'other'));
-- A quota period names its unit and that unit's building together, so the building's sums need no join.
ALTER TABLE units ADD CONSTRAINT units_org_building_id_uq UNIQUE (organization_id, building_id, id);

CREATE TABLE unit_quotas (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  quota integer NOT NULL CHECK (quota > 0),
  valid_from date,
  valid_to date,
  -- The deed or the assembly decision the quota comes from.
  decision_ref varchar(255),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unit_quotas_period CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from),
  -- A unit that may be deleted (no owners, no charges) takes its quota history with it.
  CONSTRAINT unit_quotas_unit_fk FOREIGN KEY (organization_id, building_id, unit_id)
    REFERENCES units (organization_id, building_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX unit_quotas_unit_from_uq ON unit_quotas (unit_id, valid_from NULLS FIRST);
CREATE UNIQUE INDEX unit_quotas_unit_current_uq ON unit_quotas (unit_id) WHERE valid_to IS NULL;
CREATE INDEX unit_quotas_building_idx ON unit_quotas (building_id, valid_from, valid_to);
CREATE INDEX unit_quotas_org_idx ON unit_quotas (organization_id);
SELECT app_isolate_tenant('unit_quotas');

-- Every unit recorded so far has existed since the deed with its quota.
INSERT INTO unit_quotas (id, organization_id, building_id, unit_id, quota, created_at)
SELECT gen_random_uuid(), organization_id, building_id, id, quota, created_at FROM units;

-- The sum of a building's quotas is piecewise constant and only changes where a period starts or ends, so the sums
-- at those dates (and since the deed) are all there is to check. Recomputing the building's largest sum on every
-- write keeps it right after a period shrinks or goes too.
CREATE FUNCTION registry_check_unit_quotas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b_id uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.building_id ELSE NEW.building_id END;
  total integer;
  first_over record;
BEGIN
  SELECT total_quota INTO total FROM buildings WHERE id = b_id FOR UPDATE;
  IF TG_OP <> 'DELETE' AND EXISTS (
      SELECT 1 FROM unit_quotas q
       WHERE q.unit_id = NEW.unit_id AND q.id <> NEW.id
         AND coalesce(q.valid_from, '-infinity') < coalesce(NEW.valid_to, 'infinity')
         AND coalesce(NEW.valid_from, '-infinity') < coalesce(q.valid_to, 'infinity')) THEN
    RAISE EXCEPTION 'Two quota periods of unit % overlap', NEW.unit_id
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'unit_quotas_no_overlap';
  END IF;
  -- A sweep over the period bounds: +quota where a period starts, -quota where it ends; the running sum at a day is
  -- what the units hold that day (ends are exclusive). One sort of the building's periods, whatever their number.
  WITH bounds AS (
    SELECT coalesce(valid_from, '-infinity'::date) AS day, quota AS delta FROM unit_quotas WHERE building_id = b_id
    UNION ALL
    SELECT valid_to, -quota FROM unit_quotas WHERE building_id = b_id AND valid_to IS NOT NULL
  ), per_day AS (
    SELECT day, sum(delta) AS delta FROM bounds GROUP BY day
  ), sums AS (
    SELECT day, sum(delta) OVER (ORDER BY day) AS allocated FROM per_day
  )
  SELECT min(day) FILTER (WHERE allocated > total) AS day, coalesce(max(allocated), 0)::int AS peak
    INTO first_over FROM sums;
  IF first_over.day IS NOT NULL THEN
    RAISE EXCEPTION 'The quotas of building % would exceed its total on %', b_id, first_over.day
      USING ERRCODE = 'check_violation', CONSTRAINT = 'buildings_quota_within_total';
  END IF;
  UPDATE buildings SET allocated_quota = coalesce(first_over.peak, 0) WHERE id = b_id;
  RETURN NULL;
END $$;
CREATE TRIGGER unit_quotas_within_total
  AFTER INSERT OR DELETE OR UPDATE ON unit_quotas
  FOR EACH ROW EXECUTE FUNCTION registry_check_unit_quotas();

-- Units now only count themselves on their building.
CREATE OR REPLACE FUNCTION registry_count_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE buildings SET unit_count = unit_count - 1 WHERE id = OLD.building_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE buildings SET unit_count = unit_count + 1 WHERE id = NEW.building_id;
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER units_count_on_building ON units;
CREATE TRIGGER units_count_on_building
  AFTER INSERT OR DELETE OR UPDATE OF building_id ON units
  FOR EACH ROW EXECUTE FUNCTION registry_count_units();
COMMENT ON COLUMN buildings.allocated_quota IS 'The largest sum of the units'' quotas on any date';
ALTER TABLE units DROP COLUMN quota;

-- migrate:down
ALTER TABLE units ADD COLUMN quota integer CHECK (quota > 0);
UPDATE units u SET quota = q.quota FROM unit_quotas q WHERE q.unit_id = u.id AND q.valid_to IS NULL;
UPDATE units u SET quota = 1 WHERE quota IS NULL;
ALTER TABLE units ALTER COLUMN quota SET NOT NULL;
CREATE INDEX units_building_quota_idx ON units (building_id, quota, id);
CREATE INDEX units_org_quota_idx ON units (organization_id, quota, id);
DROP TABLE unit_quotas;
DROP FUNCTION registry_check_unit_quotas();
CREATE OR REPLACE FUNCTION registry_count_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE buildings SET unit_count = unit_count - 1, allocated_quota = allocated_quota - OLD.quota
     WHERE id = OLD.building_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE buildings SET unit_count = unit_count + 1, allocated_quota = allocated_quota + NEW.quota
     WHERE id = NEW.building_id;
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER units_count_on_building ON units;
CREATE TRIGGER units_count_on_building
  AFTER INSERT OR DELETE OR UPDATE OF quota, building_id ON units
  FOR EACH ROW EXECUTE FUNCTION registry_count_units();
UPDATE buildings b SET allocated_quota = coalesce((SELECT sum(quota) FROM units WHERE building_id = b.id), 0);
ALTER TABLE units DROP CONSTRAINT units_org_building_id_uq;
ALTER TABLE units DROP CONSTRAINT units_type_check;
ALTER TABLE units ADD CONSTRAINT units_type_check
  CHECK (type IN ('apartment', 'commercial', 'parking', 'cellar', 'other'));
