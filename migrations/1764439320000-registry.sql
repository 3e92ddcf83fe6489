-- Property registry: buildings, their units, owners and unit ownerships with history.
-- Cross-table invariants are enforced here too, so they hold whoever writes and however many write at once:
--   * quotas of a building's units <= its total quota, units <= total units: counters on the building row, kept by a
--     trigger on units, with CHECK constraints; every unit write updates (so locks) that row, so writes queue up;
--   * active shares of a unit <= 100 % on every day: a trigger that locks the unit row, then sums the overlaps;
--   * deletes that would lose data (building with units, unit or owner with ownerships): foreign keys, no cascade.
-- migrate:up
CREATE TABLE buildings (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name varchar(255) NOT NULL CHECK (char_length(name) >= 1),
  address varchar(255) NOT NULL CHECK (char_length(address) >= 1),
  city varchar(100) NOT NULL CHECK (char_length(city) >= 1),
  -- Lowercased, accents removed, by the application (the database may run with the C locale): sorting and
  -- filtering are case- and accent-insensitive and use plain btree indexes.
  name_key varchar(255) NOT NULL,
  city_key varchar(100) NOT NULL,
  postal_code varchar(16) NOT NULL,
  country char(2) NOT NULL DEFAULT 'BE' CHECK (country ~ '^[A-Z]{2}$'),
  total_units integer NOT NULL CHECK (total_units > 0),
  total_quota integer NOT NULL DEFAULT 1000 CHECK (total_quota > 0),
  construction_year smallint CHECK (construction_year >= 1000),
  unit_count integer NOT NULL DEFAULT 0 CHECK (unit_count >= 0),
  allocated_quota integer NOT NULL DEFAULT 0 CHECK (allocated_quota >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT buildings_org_id_uq UNIQUE (organization_id, id),
  CONSTRAINT buildings_be_postal_code CHECK (country <> 'BE' OR postal_code ~ '^[1-9][0-9]{3}$'),
  CONSTRAINT buildings_quota_within_total CHECK (allocated_quota <= total_quota),
  CONSTRAINT buildings_units_within_total CHECK (unit_count <= total_units)
);
CREATE INDEX buildings_org_name_idx ON buildings (organization_id, name_key, id);
CREATE INDEX buildings_org_city_idx ON buildings (organization_id, city_key, name_key, id);
CREATE INDEX buildings_org_created_idx ON buildings (organization_id, created_at, id);
CREATE INDEX buildings_org_total_units_idx ON buildings (organization_id, total_units, id);
SELECT app_isolate_tenant('buildings');

CREATE TABLE units (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  unit_number varchar(20) NOT NULL CHECK (char_length(unit_number) >= 1),
  type varchar(20) NOT NULL CHECK (type IN ('apartment', 'commercial', 'parking', 'cellar', 'other')),
  floor integer,
  surface_area numeric(10, 2) NOT NULL CHECK (surface_area > 0),
  quota integer NOT NULL CHECK (quota > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT units_org_id_uq UNIQUE (organization_id, id),
  -- Same organization as its building, and a building with units cannot be deleted.
  CONSTRAINT units_building_fk FOREIGN KEY (organization_id, building_id) REFERENCES buildings (organization_id, id)
);
CREATE UNIQUE INDEX units_building_number_uq ON units (building_id, lower(unit_number));
CREATE INDEX units_building_number_idx ON units (building_id, unit_number, id);
CREATE INDEX units_building_floor_idx ON units (building_id, floor, id);
CREATE INDEX units_building_quota_idx ON units (building_id, quota, id);
CREATE INDEX units_building_type_idx ON units (building_id, type, unit_number, id);
CREATE INDEX units_org_number_idx ON units (organization_id, unit_number, id);
CREATE INDEX units_org_floor_idx ON units (organization_id, floor, id);
CREATE INDEX units_org_quota_idx ON units (organization_id, quota, id);
CREATE INDEX units_org_type_idx ON units (organization_id, type, unit_number, id);
SELECT app_isolate_tenant('units');

CREATE FUNCTION registry_count_units() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER units_count_on_building
  AFTER INSERT OR DELETE OR UPDATE OF quota, building_id ON units
  FOR EACH ROW EXECUTE FUNCTION registry_count_units();

CREATE TABLE owners (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  -- The owner-portal account (identity context), a plain link.
  user_id uuid,
  first_name varchar(100) NOT NULL CHECK (char_length(first_name) >= 1),
  last_name varchar(100) NOT NULL CHECK (char_length(last_name) >= 1),
  -- Lowercased, accents removed, by the application: "eric" finds "Éric".
  first_name_key varchar(100) NOT NULL,
  last_name_key varchar(100) NOT NULL,
  -- HMAC-SHA256 blind index of the lowercased email (uniqueness, exact search); the address itself is encrypted.
  email_hash char(64) NOT NULL,
  email_cipher text NOT NULL,
  -- Position of the email in alphabetical order within the organization, so `sort=email` is an index scan
  -- without storing the address in clear. Recomputed under an advisory lock on every email write.
  email_rank bigint NOT NULL,
  phone_cipher text,
  address_street varchar(255),
  address_postal_code varchar(16),
  address_city varchar(100),
  address_country char(2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT owners_org_id_uq UNIQUE (organization_id, id),
  CONSTRAINT owners_email_uq UNIQUE (organization_id, email_hash),
  CONSTRAINT owners_address_complete CHECK (
    (address_street IS NULL) = (address_city IS NULL) AND (address_street IS NULL) = (address_postal_code IS NULL)
    AND (address_street IS NULL) = (address_country IS NULL)),
  CONSTRAINT owners_be_postal_code CHECK (address_country IS DISTINCT FROM 'BE' OR address_postal_code ~ '^[1-9][0-9]{3}$')
);
CREATE UNIQUE INDEX owners_user_uq ON owners (organization_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX owners_org_last_name_idx ON owners (organization_id, last_name_key, first_name_key, id);
CREATE INDEX owners_org_first_name_idx ON owners (organization_id, first_name_key, last_name_key, id);
CREATE INDEX owners_org_email_rank_idx ON owners (organization_id, email_rank, id);
-- `?q=` is a prefix search on names: pattern-ops indexes serve LIKE 'abc%' whatever the database collation.
CREATE INDEX owners_org_last_name_prefix_idx ON owners (organization_id, last_name_key text_pattern_ops);
CREATE INDEX owners_org_first_name_prefix_idx ON owners (organization_id, first_name_key text_pattern_ops);
SELECT app_isolate_tenant('owners');

CREATE TABLE unit_ownerships (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  unit_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  share numeric(7, 4) NOT NULL CHECK (share > 0 AND share <= 100),
  start_date date NOT NULL,
  -- Exclusive: the first day the person no longer owns the share (a transfer ends one and starts the next that day).
  end_date date,
  is_primary_contact boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unit_ownerships_period CHECK (end_date IS NULL OR end_date > start_date),
  CONSTRAINT unit_ownerships_unit_fk FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CONSTRAINT unit_ownerships_owner_fk FOREIGN KEY (organization_id, owner_id) REFERENCES owners (organization_id, id)
);
CREATE UNIQUE INDEX unit_ownerships_open_uq ON unit_ownerships (unit_id, owner_id) WHERE end_date IS NULL;
CREATE INDEX unit_ownerships_unit_idx ON unit_ownerships (unit_id, start_date, end_date);
CREATE INDEX unit_ownerships_owner_idx ON unit_ownerships (owner_id, start_date, end_date);
CREATE INDEX unit_ownerships_org_idx ON unit_ownerships (organization_id);
SELECT app_isolate_tenant('unit_ownerships');

-- The shares of a unit never sum above 100 on any day of the new row's period. The sum is piecewise constant and
-- only rises where a period starts, so checking the row's first day and every later start inside it is enough.
CREATE FUNCTION registry_check_unit_shares() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  peak numeric;
BEGIN
  PERFORM 1 FROM units WHERE id = NEW.unit_id FOR UPDATE;
  SELECT max(total) INTO peak FROM (
    SELECT sum(o.share) AS total
      FROM (SELECT NEW.start_date AS day
             UNION
            SELECT s.start_date FROM unit_ownerships s
             WHERE s.unit_id = NEW.unit_id AND s.start_date > NEW.start_date
               AND (NEW.end_date IS NULL OR s.start_date < NEW.end_date)) days
      JOIN unit_ownerships o
        ON o.unit_id = NEW.unit_id AND o.start_date <= days.day AND (o.end_date IS NULL OR o.end_date > days.day)
     GROUP BY days.day) totals;
  IF peak > 100 THEN
    RAISE EXCEPTION 'The active shares of a unit would exceed 100'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'unit_ownerships_shares_within_100';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER unit_ownerships_shares_within_100
  AFTER INSERT OR UPDATE OF share, start_date, end_date, unit_id ON unit_ownerships
  FOR EACH ROW EXECUTE FUNCTION registry_check_unit_shares();

-- migrate:down
DROP TABLE unit_ownerships;
DROP FUNCTION registry_check_unit_shares();
DROP TABLE owners;
DROP TABLE units;
DROP FUNCTION registry_count_units();
DROP TABLE buildings;
