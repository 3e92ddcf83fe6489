-- General assemblies II (issue 15): the resolutions put to the vote on agenda items and each owner's ballot
-- (Civil Code art. 3.87-3.88, as researched).
--   * meeting_resolutions: one motion on one agenda item of a meeting in session, with the majority it needs;
--     open while ballots come in, then adopted or rejected for good with its tally (votes for / against /
--     abstaining, after the vote cap; NULL while open).
--   * resolution_ballots: one per owner present or represented and resolution: the choice, the owner's votes on the
--     meeting date (from meeting_voting_rights), the votes it counted for once the resolution closed (after the cap,
--     NULL while open) and the proxy holder copied from the attendance list, so the minutes keep who voted for whom.
-- migrate:up
CREATE TABLE meeting_resolutions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  meeting_id uuid NOT NULL,
  agenda_item_id uuid NOT NULL,
  title varchar(255) NOT NULL CHECK (char_length(title) >= 1),
  text varchar(8000),
  majority varchar(20) NOT NULL CHECK (majority IN ('absolute', 'two_thirds', 'four_fifths', 'unanimity')),
  status varchar(20) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'adopted', 'rejected')),
  for_votes integer CHECK (for_votes >= 0),
  against_votes integer CHECK (against_votes >= 0),
  abstention_votes integer CHECK (abstention_votes >= 0),
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meeting_resolutions_org_id_uq UNIQUE (organization_id, id),
  -- The tally and the closing time are written together, when the resolution closes, and never before.
  CONSTRAINT meeting_resolutions_closed CHECK (
    (status = 'open') = (closed_at IS NULL)
    AND (closed_at IS NULL) = (for_votes IS NULL)
    AND (closed_at IS NULL) = (against_votes IS NULL)
    AND (closed_at IS NULL) = (abstention_votes IS NULL)),
  CONSTRAINT meeting_resolutions_meeting_fk FOREIGN KEY (organization_id, meeting_id)
    REFERENCES meetings (organization_id, id) ON DELETE CASCADE,
  CONSTRAINT meeting_resolutions_agenda_item_fk FOREIGN KEY (agenda_item_id)
    REFERENCES meeting_agenda_items (id)
);
-- A meeting's resolutions in the order they were proposed.
CREATE INDEX meeting_resolutions_meeting_idx ON meeting_resolutions (organization_id, meeting_id, created_at, id);
CREATE INDEX meeting_resolutions_agenda_item_idx ON meeting_resolutions (agenda_item_id);
SELECT app_isolate_tenant('meeting_resolutions');

CREATE TABLE resolution_ballots (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  resolution_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  choice varchar(10) NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  votes integer NOT NULL CHECK (votes > 0),
  counted_votes integer CHECK (counted_votes >= 0 AND counted_votes <= votes),
  proxy_holder_owner_id uuid,
  proxy_holder_name varchar(255) CHECK (char_length(proxy_holder_name) >= 1),
  cast_at timestamptz NOT NULL,
  PRIMARY KEY (resolution_id, owner_id),
  CONSTRAINT resolution_ballots_one_holder CHECK (proxy_holder_owner_id IS NULL OR proxy_holder_name IS NULL),
  CONSTRAINT resolution_ballots_resolution_fk FOREIGN KEY (organization_id, resolution_id)
    REFERENCES meeting_resolutions (organization_id, id) ON DELETE CASCADE,
  -- A voter stays in the minutes: the owners adapter answers 409 when it is deleted.
  CONSTRAINT resolution_ballots_owner_fk FOREIGN KEY (organization_id, owner_id)
    REFERENCES owners (organization_id, id),
  CONSTRAINT resolution_ballots_holder_fk FOREIGN KEY (organization_id, proxy_holder_owner_id)
    REFERENCES owners (organization_id, id)
);
CREATE INDEX resolution_ballots_owner_idx ON resolution_ballots (organization_id, owner_id);
CREATE INDEX resolution_ballots_holder_idx ON resolution_ballots (organization_id, proxy_holder_owner_id)
  WHERE proxy_holder_owner_id IS NOT NULL;
SELECT app_isolate_tenant('resolution_ballots');

-- migrate:down
DROP TABLE resolution_ballots;
DROP TABLE meeting_resolutions;
