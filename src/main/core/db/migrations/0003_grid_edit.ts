// Migration 0003: grid edits made on the map. Each saved edit keeps the draft it replayed,
// the grid and community rows it replaced, and every entity it moved between grids, so
// the latest edit can be undone exactly. Staff whose grid changed shape are queued for review.
export default /* sql */ `
CREATE TABLE grid_edit (
  id                 INTEGER PRIMARY KEY,
  at                 INTEGER NOT NULL,
  user_id            INTEGER REFERENCES app_user(id),
  user_name          TEXT NOT NULL,
  ops                TEXT NOT NULL,
  -- What changed, as JSON (GridEditSummary), so every language can word it.
  summary            TEXT NOT NULL,
  override_reason    TEXT,
  -- Problems the administrator saved over (JSON), so the audit shows what was accepted.
  overridden         TEXT NOT NULL DEFAULT '[]',
  -- Rows as they were before the edit (JSON arrays of full rows), restored by undo.
  before_grids       TEXT NOT NULL,
  before_communities TEXT NOT NULL,
  created_grid_ids   TEXT NOT NULL DEFAULT '[]',
  -- Pending staff reviews of grids this edit removed, closed by it and reopened by undo.
  resolved_reviews   TEXT NOT NULL DEFAULT '[]',
  undone_at          INTEGER,
  undone_by          INTEGER REFERENCES app_user(id)
);

CREATE TABLE grid_edit_move (
  edit_id      INTEGER NOT NULL REFERENCES grid_edit(id),
  entity       TEXT NOT NULL CHECK (entity IN ('building', 'case_file', 'facility', 'party_org', 'grid_staff', 'dispatch_rule')),
  entity_id    INTEGER NOT NULL,
  from_grid_id INTEGER NOT NULL,
  to_grid_id   INTEGER NOT NULL,
  -- Set when the row's own community_id changed with its grid (facility, party_org, dispatch_rule).
  from_community_id INTEGER,
  to_community_id   INTEGER
);
CREATE INDEX grid_edit_move_edit ON grid_edit_move(edit_id);

CREATE TABLE grid_staff_review (
  id          INTEGER PRIMARY KEY,
  edit_id     INTEGER NOT NULL REFERENCES grid_edit(id),
  grid_id     INTEGER NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('gridRemoved', 'newGridUnstaffed', 'householdsChanged')),
  staff_names TEXT NOT NULL DEFAULT '[]',
  resolved_at INTEGER
);
CREATE INDEX grid_staff_review_grid ON grid_staff_review(grid_id, resolved_at);
`;
