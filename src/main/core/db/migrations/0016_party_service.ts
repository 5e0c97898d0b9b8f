// Migration 0016: Party members' service to residents (三微, 双报到 as work, volunteers).
// - micro_wish: 微心愿, 微服务 and 微项目 are one item with a kind: the same flow (collected for a
//   resident by a grid worker or building head → reviewed → published → claimed by a member, a
//   unit's Party organisation or a volunteer team → fulfilled with a photo → the resident's
//   feedback), and one set of figures. A 微项目 serves a building or grid, so its resident may be
//   empty. Each step is kept in micro_wish_event; its photos in micro_wish_photo.
// - dual_report: an employed member's registration with the community they live in (个人报到):
//   date, employer (a unit's Party organisation in the street, or a name), pledge; at most one
//   open registration per member. party_member.dual_report stays the flag others read and is
//   set in the same transaction. Backfilled from members already flagged registered.
// - service_record: one ledger of a member's hours of community service, whatever it came
//   from (a wish fulfilled, a volunteer activity, a need claimed, other work).
// - volunteer teams, their members and activities; a 志愿服务联盟 groups teams; a team's
//   临时党小组 is a party_org of kind temporary_group.
//
// No foreign keys to resident, party_member, party_org or grid: a resident who moves out, a
// member transferred out and a dissolved organisation move to their *_departed/_dissolved
// tables with the same id, and a grid edit deletes grids; the service done stays theirs.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE micro_wish (
  id                 INTEGER PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  kind               TEXT NOT NULL CHECK (kind IN ('wish', 'service', 'project')),
  category           TEXT NOT NULL CHECK (category IN ('daily_goods', 'study', 'health', 'repair', 'companionship', 'festival', 'environment', 'other')),
  title              TEXT NOT NULL,
  detail             TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('pending_review', 'approved', 'rejected', 'published', 'claimed', 'fulfilled', 'evaluated', 'withdrawn')),
  -- The resident's building (or the project's): the grid and community come from it, so a
  -- grid redrawn later places the wish where the building now lies.
  building_id        INTEGER NOT NULL REFERENCES building(id),
  resident_id        INTEGER,
  collector_staff_id INTEGER NOT NULL REFERENCES grid_staff(id),
  collected_at       INTEGER NOT NULL,
  reviewed_at        INTEGER,
  review_note        TEXT,
  published_at       INTEGER,
  claimant_kind      TEXT CHECK (claimant_kind IN ('member', 'unit', 'team')),
  claimant_id        INTEGER,
  claimed_at         INTEGER,
  fulfilled_at       INTEGER,
  fulfil_note        TEXT,
  service_hours      REAL,
  satisfaction       TEXT CHECK (satisfaction IN ('satisfied', 'basic', 'unsatisfied')),
  feedback_note      TEXT,
  feedback_at        INTEGER,
  -- Rejected or withdrawn: when and why.
  closed_at          INTEGER,
  close_reason       TEXT,
  updated_at         INTEGER NOT NULL,
  CHECK ((claimant_kind IS NULL) = (claimant_id IS NULL))
);
CREATE INDEX micro_wish_building ON micro_wish(building_id);
CREATE INDEX micro_wish_status ON micro_wish(status);
CREATE INDEX micro_wish_collected ON micro_wish(collected_at);
CREATE INDEX micro_wish_claimant ON micro_wish(claimant_kind, claimant_id);

CREATE TABLE micro_wish_event (
  id          INTEGER PRIMARY KEY,
  wish_id     INTEGER NOT NULL REFERENCES micro_wish(id),
  at          INTEGER NOT NULL,
  user_id     INTEGER REFERENCES app_user(id),
  action      TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX micro_wish_event_wish ON micro_wish_event(wish_id, id);

CREATE TABLE micro_wish_photo (
  id      INTEGER PRIMARY KEY,
  wish_id INTEGER NOT NULL REFERENCES micro_wish(id),
  name    TEXT NOT NULL,
  mime    TEXT NOT NULL,
  bytes   BLOB NOT NULL,
  at      INTEGER NOT NULL
);
CREATE INDEX micro_wish_photo_wish ON micro_wish_photo(wish_id);

CREATE TABLE dual_report (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL,
  community_id  INTEGER NOT NULL REFERENCES community(id),
  -- The employer: a unit's Party organisation in the street when there is one, and its name always.
  unit_org_id   INTEGER,
  employer      TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  pledge        TEXT NOT NULL DEFAULT '',
  ended_on      TEXT,
  end_reason    TEXT,
  recorded_at   INTEGER NOT NULL,
  user_id       INTEGER REFERENCES app_user(id)
);
CREATE UNIQUE INDEX dual_report_open ON dual_report(member_id) WHERE ended_on IS NULL;
CREATE INDEX dual_report_community ON dual_report(community_id);
CREATE INDEX dual_report_unit ON dual_report(unit_org_id);
INSERT INTO dual_report (member_id, community_id, unit_org_id, employer, registered_on, pledge, recorded_at)
SELECT m.id, m.report_community_id,
       CASE WHEN o.kind IN ('resident_unit', 'two_new') THEN o.id END,
       CASE WHEN o.kind IN ('resident_unit', 'two_new') THEN o.name ELSE '' END,
       m.joined_on, '', 0
  FROM party_member m JOIN party_org o ON o.id = m.org_id
 WHERE m.dual_report = 'registered' AND m.report_community_id IS NOT NULL;

CREATE TABLE service_record (
  id           INTEGER PRIMARY KEY,
  member_id    INTEGER NOT NULL,
  on_date      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('wish', 'need', 'activity', 'other')),
  ref_id       INTEGER,
  hours        REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  community_id INTEGER NOT NULL REFERENCES community(id),
  grid_id      INTEGER,
  note         TEXT NOT NULL DEFAULT '',
  recorded_at  INTEGER NOT NULL,
  user_id      INTEGER REFERENCES app_user(id)
);
CREATE INDEX service_record_member ON service_record(member_id, on_date);
CREATE INDEX service_record_date ON service_record(on_date);

CREATE TABLE volunteer_alliance (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  founded_on TEXT NOT NULL
);

CREATE TABLE volunteer_team (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL UNIQUE,
  -- NULL: a street-level team.
  community_id       INTEGER REFERENCES community(id),
  alliance_id        INTEGER REFERENCES volunteer_alliance(id),
  party_group_org_id INTEGER,
  focus              TEXT NOT NULL,
  founded_on         TEXT NOT NULL,
  disbanded_on       TEXT
);
CREATE INDEX volunteer_team_community ON volunteer_team(community_id);

CREATE TABLE volunteer_team_member (
  id              INTEGER PRIMARY KEY,
  team_id         INTEGER NOT NULL REFERENCES volunteer_team(id),
  party_member_id INTEGER,
  resident_id     INTEGER,
  joined_on       TEXT NOT NULL,
  left_on         TEXT,
  CHECK (party_member_id IS NOT NULL OR resident_id IS NOT NULL)
);
CREATE INDEX volunteer_team_member_team ON volunteer_team_member(team_id);
CREATE INDEX volunteer_team_member_party ON volunteer_team_member(party_member_id);

CREATE TABLE volunteer_activity (
  id            INTEGER PRIMARY KEY,
  team_id       INTEGER NOT NULL REFERENCES volunteer_team(id),
  title         TEXT NOT NULL,
  on_date       TEXT NOT NULL,
  place         TEXT NOT NULL,
  community_id  INTEGER NOT NULL REFERENCES community(id),
  grid_id       INTEGER,
  hours         REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  people_served INTEGER NOT NULL CHECK (people_served >= 0),
  recorded_at   INTEGER NOT NULL,
  user_id       INTEGER REFERENCES app_user(id)
);
CREATE INDEX volunteer_activity_team ON volunteer_activity(team_id, on_date);
CREATE INDEX volunteer_activity_date ON volunteer_activity(on_date);

CREATE TABLE volunteer_activity_participant (
  activity_id    INTEGER NOT NULL REFERENCES volunteer_activity(id),
  team_member_id INTEGER NOT NULL REFERENCES volunteer_team_member(id),
  hours          REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  PRIMARY KEY (activity_id, team_member_id)
) WITHOUT ROWID;
`;
