// Migration 0002: what the full case workflow needs beyond the case row itself —
// pending extension requests, joint handling (会商联办), photos, merged duplicates,
// auto-dispatch rules, and the editable work calendar.
export default /* sql */ `
ALTER TABLE case_file ADD COLUMN extension_request TEXT;
ALTER TABLE case_file ADD COLUMN merged_into_id INTEGER REFERENCES case_file(id);

CREATE TABLE case_codepartment (
  case_id       INTEGER NOT NULL REFERENCES case_file(id),
  department_id INTEGER NOT NULL REFERENCES department(id),
  PRIMARY KEY (case_id, department_id)
);

-- Photos stay inside the encrypted database, never as loose files.
CREATE TABLE case_attachment (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES case_file(id),
  name       TEXT NOT NULL,
  mime       TEXT NOT NULL,
  bytes      BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX case_attachment_case ON case_attachment(case_id);

CREATE TABLE dispatch_rule (
  id            INTEGER PRIMARY KEY,
  category_id   INTEGER REFERENCES case_category(id),
  community_id  INTEGER REFERENCES community(id),
  grid_id       INTEGER REFERENCES grid(id),
  assignee_kind TEXT NOT NULL CHECK (assignee_kind IN ('staff', 'department')),
  assignee_id   INTEGER NOT NULL,
  enabled       INTEGER NOT NULL DEFAULT 1,
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL
);

-- Days that differ from the built-in calendar: extra holidays or make-up working days.
CREATE TABLE calendar_override (
  date    TEXT PRIMARY KEY,
  working INTEGER NOT NULL CHECK (working IN (0, 1)),
  note    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX case_assignee_staff ON case_file(assignee_staff_id, status);
CREATE INDEX case_assignee_department ON case_file(assignee_department_id, status);
CREATE INDEX case_location ON case_file(lng, lat);
CREATE INDEX case_closed ON case_file(closed_at);
`;
