// Buildings split between grids ("every building in exactly one grid"). Most footprints
// sit well inside one grid, so each footprint is first tested exactly but cheaply: if no
// footprint edge meets a grid edge, the footprint is wholly inside or wholly outside that
// grid and one point decides which. Only footprints that meet a grid boundary pay for a
// clipping call to measure how much of them lies on each side. Whether any edge of a grid
// comes near a footprint at all is first asked of one box index over every grid edge: a
// grid none of whose edges' boxes (grown by the contact tolerance) meets the footprint's
// box can neither touch it nor have a vertex inside it, so the edge-by-edge test is run
// only for the few grids whose edges pass near; for most footprints, none.
import Flatbush from 'flatbush';
import type { GridProblem } from '../../../../shared/gridEdit';
import { BoxIndex } from './boxIndex';
import { intersectPieces } from './clip';
import { FlatRings, INSIDE } from './flatRings';
import { areaM2 } from './measure';
import { insideRing, segmentContact } from './planar';
import { areaProblem } from './problem';
import { SAME_POINT_DEG } from './tolerance';
import { bboxOf, bboxOfRings, boxesMeet, polygonRings } from './rings';
import type { BuildingShape, GridShape } from './types';
import type { BBox, LngLat } from '../../../../shared/views';

export interface CutBuildingOptions {
  /** A building counts as lying in a grid when more than this much (m²) of it does. */
  minAreaM2?: number;
}

export function findCutBuildings(grids: readonly GridShape[], buildings: readonly BuildingShape[], options: CutBuildingOptions = {}): GridProblem[] {
  const minAreaM2 = options.minAreaM2 ?? 0.5;
  const boxes = grids.map((g) => bboxOf(g.geometry));
  const index = new BoxIndex(boxes);
  const rings = grids.map((g) => polygonRings(g.geometry));
  const flat = new Map<number, FlatRings>();
  const flatOf = (k: number): FlatRings => {
    let f = flat.get(k);
    if (!f) flat.set(k, (f = new FlatRings(grids[k]!.geometry)));
    return f;
  };

  const edges = gridEdges(rings);
  const nearMark = new Int32Array(grids.length);
  let marks = 0;

  const problems: GridProblem[] = [];
  for (const building of buildings) {
    const foot = polygonRings(building.footprint);
    if (!foot[0] || foot[0].length < 3) continue;
    const box = bboxOfRings(foot);
    // Grids with an edge near this footprint get this building's mark (no list, no set: thousands of footprints).
    const mark = ++marks;
    edges.tree?.search(box[0], box[1], box[2], box[3], (e) => {
      nearMark[edges.grid[e]!] = mark;
      return false;
    });
    // Area null: the whole footprint, measured only if the building turns out to be cut.
    const holders: { id: number; code: string; areaM2: number | null }[] = [];
    for (const k of index.search(box)) {
      const grid = rings[k]!;
      if (!boxesMeet(box, boxes[k]!)) continue;
      if (nearMark[k] !== mark || (!edgesMeet(foot, grid) && !grid.some((r) => insideRing(r[0]!, foot[0]!)))) {
        if (flatOf(k).place(foot[0][0]![0], foot[0][0]![1]) === INSIDE) holders.push({ id: grids[k]!.id, code: grids[k]!.code, areaM2: null });
        continue;
      }
      const inside = intersectPieces(building.footprint, grids[k]!.geometry).reduce((s, p) => s + areaM2(p), 0);
      if (inside > minAreaM2) holders.push({ id: grids[k]!.id, code: grids[k]!.code, areaM2: inside });
    }
    if (holders.length < 2) continue;
    const whole = areaM2(building.footprint);
    for (const h of holders) h.areaM2 ??= whole;
    holders.sort((a, b) => a.id - b.id);
    problems.push(
      areaProblem('buildingCut', holders.map((h) => h.id), building.footprint, {
        buildingId: building.id,
        gridCodes: holders.map((h) => h.code).join(', '),
        // Share of the footprint in each grid, e.g. "0104 62%, 0105 38%".
        split: holders.map((h) => `${h.code} ${Math.round((100 * (h.areaM2 ?? whole)) / Math.max(whole, 1e-9))}%`).join(', '),
      }, building.center),
    );
  }
  return problems;
}

/** Every grid edge's box, grown by the contact tolerance edgesMeet uses, and the grid (index) it belongs to. */
function gridEdges(rings: readonly LngLat[][][]): { tree: Flatbush | null; grid: Int32Array } {
  const tol = SAME_POINT_DEG;
  const boxes: BBox[] = [];
  const owner: number[] = [];
  rings.forEach((grid, k) => {
    for (const ring of grid) {
      for (let j = 0; j < ring.length; j++) {
        const c = ring[j]!;
        const d = ring[(j + 1) % ring.length]!;
        // Written as edgesMeet's box test writes it, so the two agree to the last bit.
        boxes.push([Math.min(c[0], d[0]) - tol, Math.min(c[1], d[1]) - tol, Math.max(c[0], d[0]) + tol, Math.max(c[1], d[1]) + tol]);
        owner.push(k);
      }
    }
  });
  if (boxes.length === 0) return { tree: null, grid: new Int32Array(0) };
  const tree = new Flatbush(boxes.length);
  for (const [w, s, e, n] of boxes) tree.add(w, s, e, n);
  tree.finish();
  return { tree, grid: Int32Array.from(owner) };
}

function edgesMeet(a: readonly LngLat[][], b: readonly LngLat[][]): boolean {
  const tol = SAME_POINT_DEG;
  for (const ra of a) {
    for (let i = 0; i < ra.length; i++) {
      const p = ra[i]!;
      const q = ra[(i + 1) % ra.length]!;
      const minX = Math.min(p[0], q[0]);
      const maxX = Math.max(p[0], q[0]);
      const minY = Math.min(p[1], q[1]);
      const maxY = Math.max(p[1], q[1]);
      for (const rb of b) {
        for (let j = 0; j < rb.length; j++) {
          const c = rb[j]!;
          const d = rb[(j + 1) % rb.length]!;
          // segmentContact's own box test, written the same way, without its set-up: nearly every pair fails it.
          if (maxX < Math.min(c[0], d[0]) - tol || minX > Math.max(c[0], d[0]) + tol) continue;
          if (maxY < Math.min(c[1], d[1]) - tol || minY > Math.max(c[1], d[1]) + tol) continue;
          if (segmentContact(p, q, c, d, tol).kind !== 'none') return true;
        }
      }
    }
  }
  return false;
}
