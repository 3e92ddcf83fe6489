-- General assemblies II (issue 15): the convocation register, attendance with proxies, the double quorum frozen at
-- opening and the votes each unit carries on the assembly date (Civil Code art. 3.87-3.88, as researched).
--   * buildings.notice_days: the notice delay of the building's internal rules; the law's 15 days is the floor
--     (art. 3.87 §3), so the delay applied is max(15, notice_days).
--   * meetings: scheduled → convened (first dispatch; the agenda freezes) → in_session | no_quorum (opening, which
--     freezes attendance and the quorum verdict below) → completed; scheduled | convened → cancelled.
--   * meeting_dispatches: one convocation per owner and meeting: channel (registered mail unless the owner agreed
--     in writing to e-mail), the day it left, and its proof (registered-mail number or e-mail receipt id).
--   * meeting_attendance: present, represented (by a co-owner or a named outsider holding the written proxy), absent.
--   * meeting_voting_rights: written at opening, one row per unit of the building on the assembly's Brussels date;
--     votes = the unit's quota that day; owner_id = who votes for it (the sole owner, or the representative of a
--     jointly held unit), NULL when a jointly held unit has no representative (its votes are suspended).
--   * agenda items carry their Dutch title and description beside the French ones, so a Dutch letter is Dutch.
-- migrate:up
ALTER TABLE buildings
  ADD COLUMN notice_days integer NOT NULL DEFAULT 15 CHECK (notice_days BETWEEN 15 AND 90);

ALTER TABLE meetings DROP CONSTRAINT meetings_status_check;
ALTER TABLE meetings ADD CONSTRAINT meetings_status_check
  CHECK (status IN ('scheduled', 'convened', 'in_session', 'no_quorum', 'completed', 'cancelled'));
ALTER TABLE meetings
  ADD COLUMN opened_at timestamptz,
  ADD COLUMN quorum_owners_counted integer CHECK (quorum_owners_counted >= 0),
  ADD COLUMN quorum_owners_total integer CHECK (quorum_owners_total >= 0),
  ADD COLUMN quorum_quotas_counted integer CHECK (quorum_quotas_counted >= 0),
  ADD COLUMN quorum_quotas_total integer CHECK (quorum_quotas_total >= 0),
  ADD COLUMN quorum_branch varchar(20) CHECK (quorum_branch IN ('majority_and_half', 'three_quarters')),
  ADD COLUMN quorum_reached boolean,
  ADD COLUMN chair varchar(255),
  ADD COLUMN secretary varchar(255),
  -- The verdict is recorded whole, at opening, or not at all.
  ADD CONSTRAINT meetings_quorum_frozen CHECK (
    (opened_at IS NULL) = (quorum_reached IS NULL)
    AND (quorum_reached IS NULL) = (quorum_owners_counted IS NULL)
    AND (quorum_reached IS NULL) = (quorum_owners_total IS NULL)
    AND (quorum_reached IS NULL) = (quorum_quotas_counted IS NULL)
    AND (quorum_reached IS NULL) = (quorum_quotas_total IS NULL)
    AND (quorum_branch IS NULL OR quorum_reached));

ALTER TABLE meeting_agenda_items
  ADD COLUMN title_nl varchar(255) CHECK (char_length(title_nl) >= 1),
  ADD COLUMN description_nl varchar(4000);

CREATE TABLE meeting_dispatches (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  meeting_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  channel varchar(20) NOT NULL CHECK (channel IN ('email', 'registered_mail')),
  sent_on date NOT NULL,
  proof varchar(255) CHECK (char_length(proof) >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_dispatches_org_id_uq UNIQUE (organization_id, id),
  CONSTRAINT meeting_dispatches_meeting_owner_uq UNIQUE (meeting_id, owner_id),
  CONSTRAINT meeting_dispatches_meeting_fk FOREIGN KEY (organization_id, meeting_id)
    REFERENCES meetings (organization_id, id) ON DELETE CASCADE,
  -- A convoked owner stays in the register: the owners adapter answers 409 when it is deleted.
  CONSTRAINT meeting_dispatches_owner_fk FOREIGN KEY (organization_id, owner_id) REFERENCES owners (organization_id, id)
);
-- The register of a meeting, by owner (the unique key above); the owner side serves the foreign key.
CREATE INDEX meeting_dispatches_owner_idx ON meeting_dispatches (organization_id, owner_id);
SELECT app_isolate_tenant('meeting_dispatches');

CREATE TABLE meeting_attendance (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  meeting_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  status varchar(20) NOT NULL CHECK (status IN ('present', 'represented', 'absent')),
  proxy_holder_owner_id uuid,
  proxy_holder_name varchar(255) CHECK (char_length(proxy_holder_name) >= 1),
  PRIMARY KEY (meeting_id, owner_id),
  -- A represented owner names exactly one holder (a co-owner or an outsider); nobody else names one.
  CONSTRAINT meeting_attendance_proxy CHECK (
    (status = 'represented') = (proxy_holder_owner_id IS NOT NULL OR proxy_holder_name IS NOT NULL)
    AND (proxy_holder_owner_id IS NULL OR proxy_holder_name IS NULL)),
  CONSTRAINT meeting_attendance_self_proxy CHECK (proxy_holder_owner_id IS DISTINCT FROM owner_id),
  CONSTRAINT meeting_attendance_meeting_fk FOREIGN KEY (organization_id, meeting_id)
    REFERENCES meetings (organization_id, id) ON DELETE CASCADE,
  CONSTRAINT meeting_attendance_owner_fk FOREIGN KEY (organization_id, owner_id)
    REFERENCES owners (organization_id, id),
  CONSTRAINT meeting_attendance_holder_fk FOREIGN KEY (organization_id, proxy_holder_owner_id)
    REFERENCES owners (organization_id, id)
);
CREATE INDEX meeting_attendance_owner_idx ON meeting_attendance (organization_id, owner_id);
CREATE INDEX meeting_attendance_holder_idx ON meeting_attendance (organization_id, proxy_holder_owner_id)
  WHERE proxy_holder_owner_id IS NOT NULL;
SELECT app_isolate_tenant('meeting_attendance');

CREATE TABLE meeting_voting_rights (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  meeting_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  owner_id uuid,
  votes integer NOT NULL CHECK (votes > 0),
  PRIMARY KEY (meeting_id, unit_id),
  CONSTRAINT meeting_voting_rights_meeting_fk FOREIGN KEY (organization_id, meeting_id)
    REFERENCES meetings (organization_id, id) ON DELETE CASCADE,
  -- The units and owners of an assembly's rights stay: the units and owners adapters answer 409.
  CONSTRAINT meeting_voting_rights_unit_fk FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CONSTRAINT meeting_voting_rights_owner_fk FOREIGN KEY (organization_id, owner_id)
    REFERENCES owners (organization_id, id)
);
-- A voter's weight: the rights of a meeting by owner.
CREATE INDEX meeting_voting_rights_meeting_owner_idx ON meeting_voting_rights (meeting_id, owner_id);
CREATE INDEX meeting_voting_rights_unit_idx ON meeting_voting_rights (organization_id, unit_id);
CREATE INDEX meeting_voting_rights_owner_idx ON meeting_voting_rights (organization_id, owner_id)
  WHERE owner_id IS NOT NULL;
SELECT app_isolate_tenant('meeting_voting_rights');

-- migrate:down
DROP TABLE meeting_voting_rights;
DROP TABLE meeting_attendance;
DROP TABLE meeting_dispatches;
ALTER TABLE meeting_agenda_items DROP COLUMN description_nl, DROP COLUMN title_nl;
ALTER TABLE meetings
  DROP CONSTRAINT meetings_quorum_frozen,
  DROP COLUMN secretary,
  DROP COLUMN chair,
  DROP COLUMN quorum_reached,
  DROP COLUMN quorum_branch,
  DROP COLUMN quorum_quotas_total,
  DROP COLUMN quorum_quotas_counted,
  DROP COLUMN quorum_owners_total,
  DROP COLUMN quorum_owners_counted,
  DROP COLUMN opened_at;
UPDATE meetings SET status = 'scheduled' WHERE status IN ('convened', 'in_session', 'no_quorum');
ALTER TABLE meetings DROP CONSTRAINT meetings_status_check;
ALTER TABLE meetings ADD CONSTRAINT meetings_status_check CHECK (status IN ('scheduled', 'completed', 'cancelled'));
ALTER TABLE buildings DROP COLUMN notice_days;
