// Writing a grid edit's moves, and taking them back. Every move is recorded with the
// edit, so undo can put each row back exactly; rows that carry their own community
// (facilities, Party organisations, dispatch rules, 三张清单 items) take the community of their new grid
// in the same step, recorded the same way.
import type { Db } from '../db/database';
import { MOVE_TABLES } from './moveTables';
import type { MovedEntity } from './reassign';

export interface RowMove {
  entity: MovedEntity;
  id: number;
  from: number;
  to: number;
}

const COMMUNITY_TABLES = ['facility', 'party_org', 'dispatch_rule', 'party_list_item'] as const satisfies readonly MovedEntity[];

/** One prepared UPDATE per table, made on first use. */
function gridSetter(db: Db): (entity: MovedEntity, gridId: number, id: number) => void {
  const setters = new Map<MovedEntity, (gridId: number, id: number) => void>();
  return (entity, gridId, id) => {
    let set = setters.get(entity);
    if (!set) {
      const { table, column } = MOVE_TABLES[entity];
      const statement = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
      set = (g, i) => void statement.run(g, i);
      setters.set(entity, set);
    }
    set(gridId, id);
  };
}

export function applyMoves(db: Db, editId: number, moves: readonly RowMove[]): void {
  const setGrid = gridSetter(db);
  const record = db.prepare('INSERT INTO grid_edit_move (edit_id, entity, entity_id, from_grid_id, to_grid_id) VALUES (?, ?, ?, ?, ?)');
  for (const m of moves) {
    setGrid(m.entity, m.to, m.id);
    record.run(editId, m.entity, m.id, m.from, m.to);
  }
}

/** Rows in these grids whose own community is not their grid's any more take the grid's. */
export function alignCommunities(db: Db, editId: number, gridIds: readonly number[]): void {
  if (gridIds.length === 0) return;
  const record = db.prepare(
    'INSERT INTO grid_edit_move (edit_id, entity, entity_id, from_grid_id, to_grid_id, from_community_id, to_community_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const table of COMMUNITY_TABLES) {
    const rows = db
      .prepare(
        `SELECT t.id, t.grid_id, t.community_id AS from_c, g.community_id AS to_c FROM ${table} t JOIN grid g ON g.id = t.grid_id
          WHERE t.grid_id IN (${gridIds.join(',')}) AND t.community_id IS NOT NULL AND t.community_id <> g.community_id`,
      )
      .all() as { id: number; grid_id: number; from_c: number; to_c: number }[];
    const update = db.prepare(`UPDATE ${table} SET community_id = ? WHERE id = ?`);
    for (const r of rows) {
      update.run(r.to_c, r.id);
      record.run(editId, table, r.id, r.grid_id, r.grid_id, r.from_c, r.to_c);
    }
  }
}

/** Every recorded move of the edit, newest first, put back. Returns how many. */
export function revertMoves(db: Db, editId: number): number {
  const rows = db
    .prepare('SELECT entity, entity_id, from_grid_id, from_community_id FROM grid_edit_move WHERE edit_id = ? ORDER BY rowid DESC')
    .all(editId) as { entity: MovedEntity; entity_id: number; from_grid_id: number; from_community_id: number | null }[];
  const setGrid = gridSetter(db);
  const community = new Map(COMMUNITY_TABLES.map((t) => [t as MovedEntity, db.prepare(`UPDATE ${t} SET community_id = ? WHERE id = ?`)]));
  for (const r of rows) {
    if (r.from_community_id !== null) community.get(r.entity)?.run(r.from_community_id, r.entity_id);
    else setGrid(r.entity, r.from_grid_id, r.entity_id);
  }
  return rows.length;
}
