// Migration 0015: 三张清单 (needs, resources, projects) exchanged between communities and
// resident units, with 双向认领 and the 双向联系/双向服务 records. One table holds all three
// lists (they share owner, place, period and the 发布 → 认领 → 实施 → 完成 → 评价 states);
// a project names the need and the resource it pairs, and they name it back. Owners and
// claimants are a community, a grid (needs only) or a unit: a non-territorial Party
// organisation (驻区单位, 两新, 楼宇, 商圈) from party_org. No personal data here.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE party_list_item (
  id                    INTEGER PRIMARY KEY,
  code                  TEXT NOT NULL UNIQUE,
  kind                  TEXT NOT NULL CHECK (kind IN ('need', 'resource', 'project')),
  category              TEXT NOT NULL,
  title                 TEXT NOT NULL,
  description           TEXT NOT NULL,
  owner_community_id    INTEGER REFERENCES community(id),
  owner_grid_id         INTEGER REFERENCES grid(id),
  owner_unit_id         INTEGER REFERENCES party_org(id),
  claimant_community_id INTEGER REFERENCES community(id),
  claimant_unit_id      INTEGER REFERENCES party_org(id),
  need_id               INTEGER REFERENCES party_list_item(id),
  resource_id           INTEGER REFERENCES party_list_item(id),
  project_id            INTEGER REFERENCES party_list_item(id),
  community_id          INTEGER NOT NULL REFERENCES community(id),
  grid_id               INTEGER NOT NULL REFERENCES grid(id),
  building_id           INTEGER REFERENCES building(id),
  lng REAL NOT NULL, lat REAL NOT NULL,
  starts_on             TEXT NOT NULL,
  ends_on               TEXT NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('published', 'claimed', 'in_progress', 'completed', 'evaluated', 'withdrawn')),
  published_at          INTEGER NOT NULL,
  claimed_at            INTEGER,
  started_at            INTEGER,
  completed_at          INTEGER,
  evaluated_at          INTEGER,
  rating                INTEGER CHECK (rating BETWEEN 1 AND 5),
  updated_at            INTEGER NOT NULL,
  CHECK ((owner_community_id IS NOT NULL) + (owner_unit_id IS NOT NULL) = 1),
  CHECK ((claimant_community_id IS NOT NULL) + (claimant_unit_id IS NOT NULL) <= 1)
);
CREATE INDEX party_list_item_status ON party_list_item(kind, status);
CREATE INDEX party_list_item_community ON party_list_item(community_id, kind, status);
CREATE INDEX party_list_item_grid ON party_list_item(grid_id);
CREATE INDEX party_list_item_owner_unit ON party_list_item(owner_unit_id);
CREATE INDEX party_list_item_claimant_unit ON party_list_item(claimant_unit_id);
CREATE INDEX party_list_item_published ON party_list_item(published_at);

-- Every step of an item, append-only: the drawer's history and the units' claim record.
CREATE TABLE party_list_event (
  id                INTEGER PRIMARY KEY,
  item_id           INTEGER NOT NULL REFERENCES party_list_item(id),
  action            TEXT NOT NULL,
  from_status       TEXT,
  to_status         TEXT NOT NULL,
  actor_user_id     INTEGER REFERENCES app_user(id),
  actor_name        TEXT NOT NULL,
  party_community_id INTEGER REFERENCES community(id),
  party_unit_id     INTEGER REFERENCES party_org(id),
  at                INTEGER NOT NULL,
  reason            TEXT NOT NULL DEFAULT '',
  rating            INTEGER
);
CREATE INDEX party_list_event_item ON party_list_event(item_id, at);
CREATE INDEX party_list_event_unit ON party_list_event(party_unit_id, action);

-- 双向联系 (contacts) and 双向服务 (services done) recorded on an item, with their dates.
CREATE TABLE party_list_contact (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES party_list_item(id),
  kind          TEXT NOT NULL CHECK (kind IN ('contact', 'service')),
  side          TEXT NOT NULL CHECK (side IN ('owner', 'claimant')),
  on_date       TEXT NOT NULL,
  note          TEXT NOT NULL,
  hours         REAL,
  people_served INTEGER,
  actor_user_id INTEGER REFERENCES app_user(id),
  at            INTEGER NOT NULL
);
CREATE INDEX party_list_contact_item ON party_list_contact(item_id, on_date);
`;
