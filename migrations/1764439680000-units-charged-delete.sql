-- Every expense that is not cancelled is distributed over all the units of its building by quota (at any date), so
-- deleting a unit of a building with such an expense would change charges already distributed and statements already
-- sent. Expenses belong to another context: the database refuses the delete, like a foreign key would, and the units
-- adapter answers 409 UNIT_HAS_CHARGES. A unit delete locks its building row FOR UPDATE first, and recording an
-- expense takes a key-share lock on that row through expenses_building_fk, so the two queue up: the check cannot miss
-- an expense being recorded at the same time. expenses_building_date_idx serves the lookup.
-- migrate:up
CREATE FUNCTION expenses_refuse_charged_unit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM expenses e
              WHERE e.organization_id = OLD.organization_id AND e.building_id = OLD.building_id
                AND e.status <> 'cancelled') THEN
    RAISE EXCEPTION 'The building of unit % has expenses distributed over its units', OLD.id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'units_building_charges';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER units_building_charges
  BEFORE DELETE ON units
  FOR EACH ROW EXECUTE FUNCTION expenses_refuse_charged_unit_delete();

-- migrate:down
DROP TRIGGER units_building_charges ON units;
DROP FUNCTION expenses_refuse_charged_unit_delete();
