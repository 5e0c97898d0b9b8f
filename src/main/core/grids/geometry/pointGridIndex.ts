// Which grid holds a point: a flatbush over grid boxes narrows ~190 grids to the two or
// three whose box holds the point, then an exact ray-casting test on flat arrays decides.
// turf.booleanPointInPolygon walks GeoJSON and allocates per call; this loop does not.
//
// Points on a shared edge (or at a shared corner) lie in every grid around it; the grid
// with the lowest id wins (a draft's new grids after the saved ones, see tieRank), so each point gets exactly one grid and always the same one.
import Flatbush from 'flatbush';
import type { LngLat } from '../../../../shared/views';
import { FlatRings, OUTSIDE } from './flatRings';
import { bboxOfRings, polygonRings } from './rings';
import type { GridShape } from './types';

/**
 * Order for the tie-break: saved grids by id, then a draft's new grids (-1, -2, …) after
 * them in the order they were made — the order their ids will have once saved, so a
 * point on a new edge goes to the same grid in the preview and after the save.
 */
function tieRank(id: number): number {
  return id > 0 ? id : 2 ** 31 - id;
}

export class PointGridIndex {
  private readonly tree: Flatbush | null;
  /** Grids in tie-break order (tieRank), so the first containing candidate wins. */
  private readonly ids: Int32Array;
  private readonly rings: FlatRings[];

  constructor(grids: readonly Pick<GridShape, 'id' | 'geometry'>[]) {
    const sorted = [...grids].sort((a, b) => tieRank(a.id) - tieRank(b.id));
    this.ids = Int32Array.from(sorted.map((g) => g.id));
    this.rings = sorted.map((g) => new FlatRings(g.geometry));
    if (sorted.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(sorted.length);
    for (const g of sorted) {
      const [w, s, e, n] = bboxOfRings(polygonRings(g.geometry));
      tree.add(w, s, e, n);
    }
    tree.finish();
    this.tree = tree;
  }

  /** The id of the grid holding the point, or null outside every grid. */
  gridAt(lng: number, lat: number): number | null {
    const id = this.lookup(lng, lat);
    return id === 0 ? null : id;
  }

  /** Grid id for each point (0 where none): points as [lng, lat, lng, lat, …] or pairs. */
  assignAll(points: Float64Array | readonly LngLat[]): Int32Array {
    if (points instanceof Float64Array) {
      const out = new Int32Array(points.length >> 1);
      for (let i = 0; i < out.length; i++) out[i] = this.lookup(points[2 * i]!, points[2 * i + 1]!);
      return out;
    }
    const out = new Int32Array(points.length);
    for (let i = 0; i < points.length; i++) out[i] = this.lookup(points[i]![0], points[i]![1]);
    return out;
  }

  private lookup(lng: number, lat: number): number {
    if (!this.tree || !Number.isFinite(lng) || !Number.isFinite(lat)) return 0;
    const candidates = this.tree.search(lng, lat, lng, lat);
    // Indexes follow insertion order, which is id order: the smallest containing index wins.
    let best = -1;
    for (const k of candidates) {
      if (best >= 0 && k > best) continue;
      if (this.rings[k]!.place(lng, lat) !== OUTSIDE) best = k;
    }
    return best < 0 ? 0 : this.ids[best]!;
  }
}
