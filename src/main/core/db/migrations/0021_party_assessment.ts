// Migration 0021: 楼栋工作日 (cadres, their buildings, visits and what each found) and the
// assessment of Party organisations (三会一课, yearly ratings, 整顿转化 plans, 联述联评联考
// scorecards, and the reminders already sent).
//
// Records about an organisation keep its id without a foreign key on purpose: dissolving an
// organisation deletes its party_org row (the archive keeps it in party_org_dissolved), and its
// history of meetings and ratings stays with that id, as the seeds want history year by year.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE cadre (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  post          TEXT NOT NULL CHECK (post IN ('party_secretary', 'director', 'deputy', 'section_head', 'cadre')),
  visit_weekday INTEGER NOT NULL CHECK (visit_weekday BETWEEN 1 AND 7),
  user_id       INTEGER UNIQUE REFERENCES app_user(id),
  created_at    INTEGER NOT NULL
);

-- 分片包干: which cadre holds which building, from when (released_on NULL while held).
CREATE TABLE cadre_building (
  id          INTEGER PRIMARY KEY,
  cadre_id    INTEGER NOT NULL REFERENCES cadre(id),
  building_id INTEGER NOT NULL REFERENCES building(id),
  assigned_on TEXT NOT NULL,
  released_on TEXT
);
CREATE INDEX cadre_building_cadre ON cadre_building(cadre_id, released_on);
CREATE UNIQUE INDEX cadre_building_held ON cadre_building(building_id, cadre_id) WHERE released_on IS NULL;

CREATE TABLE building_visit (
  id             INTEGER PRIMARY KEY,
  cadre_id       INTEGER NOT NULL REFERENCES cadre(id),
  building_id    INTEGER NOT NULL REFERENCES building(id),
  visited_on     TEXT NOT NULL,
  households_met INTEGER NOT NULL,
  note           TEXT NOT NULL DEFAULT '',
  recorded_by    INTEGER REFERENCES app_user(id),
  recorded_at    INTEGER NOT NULL
);
CREATE INDEX building_visit_day ON building_visit(visited_on, building_id);
CREATE INDEX building_visit_building ON building_visit(building_id, visited_on);
CREATE INDEX building_visit_cadre ON building_visit(cadre_id, visited_on);

CREATE TABLE building_visit_problem (
  id       INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES building_visit(id),
  summary  TEXT NOT NULL,
  outcome  TEXT NOT NULL CHECK (outcome IN ('case', 'need', 'wish', 'note')),
  ref_id   INTEGER
);
CREATE INDEX building_visit_problem_visit ON building_visit_problem(visit_id);

CREATE TABLE party_meeting (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('branch_assembly', 'committee', 'group', 'lesson')),
  held_on     TEXT NOT NULL,
  topic       TEXT NOT NULL,
  attendees   INTEGER NOT NULL,
  absentees   INTEGER NOT NULL DEFAULT 0,
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES app_user(id),
  recorded_at INTEGER NOT NULL
);
CREATE INDEX party_meeting_org ON party_meeting(org_id, kind, held_on);
CREATE INDEX party_meeting_day ON party_meeting(held_on);

-- One notice per organisation, kind, period and state ('due' then perhaps 'missed').
CREATE TABLE party_meeting_reminder (
  org_id INTEGER NOT NULL,
  kind   TEXT NOT NULL,
  period TEXT NOT NULL,
  state  TEXT NOT NULL CHECK (state IN ('due', 'missed')),
  at     INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, period, state)
) WITHOUT ROWID;

CREATE TABLE party_rating (
  id       INTEGER PRIMARY KEY,
  org_id   INTEGER NOT NULL,
  year     INTEGER NOT NULL,
  scores   TEXT NOT NULL,
  total    INTEGER NOT NULL,
  rating   TEXT NOT NULL CHECK (rating IN ('advanced', 'good', 'average', 'weak')),
  note     TEXT NOT NULL DEFAULT '',
  rated_by INTEGER REFERENCES app_user(id),
  rated_at INTEGER NOT NULL,
  UNIQUE (org_id, year)
);

CREATE TABLE unit_scorecard (
  id        INTEGER PRIMARY KEY,
  org_id    INTEGER NOT NULL,
  year      INTEGER NOT NULL,
  scores    TEXT NOT NULL,
  total     INTEGER NOT NULL,
  grade     TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'fair', 'poor')),
  note      TEXT NOT NULL DEFAULT '',
  scored_by INTEGER REFERENCES app_user(id),
  scored_at INTEGER NOT NULL,
  UNIQUE (org_id, year)
);

CREATE TABLE rectification_plan (
  id              INTEGER PRIMARY KEY,
  org_id          INTEGER NOT NULL,
  leader_cadre_id INTEGER NOT NULL REFERENCES cadre(id),
  status          TEXT NOT NULL CHECK (status IN ('open', 'converted', 'not_converted')),
  problems        TEXT NOT NULL,
  measures        TEXT NOT NULL,
  opened_on       TEXT NOT NULL,
  due_on          TEXT NOT NULL,
  closed_on       TEXT,
  result          TEXT,
  created_by      INTEGER REFERENCES app_user(id),
  created_at      INTEGER NOT NULL
);
CREATE INDEX rectification_plan_org ON rectification_plan(org_id);
CREATE UNIQUE INDEX rectification_plan_one_open ON rectification_plan(org_id) WHERE status = 'open';

CREATE TABLE rectification_milestone (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES rectification_plan(id),
  title   TEXT NOT NULL,
  due_on  TEXT NOT NULL,
  done_on TEXT
);
CREATE INDEX rectification_milestone_plan ON rectification_milestone(plan_id);

CREATE TABLE rectification_review (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES rectification_plan(id),
  reviewed_on TEXT NOT NULL,
  verdict     TEXT NOT NULL CHECK (verdict IN ('on_track', 'behind')),
  note        TEXT NOT NULL,
  by_user     INTEGER REFERENCES app_user(id),
  at          INTEGER NOT NULL
);
CREATE INDEX rectification_review_plan ON rectification_review(plan_id);
`;
