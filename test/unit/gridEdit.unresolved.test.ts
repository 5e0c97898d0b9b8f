// Cases set aside unresolved (挂账 suspended, 上报 escalated) are unresolved work, as the
// indicators count them: a grid split moves them with the land they lie on, like open
// cases, the preview counts them among the cases that move, and undo puts them back.
import type { Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridEditOp, GridEditRecord, GridEditSaved } from '../../src/shared/gridEdit';
import { OPEN_CASE_STATUSES, UNRESOLVED_CASE_STATUSES } from '../../src/shared/domain';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { UNRESOLVED_STATUS_SQL } from '../../src/main/core/services/openCases';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

let core: CoreHandle;
let admin: string;
let db: Db;
let remove: () => void;

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  db = await openStreetReadonly(street.dir);
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

interface SetAside {
  id: number;
  grid_id: number;
  status: string;
  /** Where it is placed: its building's centre, or its own point. */
  lng: number;
  lat: number;
}

const SET_ASIDE_SQL = `SELECT c.id, c.grid_id, c.status, coalesce(b.center_lng, c.lng) AS lng, coalesce(b.center_lat, c.lat) AS lat
  FROM case_file c LEFT JOIN building b ON b.id = c.building_id WHERE c.status IN ('suspended', 'escalated')`;

/**
 * A grid holding 挂账/上报 cases on both sides of a vertical line through it, and that line:
 * whichever side the split gives away, at least one such case lies in it.
 */
function gridWithSetAsideCasesOnBothSides(): { op: GridEditOp & { op: 'split' }; cases: SetAside[] } {
  const all = db.prepare(SET_ASIDE_SQL).all() as SetAside[];
  const byGrid = new Map<number, SetAside[]>();
  for (const c of all) byGrid.set(c.grid_id, [...(byGrid.get(c.grid_id) ?? []), c]);
  for (const [gridId, cases] of [...byGrid].sort((a, b) => b[1].length - a[1].length)) {
    if (cases.length < 2) continue;
    const g = db.prepare('SELECT min_lat, max_lat FROM grid WHERE id = ?').get(gridId) as { min_lat: number; max_lat: number };
    const xs = cases.map((c) => c.lng).sort((a, b) => a - b);
    // Between the two middle cases, so some lie on each side.
    const mid = Math.floor(xs.length / 2);
    const x = (xs[mid - 1]! + xs[mid]!) / 2;
    if (xs[mid - 1] === xs[mid]) continue;
    return { op: { op: 'split', gridId, newKey: -1, line: { type: 'LineString', coordinates: [[x, g.min_lat - 0.001], [x, g.max_lat + 0.001]] } }, cases };
  }
  throw new Error('the demo street has no grid with two 挂账/上报 cases apart');
}

describe('unresolved cases', () => {
  it('are the open ones and the 挂账 and 上报 ones', () => {
    expect(new Set(UNRESOLVED_CASE_STATUSES)).toEqual(new Set([...OPEN_CASE_STATUSES, 'suspended', 'escalated']));
  });

  it('follow a grid split, 挂账 and 上报 ones included, are counted in its preview, and go back on undo', async () => {
    const { op, cases } = gridWithSetAsideCasesOnBothSides();
    const before = new Map(cases.map((c) => [c.id, c.grid_id]));

    const preview = ok<{ flows: { openCases: number }[] }>(await core.call('grid.preview', { ops: [op] }, admin));
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [op] }, admin));
    const history = ok<GridEditRecord[]>(await core.call('grid.history', {}, admin));
    const created = history[0]!.summary.created[0]!;
    const newId = db.prepare('SELECT id FROM grid WHERE code = ?').pluck().get(created) as number;

    // Every 挂账/上报 case of the split grid lies in the grid that now holds its place.
    const boundary = (id: number) => JSON.parse(db.prepare('SELECT boundary FROM grid WHERE id = ?').pluck().get(id) as string) as Polygon;
    const after = new Map((db.prepare(`SELECT id, grid_id FROM case_file WHERE id IN (${cases.map((c) => c.id).join(',')})`).all() as { id: number; grid_id: number }[]).map((r) => [r.id, r.grid_id]));
    for (const c of cases) expect(booleanPointInPolygon([c.lng, c.lat], boundary(after.get(c.id)!)), `${c.status} case ${c.id}`).toBe(true);
    const moved = cases.filter((c) => after.get(c.id) === newId);
    expect(moved.length, 'set-aside cases that moved to the new grid').toBeGreaterThan(0);

    // The preview said so: the cases that move include them.
    const unresolvedMoved = db.prepare(`SELECT count(*) FROM case_file WHERE grid_id = ? AND status IN ${UNRESOLVED_STATUS_SQL}`).pluck().get(newId) as number;
    expect(preview.flows.reduce((n, f) => n + f.openCases, 0)).toBe(unresolvedMoved);
    expect(saved.preview.flows.reduce((n, f) => n + f.openCases, 0)).toBe(unresolvedMoved);

    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    const undone = new Map((db.prepare(`SELECT id, grid_id FROM case_file WHERE id IN (${cases.map((c) => c.id).join(',')})`).all() as { id: number; grid_id: number }[]).map((r) => [r.id, r.grid_id]));
    expect(undone).toEqual(before);
  });
});
