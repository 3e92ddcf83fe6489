-- General assemblies: meetings and their ordered agenda, one aggregate written in one transaction.
-- building_id is a plain uuid (the registry is another context; its facade checks the building exists).
-- migrate:up
CREATE TABLE meetings (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  type varchar(20) NOT NULL CHECK (type IN ('ordinary', 'extraordinary')),
  title varchar(255) NOT NULL CHECK (char_length(title) >= 1),
  scheduled_at timestamptz NOT NULL,
  location varchar(255) NOT NULL CHECK (char_length(location) >= 1),
  remote_url varchar(2048) CHECK (remote_url ~ '^https://'),
  status varchar(20) NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'completed', 'cancelled')),
  is_second_convocation boolean NOT NULL DEFAULT false,
  first_meeting_id uuid,
  urgent boolean NOT NULL DEFAULT false,
  urgency_reason varchar(1000),
  cancellation_reason varchar(1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meetings_org_id_uq UNIQUE (organization_id, id),
  -- A second convocation names the first assembly, in the same organization.
  CONSTRAINT meetings_first_meeting_fk FOREIGN KEY (organization_id, first_meeting_id) REFERENCES meetings (organization_id, id),
  CONSTRAINT meetings_second_convocation CHECK (is_second_convocation = (first_meeting_id IS NOT NULL)),
  CONSTRAINT meetings_urgency_reason CHECK (NOT urgent OR char_length(urgency_reason) >= 1),
  CONSTRAINT meetings_cancellation_reason CHECK ((status = 'cancelled') = (cancellation_reason IS NOT NULL))
);
CREATE INDEX meetings_org_scheduled_idx ON meetings (organization_id, scheduled_at DESC, id);
CREATE INDEX meetings_org_building_scheduled_idx ON meetings (organization_id, building_id, scheduled_at DESC);
CREATE INDEX meetings_org_status_idx ON meetings (organization_id, status);
CREATE INDEX meetings_first_meeting_idx ON meetings (first_meeting_id) WHERE first_meeting_id IS NOT NULL;
SELECT app_isolate_tenant('meetings');

CREATE TABLE meeting_agenda_items (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  meeting_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  title varchar(255) NOT NULL CHECK (char_length(title) >= 1),
  description varchar(4000),
  CONSTRAINT meeting_agenda_items_meeting_fk FOREIGN KEY (organization_id, meeting_id)
    REFERENCES meetings (organization_id, id) ON DELETE CASCADE,
  -- Deferred to commit, so a reorder can move positions through transient duplicates in one transaction.
  CONSTRAINT meeting_agenda_items_position_uq UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX meeting_agenda_items_org_idx ON meeting_agenda_items (organization_id);
SELECT app_isolate_tenant('meeting_agenda_items');

-- migrate:down
DROP TABLE meeting_agenda_items;
DROP TABLE meetings;
