// Migration 0019: a grid edit moves 三张清单 items (by their place), the grid that owns a
// need (to the grid that took its area) and device alerts (with their building), so its
// move log must accept those kinds; the CHECK of 0003 listed only the first six. SQLite
// cannot alter a CHECK: the log is copied into a table with the wider one. Nothing else
// references it.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE grid_edit_move_new (
  edit_id      INTEGER NOT NULL REFERENCES grid_edit(id),
  entity       TEXT NOT NULL CHECK (entity IN ('building', 'case_file', 'facility', 'party_org', 'grid_staff', 'dispatch_rule', 'party_list_item', 'party_list_owner', 'alert')),
  entity_id    INTEGER NOT NULL,
  from_grid_id INTEGER NOT NULL,
  to_grid_id   INTEGER NOT NULL,
  -- Set when the row's own community_id changed with its grid (facility, party_org, dispatch_rule, party_list_item).
  from_community_id INTEGER,
  to_community_id   INTEGER
);
INSERT INTO grid_edit_move_new (rowid, edit_id, entity, entity_id, from_grid_id, to_grid_id, from_community_id, to_community_id)
  SELECT rowid, edit_id, entity, entity_id, from_grid_id, to_grid_id, from_community_id, to_community_id FROM grid_edit_move;
DROP TABLE grid_edit_move;
ALTER TABLE grid_edit_move_new RENAME TO grid_edit_move;
CREATE INDEX grid_edit_move_edit ON grid_edit_move(edit_id);
`;
