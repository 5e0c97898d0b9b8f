// Migration 0004: accounts an administrator manages. A user may be scoped to one community
// (the core then shows and changes only that community), a new or reset account must set
// its own password at first sign-in, and the new `community` role (社区工作人员) exists.
// SQLite cannot change a CHECK constraint in place, so app_user is rebuilt (the 12-step
// procedure; migrate.ts runs this one with foreign keys off and checks them after).
export default /* sql */ `
CREATE TABLE app_user_new (
  id                   INTEGER PRIMARY KEY,
  username             TEXT NOT NULL UNIQUE,
  display_name         TEXT NOT NULL,
  role                 TEXT NOT NULL CHECK (role IN ('admin', 'dispatcher', 'operator', 'leader', 'handler', 'community')),
  department_id        INTEGER REFERENCES department(id),
  community_id         INTEGER REFERENCES community(id),
  created_at           INTEGER NOT NULL,
  disabled             INTEGER NOT NULL DEFAULT 0,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  password_changed_at  INTEGER
);
INSERT INTO app_user_new (id, username, display_name, role, department_id, created_at, disabled)
  SELECT id, username, display_name, role, department_id, created_at, disabled FROM app_user;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;

-- Office settings that change behaviour (idle lock minutes, self-verification, ...): JSON values.
CREATE TABLE setting (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES app_user(id)
);
`;
