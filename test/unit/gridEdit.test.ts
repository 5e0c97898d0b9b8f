// Grid edits against a real encrypted demo street, through the API: split, merge, draw,
// reshape; the preview matches what the save writes; the save moves buildings, households,
// tenants, facilities and open cases in one transaction; undo restores every row exactly;
// refused edits change nothing; only administrators may edit.
import { createHash } from 'node:crypto';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridEditOp, GridEditPreview, GridEditRecord, GridEditSaved, StaffReviewView, StreetValidation } from '../../src/shared/gridEdit';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { OPEN_STATUS_SQL } from '../../src/main/core/services/openCases';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok, err } from '../helpers/apiResult';

let core: CoreHandle;
let admin: string;
let dispatcher: string;
let dir: string;
let remove: () => void;

let db: Db;

/** Reads through one read-only handle: each statement sees what the core last committed. */
async function withDb<T>(fn: (db: Db) => T): Promise<T> {
  return fn(db);
}

/** Digest of everything a grid edit may touch (not the edit log itself). */
const TERRITORY = ['grid', 'community', 'building', 'household', 'tenant', 'facility', 'case_file', 'party_org', 'grid_staff', 'dispatch_rule'];
async function territoryDigest(): Promise<string> {
  return withDb((db) => {
    const hash = createHash('sha256');
    for (const t of TERRITORY) for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
    for (const row of db.prepare('SELECT * FROM grid_rtree ORDER BY id').raw().iterate()) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  });
}

interface GridRow {
  id: number;
  code: string;
  boundary: string;
}

/** Every building's grid holds its centre; every open case's grid holds its building or point. */
async function assignmentsHold(): Promise<void> {
  await withDb((db) => {
    const grids = new Map((db.prepare('SELECT id, code, boundary FROM grid').all() as GridRow[]).map((g) => [g.id, JSON.parse(g.boundary) as Polygon]));
    const buildings = db.prepare('SELECT id, grid_id, center_lng, center_lat FROM building').all() as { id: number; grid_id: number; center_lng: number; center_lat: number }[];
    for (const b of buildings) expect(booleanPointInPolygon([b.center_lng, b.center_lat], grids.get(b.grid_id)!), `building ${b.id}`).toBe(true);
    const open = db.prepare(`SELECT c.id, c.grid_id, c.lng, c.lat, b.grid_id AS building_grid FROM case_file c LEFT JOIN building b ON b.id = c.building_id WHERE c.status IN ${OPEN_STATUS_SQL}`).all() as {
      id: number;
      grid_id: number;
      lng: number;
      lat: number;
      building_grid: number | null;
    }[];
    for (const c of open) {
      if (c.building_grid !== null) expect(c.grid_id, `case ${c.id}`).toBe(c.building_grid);
      else expect(booleanPointInPolygon([c.lng, c.lat], grids.get(c.grid_id)!), `case ${c.id}`).toBe(true);
    }
  });
}

async function householdsByGrid(): Promise<Map<string, number>> {
  return withDb(
    (db) =>
      new Map(
        (db.prepare('SELECT g.code, count(h.id) AS n FROM grid g LEFT JOIN building b ON b.grid_id = g.id LEFT JOIN household h ON h.building_id = b.id GROUP BY g.id').all() as { code: string; n: number }[]).map(
          (r) => [r.code, r.n],
        ),
      ),
  );
}

/** A vertical line through a grid's label point, reaching past its box on both sides. */
async function splitLineFor(gridId: number): Promise<GridEditOp & { op: 'split' }> {
  return withDb((db) => {
    const g = db.prepare('SELECT boundary, min_lat, max_lat FROM grid WHERE id = ?').get(gridId) as { boundary: string; min_lat: number; max_lat: number };
    const ring = (JSON.parse(g.boundary) as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const x = (Math.min(...xs) + Math.max(...xs)) / 2;
    return { op: 'split', gridId, newKey: -1, line: { type: 'LineString', coordinates: [[x, g.min_lat - 0.001], [x, g.max_lat + 0.001]] } };
  });
}

async function splittableGrid(): Promise<{ op: GridEditOp & { op: 'split' }; preview: GridEditPreview }> {
  const ids = await withDb((db) => db.prepare('SELECT g.id FROM grid g JOIN building b ON b.grid_id = g.id GROUP BY g.id ORDER BY count(*) DESC').pluck().all() as number[]);
  for (const id of ids) {
    const op = await splitLineFor(id);
    const r = await core.call('grid.preview', { ops: [op] }, admin);
    if (r.ok) {
      const preview = r.result as GridEditPreview;
      if (preview.flows.some((f) => f.households > 0)) return { op, preview };
    }
  }
  throw new Error('no grid splits along a vertical line');
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  db = await openStreetReadonly(dir);
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

describe('grid edits', () => {
  it('finds the demo street covered edge to edge', async () => {
    const v = ok<StreetValidation>(await core.call('grid.validate', {}, admin));
    expect(v.grids).toBeGreaterThan(5);
    expect(v.problems.filter((p) => p.kind !== 'households')).toEqual([]);
  });

  it('lets only administrators edit', async () => {
    const { op } = await splittableGrid();
    expect(err(await core.call('grid.preview', { ops: [op] }, dispatcher)).code).toBe('unauthorized');
    expect(err(await core.call('grid.save', { ops: [op] }, dispatcher)).code).toBe('unauthorized');
    for (const m of ['grid.validate', 'grid.history', 'grid.staffReviews'] as const) expect(err(await core.call(m, {}, dispatcher)).code).toBe('unauthorized');
  });

  it('refuses a draft with more positions than any street needs, before touching geometry', async () => {
    const { op } = await splittableGrid();
    const ring = Array.from({ length: 4_999 }, (_, i) => [106.5 + Math.cos(i) * 0.001, 29.5 + Math.sin(i) * 0.001]);
    ring.push(ring[0]!);
    const huge: GridEditOp = { op: 'reshape', gridId: op.gridId, boundary: { type: 'Polygon', coordinates: [ring, ring, ring, ring, ring] } };
    const e = err(await core.call('grid.preview', { ops: [huge] }, admin));
    expect(e.code).toBe('invalid_input');
    expect(e.details?.[0]?.message).toMatch(/at most 20,000 positions/);
  });

  it('refuses a split line that does not cross the grid, naming the change, and changes nothing', async () => {
    const before = await territoryDigest();
    const { op } = await splittableGrid();
    const [x, y] = op.line.coordinates[0]!;
    const away: GridEditOp = { ...op, line: { type: 'LineString', coordinates: [[x! + 1, y!], [x! + 1.001, y! + 0.001]] } };
    const e = err(await core.call('grid.save', { ops: [away] }, admin));
    expect(e.code).toBe('invalid_input');
    expect(e.details?.[0]?.path).toBe('ops.0');
    expect(e.message).toMatch(/^change 1: /);
    expect(await territoryDigest()).toBe(before);
  });

  it('splits a grid: the preview says what moves, the save writes exactly that, undo restores every row', async () => {
    const before = await territoryDigest();
    const countsBefore = await householdsByGrid();
    const { op, preview } = await splittableGrid();
    expect(preview.grids.map((g) => g.id).sort((a, b) => a - b)).toEqual([-1, op.gridId]);
    expect(preview.needsOverride).toBe(false);
    const flow = preview.flows.find((f) => f.fromId === op.gridId && f.toId === -1)!;
    expect(flow.households).toBeGreaterThan(0);

    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [op] }, admin));
    const newGrid = saved.preview.grids.find((g) => g.id !== op.gridId)!;
    expect(newGrid.id).toBeGreaterThan(0);
    const counts = await householdsByGrid();
    expect(counts.get(newGrid.code)).toBe(flow.households);
    const oldCode = preview.grids.find((g) => g.id === op.gridId)!.code;
    expect(counts.get(oldCode)).toBe(countsBefore.get(oldCode)! - flow.households);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe([...countsBefore.values()].reduce((a, b) => a + b, 0));
    expect(counts.get(newGrid.code)).toBe(newGrid.households);
    await assignmentsHold();
    // Open cases moved as the preview said.
    const openInNew = await withDb((db) => db.prepare(`SELECT count(*) FROM case_file WHERE grid_id = ? AND status IN ${OPEN_STATUS_SQL}`).pluck().get(newGrid.id) as number);
    expect(openInNew).toBe(flow.openCases);
    const v = ok<StreetValidation>(await core.call('grid.validate', {}, admin));
    expect(v.problems.filter((p) => ['overlap', 'gap', 'outsideStreet', 'selfIntersection'].includes(p.kind))).toEqual([]);
    const audit = await withDb((db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'grid_edit' AND entity_id = ?").pluck().all(saved.editId));
    expect(audit).toEqual(['grid.edit']);
    const history = ok<GridEditRecord[]>(await core.call('grid.history', {}, admin));
    expect(history[0]).toMatchObject({ id: saved.editId, canUndo: true, undoneAt: null });
    expect(history[0]!.summary.created).toEqual([newGrid.code]);

    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
    expect(err(await core.call('grid.undo', { editId: saved.editId }, admin)).code).toBe('conflict');
  });

  it('merges two adjacent grids, re-homes everything of the removed one, flags its staff, and undoes exactly', async () => {
    const before = await territoryDigest();
    const { op } = await splittableGrid();
    const split = ok<GridEditSaved>(await core.call('grid.save', { ops: [op] }, admin));
    const afterSplit = await territoryDigest();
    const newId = split.preview.grids.find((g) => g.id !== op.gridId)!.id;

    const merge: GridEditOp = { op: 'merge', keepId: op.gridId, removeId: newId };
    const preview = ok<GridEditPreview>(await core.call('grid.preview', { ops: [merge] }, admin));
    expect(preview.removedGridIds).toEqual([newId]);
    const merged = ok<GridEditSaved>(await core.call('grid.save', { ops: [merge] }, admin));
    await assignmentsHold();
    const left = await withDb((db) => ['building', 'case_file', 'facility', 'party_org', 'grid_staff'].map((t) => db.prepare(`SELECT count(*) FROM ${t} WHERE grid_id = ?`).pluck().get(newId) as number));
    expect(left).toEqual([0, 0, 0, 0, 0]);
    const households = await householdsByGrid();
    expect(households.get(merged.preview.grids[0]!.code)).toBe(merged.preview.grids[0]!.households);
    // The split's grid had no staff; the merge brings none to review then, but the split flagged it.
    expect(split.preview.staffReview.some((s) => s.reason === 'newGridUnstaffed' && s.gridId === newId)).toBe(true);

    // Raised again for the same grid and reason, a review is listed once.
    const pendingFor = async (gridId: number) => ok<StaffReviewView[]>(await core.call('grid.staffReviews', {}, admin)).filter((r) => r.gridId === gridId).map((r) => r.reason);
    const reasons = await pendingFor(op.gridId);
    expect(reasons.length).toBe(new Set(reasons).size);
    // Only the latest edit can be undone.
    expect(err(await core.call('grid.undo', { editId: split.editId }, admin)).code).toBe('conflict');
    ok(await core.call('grid.undo', { editId: merged.editId }, admin));
    expect(await territoryDigest()).toBe(afterSplit);
    ok(await core.call('grid.undo', { editId: split.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });

  it('moves the staff of a grid merged away to the grid that takes it, and lists them for review', async () => {
    const pair = await withDb((db) => {
      const grids = db.prepare('SELECT id, boundary FROM grid ORDER BY id').all() as { id: number; boundary: string }[];
      // Two grids sharing at least two vertices share an edge.
      const key = (p: number[]) => `${p[0]},${p[1]}`;
      const sets = grids.map((g) => ({ id: g.id, v: new Set((JSON.parse(g.boundary) as Polygon).coordinates[0]!.map(key)) }));
      for (const a of sets) for (const b of sets) if (a.id < b.id && [...a.v].filter((k) => b.v.has(k)).length >= 2) return [a.id, b.id] as const;
      throw new Error('no adjacent grids');
    });
    const before = await territoryDigest();
    const staffOfRemoved = await withDb((db) => db.prepare("SELECT name FROM grid_staff WHERE grid_id = ? AND role <> 'building_head'").pluck().all(pair[1]) as string[]);
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'merge', keepId: pair[0], removeId: pair[1] }] }, admin));
    const review = saved.preview.staffReview.find((s) => s.reason === 'gridRemoved');
    expect(review?.gridId).toBe(pair[0]);
    expect(review?.staffNames.sort()).toEqual(expect.arrayContaining(staffOfRemoved));
    const reviewRows = await withDb((db) => db.prepare('SELECT count(*) FROM grid_staff_review WHERE edit_id = ? AND resolved_at IS NULL').pluck().get(saved.editId) as number);
    expect(reviewRows).toBeGreaterThan(0);
    const pending = ok<StaffReviewView[]>(await core.call('grid.staffReviews', {}, admin));
    const mine = pending.filter((r) => r.editId === saved.editId);
    expect(mine.map((r) => r.reason)).toContain('gridRemoved');
    expect(err(await core.call('grid.resolveStaffReview', { id: mine[0]!.id }, dispatcher)).code).toBe('unauthorized');
    ok(await core.call('grid.resolveStaffReview', { id: mine[0]!.id }, admin));
    expect(ok<StaffReviewView[]>(await core.call('grid.staffReviews', {}, admin)).some((r) => r.id === mine[0]!.id)).toBe(false);
    expect(err(await core.call('grid.resolveStaffReview', { id: mine[0]!.id }, admin)).code).toBe('not_found');
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(ok<StaffReviewView[]>(await core.call('grid.staffReviews', {}, admin)).filter((r) => r.editId === saved.editId)).toEqual([]);
    expect(await territoryDigest()).toBe(before);
  });

  it('refuses to save a boundary pushed outside the street unless overridden, and audits the override', async () => {
    const before = await territoryDigest();
    const target = await withDb((db) => {
      const street = JSON.parse(db.prepare('SELECT boundary FROM street').pluck().get() as string) as Polygon;
      const streetKeys = new Set(street.coordinates[0]!.map((p) => `${p[0]},${p[1]}`));
      const grids = db.prepare('SELECT id, boundary FROM grid ORDER BY id').all() as { id: number; boundary: string }[];
      for (const g of grids) {
        const ring = (JSON.parse(g.boundary) as Polygon).coordinates[0]!;
        const i = ring.findIndex((p, k) => k > 0 && k < ring.length - 1 && streetKeys.has(`${p[0]},${p[1]}`));
        if (i > 0) return { id: g.id, ring, i, street };
      }
      throw new Error('no grid vertex on the street boundary');
    });
    // Push one vertex on the street edge 60 m outward (away from the street's centre).
    const ring = target.ring.map((p) => [...p]);
    const centre = target.street.coordinates[0]!.reduce((c, p) => [c[0]! + p[0]! / target.street.coordinates[0]!.length, c[1]! + p[1]! / target.street.coordinates[0]!.length], [0, 0]);
    const v = ring[target.i]!;
    const dx = v[0]! - centre[0]!;
    const dy = v[1]! - centre[1]!;
    const len = Math.hypot(dx, dy);
    ring[target.i] = [v[0]! + (dx / len) * 0.0006, v[1]! + (dy / len) * 0.0006];
    const op: GridEditOp = { op: 'reshape', gridId: target.id, boundary: { type: 'Polygon', coordinates: [ring] } };
    const preview = ok<GridEditPreview>(await core.call('grid.preview', { ops: [op] }, admin));
    expect(preview.problems.some((p) => p.kind === 'outsideStreet')).toBe(true);
    expect(preview.needsOverride).toBe(true);
    const refused = err(await core.call('grid.save', { ops: [op] }, admin));
    expect(refused.code).toBe('conflict');
    expect(await territoryDigest()).toBe(before);
    expect(err(await core.call('grid.save', { ops: [op], override: { reason: 'ok' } }, admin)).details?.[0]?.path).toBe('override.reason');

    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [op], override: { reason: '规划局新红线' } }, admin));
    const audit = await withDb((db) => db.prepare("SELECT action, detail FROM audit_log WHERE entity = 'grid_edit' AND entity_id = ?").get(saved.editId) as { action: string; detail: string });
    expect(audit.action).toBe('grid.edit.override');
    expect(JSON.parse(audit.detail)).toMatchObject({ overrideReason: '规划局新红线' });
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });

  it('refuses a bow-tie boundary outright', async () => {
    const before = await territoryDigest();
    const g = await withDb((db) => db.prepare('SELECT id, min_lng, min_lat, max_lng, max_lat FROM grid ORDER BY id LIMIT 1').get() as { id: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number });
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[g.min_lng, g.min_lat], [g.max_lng, g.max_lat], [g.max_lng, g.min_lat], [g.min_lng, g.max_lat], [g.min_lng, g.min_lat]]] };
    const op: GridEditOp = { op: 'reshape', gridId: g.id, boundary: bowTie };
    const preview = ok<GridEditPreview>(await core.call('grid.preview', { ops: [op] }, admin));
    expect(preview.blocked).toBe(true);
    expect(err(await core.call('grid.save', { ops: [op], override: { reason: 'try anyway' } }, admin)).code).toBe('invalid_input');
    expect(await territoryDigest()).toBe(before);
  });

  it('draws a new grid that takes its area from the grids under it', async () => {
    const before = await territoryDigest();
    const g = await withDb((db) => db.prepare('SELECT g.id, g.community_id, g.boundary FROM grid g JOIN building b ON b.grid_id = g.id GROUP BY g.id ORDER BY count(*) DESC LIMIT 1').get() as { id: number; community_id: number; boundary: string });
    const ring = (JSON.parse(g.boundary) as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    // A box over the grid's lower-left quarter, reaching outside it: the part outside the street is dropped.
    const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const box: Polygon = { type: 'Polygon', coordinates: [[[w - 0.0003, s - 0.0003], [(w + e) / 2, s - 0.0003], [(w + e) / 2, (s + n) / 2], [w - 0.0003, (s + n) / 2], [w - 0.0003, s - 0.0003]]] };
    const r = await core.call('grid.preview', { ops: [{ op: 'draw', key: -1, communityId: g.community_id, boundary: box }] }, admin);
    if (!r.ok) {
      // The box may cut a neighbour into two pieces; that refusal must name the change.
      expect(r.error.details?.[0]?.path).toBe('ops.0');
      return;
    }
    const preview = r.result as GridEditPreview;
    const drawn = preview.grids.find((x) => x.id === -1)!;
    expect(drawn.code).toMatch(/^\d+$/);
    expect(preview.problems.filter((p) => p.kind === 'overlap' || p.kind === 'gap')).toEqual([]);
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'draw', key: -1, communityId: g.community_id, boundary: box }], override: { reason: 'test: edge of the street' } }, admin));
    await assignmentsHold();
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });
});

/** Two grids sharing an edge; when `acrossCommunities`, from different communities. */
async function adjacentPair(acrossCommunities: boolean): Promise<{ keep: number; remove: number }> {
  return withDb((db) => {
    const grids = db.prepare('SELECT id, community_id, boundary FROM grid ORDER BY id').all() as { id: number; community_id: number; boundary: string }[];
    const key = (p: number[]) => `${p[0]},${p[1]}`;
    const sets = grids.map((g) => ({ id: g.id, c: g.community_id, v: new Set((JSON.parse(g.boundary) as Polygon).coordinates[0]!.map(key)) }));
    for (const a of sets)
      for (const b of sets) if (a.id < b.id && (a.c !== b.c) === acrossCommunities && [...a.v].filter((k) => b.v.has(k)).length >= 2) return { keep: a.id, remove: b.id };
    throw new Error('no such pair');
  });
}

describe('grid edits that meet each other', () => {
  it('merges one grid away and splits another of the same community in one draft: the new grid does not take the removed code', async () => {
    const before = await territoryDigest();
    const { keep, remove: gone } = await adjacentPair(false);
    const community = await withDb((db) => db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(gone) as number);
    const other = await withDb((db) => db.prepare('SELECT id FROM grid WHERE community_id = ? AND id NOT IN (?, ?) ORDER BY id').pluck().all(community, keep, gone) as number[]);
    let saved: GridEditSaved | null = null;
    for (const id of other) {
      const split = { ...(await splitLineFor(id)), newKey: -7 };
      const r = await core.call('grid.save', { ops: [{ op: 'merge', keepId: keep, removeId: gone }, split] }, admin);
      if (r.ok) {
        saved = r.result as GridEditSaved;
        break;
      }
      expect(r.error.code).toBe('invalid_input');
    }
    expect(saved).not.toBeNull();
    const goneCode = (await grids0()).get(gone)!;
    expect(saved!.preview.grids.find((g) => g.id !== keep && !other.includes(g.id))?.code).not.toBe(goneCode);
    ok(await core.call('grid.undo', { editId: saved!.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });

  it('never reuses the id of a grid merged away, closes its open staff reviews and reopens them on undo', async () => {
    const before = await territoryDigest();
    const { op } = await splittableGrid();
    const split = ok<GridEditSaved>(await core.call('grid.save', { ops: [op] }, admin));
    const first = split.preview.grids.find((g) => g.id !== op.gridId)!.id;
    const reviews = () => core.call('grid.staffReviews', {}, admin).then((r) => ok<StaffReviewView[]>(r));
    expect((await reviews()).some((r) => r.gridId === first && r.reason === 'newGridUnstaffed')).toBe(true);
    const merge = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'merge', keepId: op.gridId, removeId: first }] }, admin));
    expect((await reviews()).some((r) => r.gridId === first)).toBe(false);
    const again = ok<GridEditSaved>(await core.call('grid.save', { ops: [op] }, admin));
    const second = again.preview.grids.find((g) => g.id !== op.gridId)!.id;
    expect(second).not.toBe(first);
    ok(await core.call('grid.undo', { editId: again.editId }, admin));
    ok(await core.call('grid.undo', { editId: merge.editId }, admin));
    expect((await reviews()).some((r) => r.gridId === first && r.reason === 'newGridUnstaffed')).toBe(true);
    ok(await core.call('grid.undo', { editId: split.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });

  it('on undo, a case reported after the edit into land the edit moved goes back to the grid that holds it again', async () => {
    const { keep, remove: gone } = await adjacentPair(false);
    const at = await withDb((db) => {
      const b = db.prepare('SELECT center_lng, center_lat FROM building WHERE grid_id = ? LIMIT 1').get(gone) as { center_lng: number; center_lat: number };
      return [b.center_lng, b.center_lat] as const;
    });
    const merged = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'merge', keepId: keep, removeId: gone }] }, admin));
    const category = await withDb((db) => db.prepare("SELECT id FROM case_category WHERE parent_id IS NOT NULL AND class = 'event' ORDER BY id LIMIT 1").pluck().get() as number);
    const report = ok<{ caseId: number; gridId: number }>(await core.call('case.report', { source: 'patrol', categoryId: category, lng: at[0], lat: at[1], description: '网格合并后上报的案件' }, admin));
    expect(report.gridId).toBe(keep);
    ok(await core.call('grid.undo', { editId: merged.editId }, admin));
    const gridNow = await withDb((db) => db.prepare('SELECT grid_id FROM case_file WHERE id = ?').pluck().get(report.caseId) as number);
    expect(gridNow).toBe(gone);
    await assignmentsHold();
  });

  it('moves a row’s own community with its grid when grids of two communities merge, and undo restores it', async () => {
    const before = await territoryDigest();
    const { keep, remove: gone } = await adjacentPair(true);
    const keepCommunity = await withDb((db) => db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(keep) as number);
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'merge', keepId: keep, removeId: gone }] }, admin));
    const stale = await withDb((db) =>
      ['facility', 'party_org', 'dispatch_rule'].map(
        (t) => db.prepare(`SELECT count(*) FROM ${t} x JOIN grid g ON g.id = x.grid_id WHERE x.community_id IS NOT NULL AND x.community_id <> g.community_id AND g.id = ?`).pluck().get(keep) as number,
      ),
    );
    expect(stale).toEqual([0, 0, 0]);
    const moved = await withDb((db) => db.prepare('SELECT count(*) FROM grid_edit_move WHERE edit_id = ? AND to_community_id = ?').pluck().get(saved.editId, keepCommunity) as number);
    expect(moved).toBeGreaterThan(0);
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });
});

async function grids0(): Promise<Map<number, string>> {
  return withDb((db) => new Map((db.prepare('SELECT id, code FROM grid').all() as { id: number; code: string }[]).map((g) => [g.id, g.code])));
}

describe('grid attributes', () => {
  it('moves a grid to another community: recoded with that community’s prefix, both communities redrawn, rows follow, undo exact', async () => {
    const before = await territoryDigest();
    const { keep: gridId, remove: neighbour } = await adjacentPair(true);
    const [from, to] = await withDb((db) => [
      db.prepare('SELECT c.id, c.code FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?').get(gridId) as { id: number; code: string },
      db.prepare('SELECT c.id, c.code FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?').get(neighbour) as { id: number; code: string },
    ]);
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'attributes', gridId, communityId: to.id }] }, admin));
    const row = await withDb((db) => db.prepare('SELECT code, name, community_id FROM grid WHERE id = ?').get(gridId) as { code: string; name: string; community_id: number });
    expect(row.community_id).toBe(to.id);
    expect(row.code.startsWith(to.code)).toBe(true);
    // The receiving community now covers the grid; the giving one no longer does.
    await withDb((db) => {
      const label = saved.preview.grids.find((g) => g.id === gridId)!.label;
      const outline = (id: number) => JSON.parse(db.prepare('SELECT boundary FROM community WHERE id = ?').pluck().get(id) as string) as Polygon;
      expect(booleanPointInPolygon(label, outline(to.id))).toBe(true);
      expect(booleanPointInPolygon(label, outline(from.id))).toBe(false);
      const stale = db.prepare('SELECT count(*) FROM facility f JOIN grid g ON g.id = f.grid_id WHERE f.community_id IS NOT NULL AND f.community_id <> g.community_id').pluck().get() as number;
      expect(stale).toBe(0);
    });
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });

  it('renames and recodes a grid, refusing a code another grid has', async () => {
    const before = await territoryDigest();
    const [a, b] = await withDb((db) => db.prepare('SELECT id, code FROM grid ORDER BY id LIMIT 2').all() as { id: number; code: string }[]);
    const clash = err(await core.call('grid.preview', { ops: [{ op: 'attributes', gridId: a!.id, code: b!.code }] }, admin));
    expect(clash.details?.[0]).toMatchObject({ path: 'ops.0', reason: 'codeTaken' });
    const bad = err(await core.call('grid.preview', { ops: [{ op: 'attributes', gridId: a!.id, code: '网格一' }] }, admin));
    expect(bad.details?.[0]?.path).toBe('ops.0.code');
    const saved = ok<GridEditSaved>(await core.call('grid.save', { ops: [{ op: 'attributes', gridId: a!.id, code: `${a!.code}9`, name: '新港网格' }] }, admin));
    expect(await withDb((db) => db.prepare('SELECT code || name FROM grid WHERE id = ?').pluck().get(a!.id))).toBe(`${a!.code}9新港网格`);
    // Swapping two codes in one draft works: codes are parked while rows are written.
    const swap = ok<GridEditSaved>(
      await core.call('grid.save', { ops: [{ op: 'attributes', gridId: a!.id, code: 'TMP-1' }, { op: 'attributes', gridId: b!.id, code: `${a!.code}9` }, { op: 'attributes', gridId: a!.id, code: b!.code }] }, admin),
    );
    ok(await core.call('grid.undo', { editId: swap.editId }, admin));
    ok(await core.call('grid.undo', { editId: saved.editId }, admin));
    expect(await territoryDigest()).toBe(before);
  });
});
