// Migration 0013: the backup log. Each backup run (on demand or scheduled) is one row:
// where it went, what it wrote, whether its verification passed, and the register
// counts read back from the written file. The files themselves live outside the data
// directory (a folder the administrator picks); the log is what the 备份 screen lists.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE backup_run (
  id          INTEGER PRIMARY KEY,
  trigger     TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule')),
  user_id     INTEGER REFERENCES app_user(id),
  started_at  INTEGER NOT NULL,
  finished_at INTEGER,
  folder      TEXT NOT NULL,
  file_name   TEXT,
  bytes       INTEGER,
  ok          INTEGER NOT NULL DEFAULT 0 CHECK (ok IN (0, 1)),
  problem_code TEXT,
  problem     TEXT,
  counts      TEXT
);
CREATE INDEX backup_run_started ON backup_run (started_at);
`;
