// The list of saved grid edits, newest first, with which one can be undone now.
import type { GridEditRecord, GridEditSummary } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { latestUndoableEditId } from './undoEdit';

export function editHistory(db: Db, limit = 50): GridEditRecord[] {
  const undoable = latestUndoableEditId(db);
  const rows = db.prepare('SELECT id, at, user_name, summary, override_reason, undone_at FROM grid_edit ORDER BY id DESC LIMIT ?').all(limit) as {
    id: number;
    at: number;
    user_name: string;
    summary: string;
    override_reason: string | null;
    undone_at: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userName: r.user_name,
    summary: JSON.parse(r.summary) as GridEditSummary,
    overrideReason: r.override_reason,
    undoneAt: r.undone_at,
    canUndo: r.id === undoable,
  }));
}
