// Grid staff after an edit: they follow their grid; building heads follow their building;
// the staff of a grid merged away move to the grid that took most of its households. The
// cases an administrator should look at (a grid merged away, a new grid with no grid head
// or worker, a grid whose households changed by a fifth or more) are listed for review.
// Dispatch rules of a removed grid go to the same heir.
import type { GridFlow, StaffReviewItem } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { labelPoint } from '../services/geo';
import type { Draft } from './draftState';
import { nearestGrid } from './nearestGrid';
import type { Move } from './reassign';

interface StaffRow {
  id: number;
  grid_id: number;
  role: string;
  name: string;
  building_id: number | null;
  /** A vacated post (registers/staff.ts) still moves with its grid, but names no one to review. */
  vacated_on: string | null;
}

const REVIEW_SHARE = 0.2;

export function reviewStaff(
  db: Db,
  draft: Draft,
  moves: Move[],
  buildingGrid: Map<number, number>,
  flows: Map<string, GridFlow>,
  householdsAfter: Map<number, number>,
  labels: Map<number, [number, number]>,
): StaffReviewItem[] {
  const removed = [...draft.removed];
  const touched = [...draft.touched];
  const ids = [...new Set([...removed, ...touched.filter((id) => id > 0)])];
  const rows = ids.length ? (db.prepare(`SELECT id, grid_id, role, name, building_id, vacated_on FROM grid_staff WHERE grid_id IN (${ids.join(',')})`).all() as StaffRow[]) : [];
  const movedBuildings = new Set(moves.filter((m) => m.entity === 'building').map((m) => m.id));
  const extra = db.prepare(`SELECT id, grid_id, role, name, building_id, vacated_on FROM grid_staff WHERE building_id IN (${[...movedBuildings].join(',') || '0'})`).all() as StaffRow[];
  const staff = new Map([...rows, ...extra].map((r) => [r.id, r]));
  const items: StaffReviewItem[] = [];
  const codeOf = (id: number) => draft.get(id)?.code ?? draft.base.saved.get(id)?.code ?? String(id);

  // Where a removed grid's people went: the grid that took most of its households.
  const heir = (gone: number): number => {
    let best: GridFlow | null = null;
    for (const f of flows.values()) if (f.fromId === gone && (!best || f.households > best.households)) best = f;
    if (best) return best.toId;
    return nearestGrid(labels, labelPoint(draft.base.saved.get(gone)!.geometry)) ?? gone;
  };

  const inherited = new Map<number, string[]>();
  for (const s of staff.values()) {
    let to = s.grid_id;
    if (s.role === 'building_head' && s.building_id !== null && buildingGrid.has(s.building_id)) to = buildingGrid.get(s.building_id)!;
    else if (draft.removed.has(s.grid_id)) {
      to = heir(s.grid_id);
      if (s.vacated_on === null) inherited.set(to, [...(inherited.get(to) ?? []), s.name]);
    }
    if (to !== s.grid_id) moves.push({ entity: 'grid_staff', id: s.id, from: s.grid_id, to });
  }
  // A dispatch rule for a grid merged away now serves the grid that took its households.
  if (removed.length) {
    const rules = db.prepare(`SELECT id, grid_id FROM dispatch_rule WHERE grid_id IN (${removed.join(',')})`).all() as { id: number; grid_id: number }[];
    for (const r of rules) moves.push({ entity: 'dispatch_rule', id: r.id, from: r.grid_id, to: heir(r.grid_id) });
  }
  for (const [gridId, names] of inherited) items.push({ gridId, gridCode: codeOf(gridId), reason: 'gridRemoved', staffNames: names });

  for (const g of draft.created()) {
    const hasCore = moves.some((m) => m.entity === 'grid_staff' && m.to === g.id && ['grid_head', 'grid_worker'].includes(staff.get(m.id)?.role ?? '') && staff.get(m.id)?.vacated_on === null);
    if (!hasCore) items.push({ gridId: g.id, gridCode: g.code, reason: 'newGridUnstaffed', staffNames: [] });
  }
  for (const id of touched) {
    if (id < 0 || draft.removed.has(id) || inherited.has(id)) continue;
    const before = moves.filter((m) => m.entity === 'building' && (m.from === id || m.to === id)).length;
    if (before === 0) continue;
    const after = householdsAfter.get(id) ?? 0;
    const delta = [...flows.values()].reduce((n, f) => n + (f.toId === id ? f.households : 0) - (f.fromId === id ? f.households : 0), 0);
    const was = after - delta;
    if (was > 0 && Math.abs(delta) / was >= REVIEW_SHARE) {
      items.push({ gridId: id, gridCode: codeOf(id), reason: 'householdsChanged', staffNames: [...staff.values()].filter((s) => s.grid_id === id && s.role !== 'building_head' && s.vacated_on === null).map((s) => s.name) });
    }
  }
  return items;
}
