// Grid management at the size of a real street: the whole-street check ("到底到边"), a
// split and a merge saved through the API (each save re-assigns buildings, households,
// tenants, facilities and open cases in one transaction) and undone, and the raw speed of
// assigning 100,000 points to grids.
import type { Polygon } from 'geojson';
import type { ApiResult } from '../../src/shared/errors';
import type { GridEditPreview, GridEditSaved, StreetValidation } from '../../src/shared/gridEdit';
import type { MapBase } from '../../src/shared/views';
import { PointGridIndex } from '../../src/main/core/grids/geometry';
import { median, medianOf, timeIt } from './measure';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function unwrap<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run assigns the same points. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function benchGrids(call: Call, base: MapBase) {
  const validations: StreetValidation[] = [];
  // Seven calls: the first may start the worker and warm its page cache, so the median is the figure.
  const validate = await medianOf(7, async () => validations.push(unwrap<StreetValidation>(await call('grid.validate', {}))));
  const last = validations.at(-1)!;

  // Split the grid with the most households along a vertical line through its middle.
  const byHouseholds = [...base.grids.features].sort((a, b) => b.properties.households - a.properties.households);
  let split: { op: unknown; preview: GridEditPreview } | null = null;
  for (const f of byHouseholds) {
    const ring = (f.geometry as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const x = (Math.min(...xs) + Math.max(...xs)) / 2;
    const op = { op: 'split', gridId: f.properties.id, newKey: -1, line: { type: 'LineString', coordinates: [[x, Math.min(...ys) - 0.001], [x, Math.max(...ys) + 0.001]] } };
    const r = await call('grid.preview', { ops: [op] });
    if (r.ok) {
      split = { op, preview: r.result as GridEditPreview };
      break;
    }
  }
  if (!split) throw new Error('no grid could be split for the benchmark');
  const previewRuns = await medianOf(5, async () => unwrap(await call('grid.preview', { ops: [split.op] })));
  const saveRuns: number[] = [];
  const undoRuns: number[] = [];
  let moved = 0;
  for (let i = 0; i < 3; i++) {
    const saved = await timeIt(async () => unwrap<GridEditSaved>(await call('grid.save', { ops: [split.op] })));
    saveRuns.push(saved.ms);
    moved = saved.value.preview.flows.reduce((n, f) => n + f.households, 0);
    undoRuns.push((await timeIt(async () => unwrap(await call('grid.undo', { editId: saved.value.editId })))).ms);
  }

  // Merge two adjacent grids (more moves: everything of the removed grid).
  const keyOf = (p: number[]) => `${p[0]},${p[1]}`;
  const sets = base.grids.features.map((f) => ({ id: f.properties.id, households: f.properties.households, v: new Set((f.geometry as Polygon).coordinates[0]!.map(keyOf)) }));
  let pair: [number, number] | null = null;
  outer: for (const a of sets) for (const b of sets) if (a.id < b.id && [...a.v].filter((k) => b.v.has(k)).length >= 2) {
    pair = [a.id, b.id];
    break outer;
  }
  const mergeRuns: number[] = [];
  const mergeUndoRuns: number[] = [];
  let mergeHouseholds = 0;
  if (pair) {
    for (let i = 0; i < 3; i++) {
      const saved = await timeIt(async () => unwrap<GridEditSaved>(await call('grid.save', { ops: [{ op: 'merge', keepId: pair[0], removeId: pair[1] }] })));
      mergeRuns.push(saved.ms);
      mergeHouseholds = saved.value.preview.flows.reduce((n, f) => n + f.households, 0);
      mergeUndoRuns.push((await timeIt(async () => unwrap(await call('grid.undo', { editId: saved.value.editId })))).ms);
    }
  }

  // 100,000 random points in the street's box, assigned to grids in memory.
  const [w, s, e, n] = base.street.bbox;
  const random = rng(2026);
  const points = new Float64Array(200_000);
  for (let i = 0; i < 100_000; i++) {
    points[2 * i] = w + (e - w) * random();
    points[2 * i + 1] = s + (n - s) * random();
  }
  const index = new PointGridIndex(base.grids.features.map((f) => ({ id: f.properties.id, geometry: f.geometry as Polygon })));
  let inside = 0;
  const assign = await medianOf(5, () => {
    const ids = index.assignAll(points);
    inside = ids.reduce((k, id) => k + (id !== 0 ? 1 : 0), 0);
  });

  return {
    validateStreet: { medianMs: validate.medianMs, runsMs: validate.runsMs, coreMs: last.ms, coreRunsMs: validations.map((v) => v.ms), grids: last.grids, problems: last.problems.length, faults: last.problems.filter((p) => p.kind !== 'households').length },
    splitLargestGrid: {
      previewMedianMs: previewRuns.medianMs,
      saveMedianMs: median(saveRuns),
      undoMedianMs: median(undoRuns),
      householdsMoved: moved,
      saveRunsMs: saveRuns,
    },
    mergeAdjacentGrids: pair ? { saveMedianMs: median(mergeRuns), undoMedianMs: median(mergeUndoRuns), householdsMoved: mergeHouseholds, saveRunsMs: mergeRuns } : null,
    assign100kPoints: { medianMs: assign.medianMs, runsMs: assign.runsMs, grids: base.grids.features.length, pointsInsideGrids: inside },
  };
}
