// Migration 0001: the territory, people, Party organisations, tenants, cases, users, audit.
// Times are epoch milliseconds (INTEGER); calendar dates are 'YYYY-MM-DD' text.
// Geometry is GeoJSON text with bbox columns; R*Tree tables index grids and buildings.
export default /* sql */ `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE street (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  district   TEXT NOT NULL,
  city       TEXT NOT NULL,
  boundary   TEXT NOT NULL,
  center_lng REAL NOT NULL,
  center_lat REAL NOT NULL,
  area_km2   REAL NOT NULL
);

CREATE TABLE community (
  id        INTEGER PRIMARY KEY,
  street_id INTEGER NOT NULL REFERENCES street(id),
  code      TEXT NOT NULL UNIQUE,
  name      TEXT NOT NULL,
  boundary  TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);

CREATE TABLE grid (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  boundary     TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);
CREATE INDEX grid_community ON grid(community_id);
CREATE VIRTUAL TABLE grid_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);

-- Basemap drawn from the street's own data: roads, water, green.
CREATE TABLE road (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('main', 'secondary', 'branch')),
  geometry TEXT NOT NULL
);
CREATE TABLE land_feature (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('water', 'green')),
  name     TEXT NOT NULL,
  geometry TEXT NOT NULL
);

CREATE TABLE building (
  id           INTEGER PRIMARY KEY,
  grid_id      INTEGER NOT NULL REFERENCES grid(id),
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  road         TEXT NOT NULL,
  house_number TEXT NOT NULL,
  address      TEXT NOT NULL,
  floors       INTEGER NOT NULL CHECK (floors > 0),
  use          TEXT NOT NULL CHECK (use IN ('residential', 'commercial', 'mixed', 'office', 'public', 'industrial')),
  has_lift     INTEGER NOT NULL DEFAULT 0,
  built_year   INTEGER NOT NULL,
  footprint    TEXT NOT NULL,
  center_lng REAL NOT NULL, center_lat REAL NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);
CREATE INDEX building_grid ON building(grid_id);
CREATE INDEX building_address ON building(address);
CREATE VIRTUAL TABLE building_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);

CREATE TABLE household (
  id          INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL REFERENCES building(id),
  unit        INTEGER NOT NULL,
  floor       INTEGER NOT NULL,
  room        TEXT NOT NULL,
  address     TEXT NOT NULL,
  tenure      TEXT NOT NULL CHECK (tenure IN ('owner', 'renter', 'public')),
  head_resident_id INTEGER
);
CREATE INDEX household_building ON household(building_id);

CREATE TABLE resident (
  id              INTEGER PRIMARY KEY,
  household_id    INTEGER NOT NULL REFERENCES household(id),
  name            TEXT NOT NULL,
  gender          TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  birth_date      TEXT NOT NULL,
  id_number       TEXT NOT NULL UNIQUE,
  phone           TEXT,
  relation        TEXT NOT NULL,
  tags            TEXT NOT NULL DEFAULT '[]',
  is_party_member INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX resident_household ON resident(household_id);
CREATE INDEX resident_name ON resident(name);

CREATE TABLE party_org (
  id                  INTEGER PRIMARY KEY,
  parent_id           INTEGER REFERENCES party_org(id),
  code                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN (
                        'street_committee', 'community_committee', 'grid_branch', 'estate_branch',
                        'building_group', 'resident_unit', 'two_new', 'commercial_building',
                        'market', 'joint_branch', 'temporary_group')),
  level               INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  community_id        INTEGER REFERENCES community(id),
  grid_id             INTEGER REFERENCES grid(id),
  building_id         INTEGER REFERENCES building(id),
  secretary_name      TEXT NOT NULL,
  secretary_phone     TEXT NOT NULL,
  lng REAL NOT NULL, lat REAL NOT NULL,
  rating              TEXT NOT NULL CHECK (rating IN ('advanced', 'good', 'average', 'weak')),
  under_rectification INTEGER NOT NULL DEFAULT 0,
  founded_on          TEXT NOT NULL
);
CREATE INDEX party_org_parent ON party_org(parent_id);
CREATE INDEX party_org_grid ON party_org(grid_id);

CREATE TABLE party_member (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES party_org(id),
  resident_id INTEGER REFERENCES resident(id),
  name        TEXT NOT NULL,
  gender      TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  phone       TEXT NOT NULL,
  category    TEXT NOT NULL CHECK (category IN ('employed', 'retired', 'mobile', 'two_new')),
  dual_report TEXT NOT NULL CHECK (dual_report IN ('registered', 'pending', 'not_required')),
  joined_on   TEXT NOT NULL
);
CREATE INDEX party_member_org ON party_member(org_id);
CREATE INDEX party_member_resident ON party_member(resident_id);

CREATE TABLE tenant (
  id               INTEGER PRIMARY KEY,
  building_id      INTEGER NOT NULL REFERENCES building(id),
  name             TEXT NOT NULL,
  category         TEXT NOT NULL,
  uscc             TEXT NOT NULL UNIQUE,
  legal_rep        TEXT NOT NULL,
  phone            TEXT NOT NULL,
  employees        INTEGER NOT NULL CHECK (employees >= 0),
  party_members    INTEGER NOT NULL DEFAULT 0,
  covering_org_id  INTEGER REFERENCES party_org(id),
  credit_grade     TEXT NOT NULL CHECK (credit_grade IN ('A', 'B', 'C', 'D')),
  floor            INTEGER NOT NULL,
  lng REAL NOT NULL, lat REAL NOT NULL
);
CREATE INDEX tenant_building ON tenant(building_id);
CREATE INDEX tenant_name ON tenant(name);
CREATE INDEX tenant_covering_org ON tenant(covering_org_id);

CREATE TABLE facility (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('party_service_center', 'convenience_station', 'volunteer_point')),
  name         TEXT NOT NULL,
  community_id INTEGER REFERENCES community(id),
  grid_id      INTEGER NOT NULL REFERENCES grid(id),
  address      TEXT NOT NULL,
  open_hours   TEXT NOT NULL,
  lng REAL NOT NULL, lat REAL NOT NULL
);

CREATE TABLE department (
  id    INTEGER PRIMARY KEY,
  code  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL,
  kind  TEXT NOT NULL CHECK (kind IN ('street', 'district', 'utility')),
  phone TEXT NOT NULL
);

CREATE TABLE grid_staff (
  id              INTEGER PRIMARY KEY,
  grid_id         INTEGER NOT NULL REFERENCES grid(id),
  role            TEXT NOT NULL CHECK (role IN ('grid_head', 'grid_worker', 'building_head', 'volunteer')),
  name            TEXT NOT NULL,
  phone           TEXT NOT NULL,
  resident_id     INTEGER REFERENCES resident(id),
  building_id     INTEGER REFERENCES building(id),
  is_party_member INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX grid_staff_grid ON grid_staff(grid_id);

CREATE TABLE case_category (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES case_category(id),
  code        TEXT NOT NULL UNIQUE,
  class       TEXT NOT NULL CHECK (class IN ('component', 'event')),
  name        TEXT NOT NULL,
  limit_value INTEGER,
  limit_unit  TEXT CHECK (limit_unit IN ('work_hour', 'work_day')),
  owner_department_id INTEGER REFERENCES department(id),
  -- 部件先属主后属地, 事件先属地后属主: who a new case of this kind goes to first.
  dispatch_to TEXT CHECK (dispatch_to IN ('owner', 'territory'))
);

CREATE TABLE app_user (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'dispatcher', 'operator', 'leader', 'handler')),
  department_id INTEGER REFERENCES department(id),
  created_at    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_file (
  id                     INTEGER PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  source                 TEXT NOT NULL CHECK (source IN ('patrol', 'resident', 'hotline', 'sensor', 'leader')),
  category_id            INTEGER NOT NULL REFERENCES case_category(id),
  grid_id                INTEGER NOT NULL REFERENCES grid(id),
  building_id            INTEGER REFERENCES building(id),
  lng REAL NOT NULL, lat REAL NOT NULL,
  address                TEXT NOT NULL,
  description            TEXT NOT NULL,
  reporter_name          TEXT,
  reporter_phone         TEXT,
  status                 TEXT NOT NULL CHECK (status IN (
                           'reported', 'registered', 'dispatched', 'handling', 'awaiting_verification',
                           'closed', 'cancelled', 'suspended', 'escalated')),
  assignee_department_id INTEGER REFERENCES department(id),
  assignee_staff_id      INTEGER REFERENCES grid_staff(id),
  supervised             INTEGER NOT NULL DEFAULT 0,
  rework_count           INTEGER NOT NULL DEFAULT 0,
  extended               INTEGER NOT NULL DEFAULT 0,
  reported_at            INTEGER NOT NULL,
  registered_at          INTEGER,
  dispatched_at          INTEGER,
  due_at                 INTEGER,
  closed_at              INTEGER,
  evaluated_at           INTEGER,
  satisfaction           INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  updated_at             INTEGER NOT NULL
);
CREATE INDEX case_status ON case_file(status, due_at);
CREATE INDEX case_grid ON case_file(grid_id, status);
CREATE INDEX case_reported ON case_file(reported_at);
CREATE INDEX case_category_idx ON case_file(category_id);

CREATE TABLE case_event (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES case_file(id),
  kind        TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT,
  actor_user_id INTEGER REFERENCES app_user(id),
  actor_name  TEXT NOT NULL,
  at          INTEGER NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  attachments TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX case_event_case ON case_event(case_id, at);
CREATE INDEX case_event_at ON case_event(at);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_at ON audit_log(at);
`;
