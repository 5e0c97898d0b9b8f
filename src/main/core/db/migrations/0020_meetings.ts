// Migration 0020: meetings that decide and resident matters (议事, 五步工作法).
// - meeting_body: the standing body that meets again and again (街道联席会议, a community's
//   联席会议, the 研判会, a 党群议事会), so "the next meeting of the same body" is defined.
// - meeting: one sitting of a body, with its attending units and people (JSON arrays: they are
//   read whole with the meeting and never searched), open until it is closed.
// - meeting_topic → meeting_decision → decision_item: a decision's follow-up items, each a case,
//   a 督办 on a case, an item of the 三张清单 or a plain task, with an owner and a due day. A
//   decision's progress is not stored: it is computed from its items every time it is read.
// - matter / matter_event / matter_discussion / matter_speaker: a matter residents raise, its
//   stage, its history, the grid-level discussions and who spoke for which option.
// Grid and building ids carry no foreign key: a grid edit may merge or renumber grids, and these
// rows are records of what was said and decided there, not territory the edit must move.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE meeting_body (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('joint_street', 'joint_community', 'review', 'party_masses')),
  name         TEXT NOT NULL,
  community_id INTEGER REFERENCES community(id),
  created_at   INTEGER NOT NULL
);

CREATE TABLE meeting (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  body_id     INTEGER NOT NULL REFERENCES meeting_body(id),
  held_on     TEXT NOT NULL,
  title       TEXT NOT NULL,
  place       TEXT NOT NULL DEFAULT '',
  units       TEXT NOT NULL DEFAULT '[]',
  people      TEXT NOT NULL DEFAULT '[]',
  status      TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_by  INTEGER REFERENCES app_user(id),
  created_at  INTEGER NOT NULL,
  closed_at   INTEGER
);
CREATE INDEX meeting_body_held ON meeting(body_id, held_on);

CREATE TABLE meeting_topic (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  title       TEXT NOT NULL,
  notes       TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL CHECK (source IN ('agenda', 'hot_spot', 'overdue_case', 'ranking', 'matter')),
  grid_id     INTEGER,
  case_id     INTEGER REFERENCES case_file(id),
  matter_id   INTEGER,
  created_at  INTEGER NOT NULL
);
CREATE INDEX meeting_topic_meeting ON meeting_topic(meeting_id);

CREATE TABLE meeting_decision (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  topic_id    INTEGER NOT NULL REFERENCES meeting_topic(id),
  text        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
  reason      TEXT NOT NULL DEFAULT '',
  created_by  INTEGER REFERENCES app_user(id),
  created_at  INTEGER NOT NULL
);
CREATE INDEX meeting_decision_meeting ON meeting_decision(meeting_id);
CREATE INDEX meeting_decision_status ON meeting_decision(status);

CREATE TABLE decision_item (
  id                 INTEGER PRIMARY KEY,
  decision_id        INTEGER NOT NULL REFERENCES meeting_decision(id),
  kind               TEXT NOT NULL CHECK (kind IN ('case', 'supervise', 'party_list', 'task')),
  case_id            INTEGER REFERENCES case_file(id),
  party_list_item_id INTEGER REFERENCES party_list_item(id),
  title              TEXT NOT NULL DEFAULT '',
  owner              TEXT NOT NULL,
  due_on             TEXT NOT NULL,
  started_at         INTEGER,
  done_at            INTEGER,
  created_at         INTEGER NOT NULL,
  CHECK ((kind IN ('case', 'supervise')) = (case_id IS NOT NULL)),
  CHECK ((kind = 'party_list') = (party_list_item_id IS NOT NULL))
);
CREATE INDEX decision_item_decision ON decision_item(decision_id);
CREATE INDEX decision_item_case ON decision_item(case_id);

CREATE TABLE matter (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  description   TEXT NOT NULL,
  raised_by     TEXT NOT NULL,
  raised_on     TEXT NOT NULL,
  community_id  INTEGER NOT NULL REFERENCES community(id),
  grid_id       INTEGER NOT NULL,
  building_id   INTEGER,
  stage         TEXT NOT NULL CHECK (stage IN ('raised', 'discussed', 'decided', 'acting', 'evaluated', 'dropped')),
  decision_id   INTEGER REFERENCES meeting_decision(id),
  asked         INTEGER,
  satisfied     INTEGER,
  basically_satisfied INTEGER,
  evaluation_note TEXT NOT NULL DEFAULT '',
  updated_at    INTEGER NOT NULL
);
CREATE INDEX matter_grid ON matter(grid_id, stage);
CREATE INDEX matter_building ON matter(building_id);
CREATE INDEX matter_community ON matter(community_id, stage);

CREATE TABLE matter_event (
  id            INTEGER PRIMARY KEY,
  matter_id     INTEGER NOT NULL REFERENCES matter(id),
  action        TEXT NOT NULL,
  from_stage    TEXT,
  to_stage      TEXT NOT NULL,
  actor_user_id INTEGER REFERENCES app_user(id),
  actor_name    TEXT NOT NULL,
  at            INTEGER NOT NULL,
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX matter_event_matter ON matter_event(matter_id, at);

CREATE TABLE matter_discussion (
  id          INTEGER PRIMARY KEY,
  matter_id   INTEGER NOT NULL REFERENCES matter(id),
  held_on     TEXT NOT NULL,
  minutes     TEXT NOT NULL,
  options     TEXT NOT NULL,
  attendance  INTEGER NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX matter_discussion_matter ON matter_discussion(matter_id);

CREATE TABLE matter_speaker (
  id            INTEGER PRIMARY KEY,
  discussion_id INTEGER NOT NULL REFERENCES matter_discussion(id),
  who           TEXT NOT NULL,
  option_index  INTEGER NOT NULL,
  words         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX matter_speaker_discussion ON matter_speaker(discussion_id);
`;
