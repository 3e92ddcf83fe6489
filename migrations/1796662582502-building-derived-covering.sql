-- A building read counts its lots and sums the quotas its units hold on a day (postgres-building.repository.ts,
-- derivedColumns) for every building it answers: the indexes those counts use carry what the row-level policy and
-- the sum read (organization_id, quota), so both are index-only scans instead of a heap visit per unit (issue 21).
-- migrate:up
DROP INDEX units_building_type_idx;
CREATE INDEX units_building_type_idx ON units (building_id, type, unit_number, id) INCLUDE (organization_id);
DROP INDEX unit_quotas_building_idx;
CREATE INDEX unit_quotas_building_idx ON unit_quotas (building_id, valid_from, valid_to)
  INCLUDE (organization_id, quota);

-- migrate:down
DROP INDEX unit_quotas_building_idx;
CREATE INDEX unit_quotas_building_idx ON unit_quotas (building_id, valid_from, valid_to);
DROP INDEX units_building_type_idx;
CREATE INDEX units_building_type_idx ON units (building_id, type, unit_number, id);
