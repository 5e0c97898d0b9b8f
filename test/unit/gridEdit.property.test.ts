// Property: random valid splits and merges of the demo street, saved through the API,
// keep the street covered edge to edge (no gap, no overlap, nothing outside) with every
// building in exactly one grid — the one holding its centre — and undoing them all
// brings back every row exactly.
import { createHash } from 'node:crypto';
import { booleanPointInPolygon } from '@turf/turf';
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridEditOp, GridEditSaved, StreetValidation } from '../../src/shared/gridEdit';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

let core: CoreHandle;
let admin: string;
let dir: string;
let remove: () => void;
let db: Db;

function digest(): string {
  const hash = createHash('sha256');
  for (const t of ['grid', 'community', 'building', 'case_file', 'facility', 'party_org', 'grid_staff']) for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

interface G {
  id: number;
  ring: number[][];
}
function grids(): G[] {
  return (db.prepare('SELECT id, boundary FROM grid ORDER BY id').all() as { id: number; boundary: string }[]).map((g) => ({ id: g.id, ring: (JSON.parse(g.boundary) as Polygon).coordinates[0]! }));
}

/** Pairs of grids sharing an edge (two or more common vertices, or a vertex on the other's edge after a split). */
function adjacentPairs(list: G[]): [number, number][] {
  const key = (p: number[]) => `${p[0]},${p[1]}`;
  const sets = list.map((g) => ({ id: g.id, v: new Set(g.ring.map(key)) }));
  const pairs: [number, number][] = [];
  for (const a of sets) for (const b of sets) if (a.id < b.id && [...a.v].filter((k) => b.v.has(k)).length >= 2) pairs.push([a.id, b.id]);
  return pairs;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(dir);
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

const step = fc.oneof(
  fc.record({ kind: fc.constant('split' as const), grid: fc.nat(), angle: fc.double({ min: 0, max: Math.PI, noNaN: true }), offset: fc.double({ min: -0.3, max: 0.3, noNaN: true }) }),
  fc.record({ kind: fc.constant('merge' as const), pair: fc.nat() }),
);

describe('random splits and merges', () => {
  it('keep the street covered edge to edge with every building in one grid, and undo exactly', async () => {
    const start = digest();
    const saved = { split: 0, merge: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        const edits: number[] = [];
        for (const s of steps) {
          const list = grids();
          let op: GridEditOp;
          if (s.kind === 'split') {
            const g = list[s.grid % list.length]!;
            const xs = g.ring.map((p) => p[0]!);
            const ys = g.ring.map((p) => p[1]!);
            const [w, so, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
            const cx = (w + e) / 2 + s.offset * (e - w);
            const cy = (so + n) / 2;
            const r = Math.max(e - w, n - so);
            const [dx, dy] = [Math.cos(s.angle) * r, Math.sin(s.angle) * r];
            op = { op: 'split', gridId: g.id, newKey: -1, line: { type: 'LineString', coordinates: [[cx - dx, cy - dy], [cx + dx, cy + dy]] } };
          } else {
            const pairs = adjacentPairs(list);
            if (pairs.length === 0) continue;
            const [a, b] = pairs[s.pair % pairs.length]!;
            op = { op: 'merge', keepId: a, removeId: b };
          }
          const r = await core.call('grid.save', { ops: [op] }, admin);
          // A split line that does not cut the grid in two is refused: not a valid split, skip it.
          if (!r.ok) {
            expect(['invalid_input'], JSON.stringify(r.error)).toContain(r.error.code);
            continue;
          }
          edits.push((r.result as GridEditSaved).editId);
          saved[op.op === 'split' ? 'split' : 'merge']++;

          const v = ok<StreetValidation>(await core.call('grid.validate', {}, admin));
          expect(v.problems.filter((p) => ['overlap', 'gap', 'outsideStreet', 'selfIntersection'].includes(p.kind))).toEqual([]);
          const polys = new Map(grids().map((g) => [g.id, { type: 'Polygon' as const, coordinates: [g.ring] }]));
          for (const b of db.prepare('SELECT id, grid_id, center_lng, center_lat FROM building').all() as { id: number; grid_id: number; center_lng: number; center_lat: number }[]) {
            expect(booleanPointInPolygon([b.center_lng, b.center_lat], polys.get(b.grid_id)!), `building ${b.id} in grid ${b.grid_id}`).toBe(true);
          }
        }
        for (const id of edits.reverse()) ok(await core.call('grid.undo', { editId: id }, admin));
        expect(digest()).toBe(start);
      }),
      { numRuns: 12, seed: 20261121 },
    );
    // The property must have been exercised, not skipped: most random lines cut a grid in two.
    expect(saved.split).toBeGreaterThanOrEqual(8);
    expect(saved.merge).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
