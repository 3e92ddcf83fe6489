-- A meeting belongs to a building of its own organization, and a building with meetings (the assemblies' history)
-- cannot be deleted: the same (organization_id, building_id) foreign key as expenses and documents, on the
-- buildings_org_id_uq key, without cascade. meetings_org_building_scheduled_idx (organization_id, building_id, ...)
-- serves the check when a building is deleted. The buildings adapter answers 409 BUILDING_HAS_MEETINGS.
-- migrate:up
ALTER TABLE meetings ADD CONSTRAINT meetings_building_fk
  FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id);

-- migrate:down
ALTER TABLE meetings DROP CONSTRAINT meetings_building_fk;
