// Migration 0009: registers that can be written (core/registers/). What it adds:
// - record_change: every edit of a resident, household, building, tenant or grid staff post,
//   field by field, before → after. Values are stored as they were (personal ones included):
//   this table lives inside the encrypted database, and record.history masks them by role on
//   the way out. The audit log gets field names only for personal fields.
// - register_status: each status a record took and from which day (resident 在册/迁出/死亡,
//   household 在住/迁出/空置, tenant 营业/歇业/注销, grid staff post 在岗/离岗). Appended, never
//   rewritten.
// - tenant_credit_grade: the credit grades a tenant was given, and from which day.
// - resident_departed, tenant_closed: residents who left the street (迁出, 死亡) and tenants
//   that were deregistered (注销) are moved here with their full row and the same id, so every
//   count, search and map that reads `resident` and `tenant` keeps meaning "on the register
//   now" without a filter to forget. A departed resident who comes back is moved back.
// - household.status, tenant.status (current; the history is in register_status) and
//   grid_staff.vacated_on: a post row stays when vacated, because cases keep pointing at it.
export default /* sql */ `
CREATE TABLE record_change (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('resident', 'household', 'building', 'tenant', 'gridStaff')),
  record_id INTEGER NOT NULL,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  action    TEXT NOT NULL,
  -- JSON [{ "field": "phone", "before": …, "after": … }]
  changes   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX record_change_record ON record_change(kind, record_id, id);

CREATE TABLE register_status (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  status    TEXT NOT NULL,
  on_date   TEXT NOT NULL,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  note      TEXT NOT NULL DEFAULT '',
  CHECK (
    (kind = 'resident' AND status IN ('registered', 'moved_out', 'deceased')) OR
    (kind = 'household' AND status IN ('occupied', 'moved_out', 'vacant')) OR
    (kind = 'tenant' AND status IN ('open', 'suspended', 'closed')) OR
    (kind = 'gridStaff' AND status IN ('serving', 'vacated'))
  )
);
CREATE INDEX register_status_record ON register_status(kind, record_id, id);

CREATE TABLE tenant_credit_grade (
  id        INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  grade     TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  since     TEXT NOT NULL,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tenant_credit_grade_tenant ON tenant_credit_grade(tenant_id, id);

ALTER TABLE household ADD COLUMN status TEXT NOT NULL DEFAULT 'occupied' CHECK (status IN ('occupied', 'moved_out', 'vacant'));
ALTER TABLE tenant ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'suspended'));
ALTER TABLE grid_staff ADD COLUMN vacated_on TEXT;
CREATE INDEX grid_staff_building ON grid_staff(building_id);
CREATE INDEX grid_staff_resident ON grid_staff(resident_id);
CREATE INDEX household_place ON household(building_id, unit, room);

CREATE TABLE resident_departed (
  id              INTEGER PRIMARY KEY,
  household_id    INTEGER NOT NULL REFERENCES household(id),
  name            TEXT NOT NULL,
  gender          TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  birth_date      TEXT NOT NULL,
  id_number       TEXT NOT NULL UNIQUE,
  phone           TEXT,
  relation        TEXT NOT NULL,
  tags            TEXT NOT NULL DEFAULT '[]',
  is_party_member INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL CHECK (status IN ('moved_out', 'deceased')),
  left_on         TEXT NOT NULL
);
CREATE INDEX resident_departed_household ON resident_departed(household_id);

CREATE TABLE tenant_closed (
  id               INTEGER PRIMARY KEY,
  building_id      INTEGER NOT NULL REFERENCES building(id),
  name             TEXT NOT NULL,
  category         TEXT NOT NULL,
  uscc             TEXT NOT NULL UNIQUE,
  legal_rep        TEXT NOT NULL,
  phone            TEXT NOT NULL,
  employees        INTEGER NOT NULL,
  party_members    INTEGER NOT NULL DEFAULT 0,
  covering_org_id  INTEGER REFERENCES party_org(id),
  credit_grade     TEXT NOT NULL,
  floor            INTEGER NOT NULL,
  lng REAL NOT NULL, lat REAL NOT NULL,
  closed_on        TEXT NOT NULL
);
CREATE INDEX tenant_closed_building ON tenant_closed(building_id);
`;
