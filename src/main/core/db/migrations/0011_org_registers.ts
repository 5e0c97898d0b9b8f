// Migration 0011: the rest of the registers that can be written (core/registers/). What it adds:
// - record_change and register_status take the new kinds (Party organisations and members,
//   facilities, departments, case categories): SQLite cannot widen a CHECK, so both tables are
//   rebuilt with their rows (nothing references them).
// - party_org_coverage: which grids, buildings and tenants each Party organisation covers,
//   replacing the single party_org.grid_id (now the organisation's home grid) and
//   tenant.covering_org_id. 党建真空 figures read this relation. Backfilled from the old
//   columns, and kept from them by triggers for writers that still set them (the demo
//   generator; grid edits and footprints moving an organisation's home grid): an
//   organisation covers its home grid and the building it meets in, a tenant is covered by
//   the organisation named on it.
// - party_org_dissolved, party_member_departed: a dissolved organisation and a member who
//   transferred out (转出) keep their row and id here, out of every live count, as
//   resident_departed does for residents.
// - party_member.report_community_id: the community a member registered with (双报到);
//   backfilled for members recorded as registered from where they live, else their
//   organisation's community.
// - department.deactivated_on: a department that takes no new cases; its open cases stay.
// - case_category_version: each time limit a subcategory had, numbered; case_file
//   .category_version_id: the version a case was given when it was reported, so editing a
//   limit never changes the deadline of a case that already exists.
const COVERAGE_KINDS = `'grid', 'building', 'tenant'`;
const PARTY_STAMP = `UPDATE change_stamp SET stamp = random() WHERE topic = 'party';`;

/** The coverage the old columns imply (also run by tests that check the backfill). */
export const COVERAGE_BACKFILL = /* sql */ `
INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT id, 'grid', grid_id FROM party_org WHERE grid_id IS NOT NULL;
INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT id, 'building', building_id FROM party_org WHERE building_id IS NOT NULL;
INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT covering_org_id, 'tenant', id FROM tenant WHERE covering_org_id IS NOT NULL;
`;

const KINDS = `'resident', 'household', 'building', 'tenant', 'gridStaff', 'partyOrg', 'partyMember', 'facility', 'department', 'caseCategory'`;

export default /* sql */ `
CREATE TABLE record_change_0011 (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN (${KINDS})),
  record_id INTEGER NOT NULL,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  action    TEXT NOT NULL,
  changes   TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO record_change_0011 (id, kind, record_id, at, user_id, action, changes) SELECT id, kind, record_id, at, user_id, action, changes FROM record_change;
DROP TABLE record_change;
ALTER TABLE record_change_0011 RENAME TO record_change;
CREATE INDEX record_change_record ON record_change(kind, record_id, id);

CREATE TABLE register_status_0011 (
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
    (kind = 'gridStaff' AND status IN ('serving', 'vacated')) OR
    (kind = 'partyOrg' AND status IN ('founded', 'dissolved')) OR
    (kind = 'partyMember' AND status IN ('joined', 'transferred_in', 'transferred_out')) OR
    (kind = 'department' AND status IN ('active', 'deactivated'))
  )
);
INSERT INTO register_status_0011 (id, kind, record_id, status, on_date, at, user_id, note) SELECT id, kind, record_id, status, on_date, at, user_id, note FROM register_status;
DROP TABLE register_status;
ALTER TABLE register_status_0011 RENAME TO register_status;
CREATE INDEX register_status_record ON register_status(kind, record_id, id);

CREATE TABLE party_org_coverage (
  org_id      INTEGER NOT NULL REFERENCES party_org(id),
  target_kind TEXT NOT NULL CHECK (target_kind IN (${COVERAGE_KINDS})),
  -- A grid, building or tenant id (by target_kind). Readers join the live table, so a
  -- tenant deregistered (注销) drops out of every figure while its coverage stays as history.
  target_id   INTEGER NOT NULL,
  PRIMARY KEY (org_id, target_kind, target_id)
) WITHOUT ROWID;
CREATE INDEX party_org_coverage_target ON party_org_coverage(target_kind, target_id, org_id);
${COVERAGE_BACKFILL}

CREATE TRIGGER party_org_coverage_org_insert AFTER INSERT ON party_org BEGIN
  INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT NEW.id, 'grid', NEW.grid_id WHERE NEW.grid_id IS NOT NULL;
  INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT NEW.id, 'building', NEW.building_id WHERE NEW.building_id IS NOT NULL;
END;
-- A home grid moved by a grid edit or a building's new footprint takes its coverage along.
CREATE TRIGGER party_org_coverage_home_grid AFTER UPDATE OF grid_id ON party_org WHEN OLD.grid_id IS NOT NEW.grid_id BEGIN
  DELETE FROM party_org_coverage WHERE org_id = NEW.id AND target_kind = 'grid' AND target_id = OLD.grid_id;
  INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT NEW.id, 'grid', NEW.grid_id WHERE NEW.grid_id IS NOT NULL;
END;
CREATE TRIGGER party_org_coverage_tenant_insert AFTER INSERT ON tenant WHEN NEW.covering_org_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) VALUES (NEW.covering_org_id, 'tenant', NEW.id);
END;
CREATE TRIGGER party_org_coverage_tenant_update AFTER UPDATE OF covering_org_id ON tenant WHEN OLD.covering_org_id IS NOT NEW.covering_org_id BEGIN
  DELETE FROM party_org_coverage WHERE org_id = OLD.covering_org_id AND target_kind = 'tenant' AND target_id = NEW.id;
  INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT NEW.covering_org_id, 'tenant', NEW.id WHERE NEW.covering_org_id IS NOT NULL;
END;
CREATE TRIGGER change_stamp_party_party_org_coverage_insert AFTER INSERT ON party_org_coverage BEGIN ${PARTY_STAMP} END;
CREATE TRIGGER change_stamp_party_party_org_coverage_delete AFTER DELETE ON party_org_coverage BEGIN ${PARTY_STAMP} END;
CREATE TRIGGER change_stamp_party_party_org_coverage_update AFTER UPDATE ON party_org_coverage BEGIN ${PARTY_STAMP} END;

CREATE TABLE party_org_dissolved (
  id                  INTEGER PRIMARY KEY,
  parent_id           INTEGER,
  code                TEXT NOT NULL,
  name                TEXT NOT NULL,
  kind                TEXT NOT NULL,
  level               INTEGER NOT NULL,
  community_id        INTEGER REFERENCES community(id),
  grid_id             INTEGER,
  building_id         INTEGER REFERENCES building(id),
  secretary_name      TEXT NOT NULL,
  secretary_phone     TEXT NOT NULL,
  lng REAL NOT NULL, lat REAL NOT NULL,
  rating              TEXT NOT NULL,
  under_rectification INTEGER NOT NULL DEFAULT 0,
  founded_on          TEXT NOT NULL,
  dissolved_on        TEXT NOT NULL,
  -- Where its members and coverage went.
  into_org_id         INTEGER NOT NULL
);

ALTER TABLE party_member ADD COLUMN report_community_id INTEGER REFERENCES community(id);
UPDATE party_member SET report_community_id = COALESCE(
  (SELECT g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = party_member.resident_id),
  (SELECT o.community_id FROM party_org o WHERE o.id = party_member.org_id))
 WHERE dual_report = 'registered';

CREATE TABLE party_member_departed (
  id                  INTEGER PRIMARY KEY,
  org_id              INTEGER NOT NULL,
  resident_id         INTEGER,
  name                TEXT NOT NULL,
  gender              TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  phone               TEXT NOT NULL,
  category            TEXT NOT NULL,
  dual_report         TEXT NOT NULL,
  joined_on           TEXT NOT NULL,
  report_community_id INTEGER,
  left_on             TEXT NOT NULL,
  -- The organisation the membership went to (转出到), as written on the transfer letter.
  to_org              TEXT NOT NULL
);

ALTER TABLE department ADD COLUMN deactivated_on TEXT;

CREATE TABLE case_category_version (
  id          INTEGER PRIMARY KEY,
  category_id INTEGER NOT NULL REFERENCES case_category(id),
  version     INTEGER NOT NULL,
  limit_value INTEGER NOT NULL CHECK (limit_value > 0),
  limit_unit  TEXT NOT NULL CHECK (limit_unit IN ('work_hour', 'work_day')),
  UNIQUE (category_id, version)
);
INSERT INTO case_category_version (category_id, version, limit_value, limit_unit)
  SELECT id, 1, limit_value, limit_unit FROM case_category WHERE limit_value IS NOT NULL AND limit_unit IS NOT NULL ORDER BY id;
CREATE TRIGGER case_category_version_insert AFTER INSERT ON case_category WHEN NEW.limit_value IS NOT NULL AND NEW.limit_unit IS NOT NULL BEGIN
  INSERT INTO case_category_version (category_id, version, limit_value, limit_unit) VALUES (NEW.id, 1, NEW.limit_value, NEW.limit_unit);
END;
CREATE TRIGGER case_category_version_update AFTER UPDATE OF limit_value, limit_unit ON case_category
  WHEN NEW.limit_value IS NOT NULL AND NEW.limit_unit IS NOT NULL AND (OLD.limit_value IS NOT NEW.limit_value OR OLD.limit_unit IS NOT NEW.limit_unit)
BEGIN
  INSERT INTO case_category_version (category_id, version, limit_value, limit_unit)
    VALUES (NEW.id, COALESCE((SELECT max(version) FROM case_category_version WHERE category_id = NEW.id), 0) + 1, NEW.limit_value, NEW.limit_unit);
END;

ALTER TABLE case_file ADD COLUMN category_version_id INTEGER REFERENCES case_category_version(id);
UPDATE case_file SET category_version_id = (SELECT max(v.id) FROM case_category_version v WHERE v.category_id = case_file.category_id);
-- Every new case is given its category's limit in force (any writer: intake, import, demo).
CREATE TRIGGER case_category_version_case AFTER INSERT ON case_file WHEN NEW.category_version_id IS NULL BEGIN
  UPDATE case_file SET category_version_id = (SELECT max(v.id) FROM case_category_version v WHERE v.category_id = NEW.category_id) WHERE id = NEW.id;
END;
`;
