// Migration 0017: care visits and the notification centre (issue #14, part A).
// - care_rule: per care tag and visitor kind (楼栋长 building_head, 网格员 grid_worker,
//   社区 community), how many days may pass between visits. Seeded with the defaults; an
//   administrator edits them (care.saveRules).
// - care_visit: one visit to a resident. resident_id has no foreign key on purpose: a
//   resident who leaves the street moves to resident_departed with the same id (0009) and
//   their visits stay theirs.
// - care_last_visit: the latest visit per resident and visitor kind (a kept figure).
// - visit_task: a visit due for a household (optionally one resident), raised by hand or by
//   an alert (source_alert_id, no foreign key: the alerts table belongs to another
//   migration); a recorded visit to that household completes it (done_visit_id).
// - notification: one row per recipient account, worded by the renderer's catalog from
//   kind + params (ids and codes only, never a person's name).
// - case_chase: which deadline thresholds the chase has acted on, per case and due time,
//   so a warning or a 督办 happens once (a new due time after an extension starts again).
export default /* sql */ `
CREATE TABLE care_rule (
  tag        TEXT NOT NULL CHECK (tag IN ('elderly_alone', 'no_lift_elderly', 'disabled', 'low_income', 'key_care')),
  visitor    TEXT NOT NULL CHECK (visitor IN ('building_head', 'grid_worker', 'community')),
  every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND 366),
  PRIMARY KEY (tag, visitor)
);
INSERT INTO care_rule (tag, visitor, every_days) VALUES
  ('elderly_alone', 'building_head', 7),
  ('elderly_alone', 'grid_worker', 30),
  ('no_lift_elderly', 'building_head', 14),
  ('no_lift_elderly', 'grid_worker', 30),
  ('disabled', 'grid_worker', 30),
  ('disabled', 'community', 90),
  ('low_income', 'grid_worker', 30),
  ('low_income', 'community', 90),
  ('key_care', 'building_head', 7),
  ('key_care', 'grid_worker', 14);

-- The care list reads only tagged residents (about one in eight): a partial index spares it
-- the whole register.
CREATE INDEX resident_care ON resident(household_id) WHERE tags <> '[]';

CREATE TABLE care_visit (
  id               INTEGER PRIMARY KEY,
  resident_id      INTEGER NOT NULL,
  household_id     INTEGER NOT NULL REFERENCES household(id),
  visitor          TEXT NOT NULL CHECK (visitor IN ('building_head', 'grid_worker', 'community')),
  visitor_staff_id INTEGER REFERENCES grid_staff(id),
  visitor_name     TEXT NOT NULL,
  visited_at       INTEGER NOT NULL,
  mode             TEXT NOT NULL CHECK (mode IN ('in_person', 'phone')),
  findings         TEXT NOT NULL DEFAULT '',
  case_id          INTEGER REFERENCES case_file(id),
  recorded_by      INTEGER REFERENCES app_user(id),
  recorded_at      INTEGER NOT NULL
);
CREATE INDEX care_visit_resident ON care_visit(resident_id, visitor, visited_at);
CREATE INDEX care_visit_household ON care_visit(household_id, visited_at);
-- The latest visit per resident and visitor kind, kept in step by every visit written, so
-- the overdue queue reads one row per resident instead of a year of visits.
CREATE TABLE care_last_visit (
  resident_id INTEGER NOT NULL,
  visitor     TEXT NOT NULL,
  visited_at  INTEGER NOT NULL,
  PRIMARY KEY (resident_id, visitor)
) WITHOUT ROWID;

CREATE TABLE visit_task (
  id              INTEGER PRIMARY KEY,
  household_id    INTEGER NOT NULL REFERENCES household(id),
  resident_id     INTEGER,
  reason          TEXT NOT NULL CHECK (reason IN ('alert', 'manual')),
  note            TEXT NOT NULL DEFAULT '',
  due_at          INTEGER NOT NULL,
  source_alert_id INTEGER,
  created_by      INTEGER REFERENCES app_user(id),
  created_at      INTEGER NOT NULL,
  done_visit_id   INTEGER REFERENCES care_visit(id),
  done_at         INTEGER
);
CREATE INDEX visit_task_open ON visit_task(household_id, done_at);

CREATE TABLE notification (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_user(id),
  kind       TEXT NOT NULL,
  case_id    INTEGER REFERENCES case_file(id),
  params     TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL,
  read_at    INTEGER
);
CREATE INDEX notification_user ON notification(user_id, id);
CREATE INDEX notification_unread ON notification(user_id, read_at);

CREATE TABLE case_chase (
  case_id   INTEGER NOT NULL REFERENCES case_file(id),
  threshold TEXT NOT NULL CHECK (threshold IN ('yellow', 'red')),
  due_at    INTEGER NOT NULL,
  at        INTEGER NOT NULL,
  PRIMARY KEY (case_id, threshold, due_at)
);
`;
