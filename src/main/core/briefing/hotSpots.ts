// Hot spots (热点): where the period's cases gather, found with Turf's DBSCAN over the case
// points of the scope. The neighbourhood radius is fixed at 100 m (a block, a market
// front); the core-point threshold comes from the data: a point is "core" when its 100 m
// neighbourhood holds as many cases as the densest tenth of all points do. A fixed
// threshold would not work across scopes and periods: a street-month has ~3,000 cases and
// ~11 neighbours per point on average (DBSCAN then chains the whole street into one
// cluster at a low threshold), a community-week a few dozen with ~3. Clusters wider than
// 150 m are split further (compactClusters).
import { clustersDbscan, distance, featureCollection, point } from '@turf/turf';
import type { BriefingCategoryCount, BriefingHotSpot, BriefingHotSpots, BriefingPeriod } from '../../../shared/briefing';
import type { BBox, LngLat } from '../../../shared/views';
import type { Db } from '../db/database';
import { gridIdAt } from '../cases/locate';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { neighbourCounts, quantile } from './density';
import { placeNamer } from './placeName';
import type { ScopeSql } from './scope';

export const HOT_SPOT_RADIUS_KM = 0.1;
/** Never fewer than this many cases make a hot spot, however sparse the period. */
const MIN_POINTS_FLOOR = 4;
const CORE_QUANTILE = 0.9;
/** A hot spot is a place (a block, a market front): wider clusters are split, see compactClusters. */
const HOT_SPOT_MAX_RADIUS_M = 150;
const REFINE_FACTOR = 1.25;
const MAX_REFINEMENTS = 8;
export const HOT_SPOTS_SHOWN = 5;

interface CasePoint {
  lng: number;
  lat: number;
  category: string;
  code: string;
  open: number;
}

function casePoints(db: Db, period: BriefingPeriod, scope: ScopeSql): CasePoint[] {
  return db
    .prepare(
      `SELECT cf.lng, cf.lat, cat.name AS category, cat.code, cf.status IN ${OPEN_STATUS_SQL} AS open
         FROM case_file cf JOIN grid g ON g.id = cf.grid_id JOIN case_category cat ON cat.id = cf.category_id
        WHERE cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND ${scope.gridWhere}
        ORDER BY cf.id`,
    )
    .all({ from: period.from, to: period.to, ...scope.params }) as CasePoint[];
}

function topCounts(points: readonly CasePoint[], n: number): BriefingCategoryCount[] {
  const counts = new Map<string, BriefingCategoryCount>();
  for (const p of points) {
    const seen = counts.get(p.code);
    if (seen) seen.count += 1;
    else counts.set(p.code, { code: p.code, name: p.category, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, n);
}

function bboxOf(points: readonly LngLat[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** Cases of the previous period within `radiusM` of `centre` (the same place, one period earlier). */
function countNear(db: Db, period: BriefingPeriod, scope: ScopeSql, centre: LngLat, radiusM: number): number {
  const dLat = radiusM / 110_574;
  const dLng = radiusM / (111_320 * Math.cos((centre[1] * Math.PI) / 180));
  const rows = db
    .prepare(
      `SELECT cf.lng, cf.lat FROM case_file cf JOIN grid g ON g.id = cf.grid_id
        WHERE cf.lng BETWEEN @w AND @e AND cf.lat BETWEEN @s AND @n
          AND cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND ${scope.gridWhere}`,
    )
    .all({ w: centre[0] - dLng, e: centre[0] + dLng, s: centre[1] - dLat, n: centre[1] + dLat, from: period.from, to: period.to, ...scope.params }) as { lng: number; lat: number }[];
  return rows.filter((r) => distance(centre, [r.lng, r.lat], { units: 'meters' }) <= radiusM).length;
}

/** DBSCAN over some of the points (by index); returns the clusters as lists of those indices. */
function dbscan(coords: readonly LngLat[], subset: readonly number[], minPoints: number): number[][] {
  const clustered = clustersDbscan(featureCollection(subset.map((i) => point(coords[i]!))), HOT_SPOT_RADIUS_KM, { units: 'kilometers', minPoints, mutate: true });
  const members = new Map<number, number[]>();
  clustered.features.forEach((f, k) => {
    const id = f.properties.cluster;
    if (id === undefined) return;
    const list = members.get(id);
    if (list) list.push(subset[k]!);
    else members.set(id, [subset[k]!]);
  });
  return [...members.values()];
}

function centroidOf(pts: readonly LngLat[]): LngLat {
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

function radiusOf(pts: readonly LngLat[]): number {
  const c = centroidOf(pts);
  return Math.max(...pts.map((p) => distance(c, p, { units: 'meters' })));
}

/**
 * DBSCAN chains dense neighbourhoods that touch: in an evenly busy area one "cluster" can
 * spread over half a community, which names no place. A cluster wider than
 * HOT_SPOT_MAX_RADIUS_M is clustered again on its own with a higher core threshold, until
 * its dense cores come apart (or dissolve into noise).
 */
function compactClusters(coords: readonly LngLat[], subset: readonly number[], minPoints: number, depth = 0): number[][] {
  const out: number[][] = [];
  for (const cluster of dbscan(coords, subset, minPoints)) {
    const wide = radiusOf(cluster.map((i) => coords[i]!)) > HOT_SPOT_MAX_RADIUS_M;
    if (!wide || depth >= MAX_REFINEMENTS) {
      out.push(cluster);
      continue;
    }
    const parts = compactClusters(coords, cluster, Math.ceil(minPoints * REFINE_FACTOR), depth + 1);
    if (parts.length > 0) out.push(...parts);
    else {
      // Evenly busy all over: no denser core comes apart. Its busiest place is still a hot
      // spot: the cases around its densest point.
      const core = densestDisc(coords, cluster);
      if (core.length >= minPoints) out.push(core);
    }
  }
  return out;
}

/** The points of `subset` within HOT_SPOT_MAX_RADIUS_M of its point with the most neighbours. */
function densestDisc(coords: readonly LngLat[], subset: readonly number[]): number[] {
  const pts = subset.map((i) => coords[i]!);
  const counts = neighbourCounts(pts, HOT_SPOT_RADIUS_KM * 1000);
  let best = 0;
  counts.forEach((n, k) => {
    if (n > counts[best]!) best = k;
  });
  const centre = pts[best]!;
  return subset.filter((i) => distance(centre, coords[i]!, { units: 'meters' }) <= HOT_SPOT_MAX_RADIUS_M);
}

export function hotSpots(db: Db, period: BriefingPeriod, previous: BriefingPeriod, scope: ScopeSql): BriefingHotSpots {
  const cases = casePoints(db, period, scope);
  const coords: LngLat[] = cases.map((c) => [c.lng, c.lat]);
  const minPoints = Math.max(MIN_POINTS_FLOOR, quantile(neighbourCounts(coords, HOT_SPOT_RADIUS_KM * 1000), CORE_QUANTILE));
  const clusters = compactClusters(
    coords,
    coords.map((_, i) => i),
    minPoints,
  );
  const biggest = clusters.sort((a, b) => b.length - a.length || a[0]! - b[0]!);

  const namer = placeNamer(db);
  const gridName = db.prepare('SELECT g.name AS grid, c.name AS community FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?');
  const top = biggest.slice(0, HOT_SPOTS_SHOWN).map((indices, k): BriefingHotSpot => {
    const pts = indices.map((i) => coords[i]!);
    const centroid = centroidOf(pts);
    const radiusM = radiusOf(pts);
    const categories = topCounts(indices.map((i) => cases[i]!), 3);
    const gridId = gridIdAt(db, centroid[0], centroid[1]);
    const names = gridId === null ? undefined : (gridName.get(gridId) as { grid: string; community: string } | undefined);
    return {
      rank: k + 1,
      count: pts.length,
      // At least the DBSCAN radius, so a tight cluster still has a place to compare.
      previousCount: countNear(db, previous, scope, centroid, Math.max(radiusM, HOT_SPOT_RADIUS_KM * 1000)),
      centroid,
      radiusM,
      bbox: bboxOf(pts),
      place: namer.name(centroid),
      gridName: names?.grid ?? null,
      communityName: names?.community ?? null,
      topCategories: categories,
      dominantShare: (categories[0]?.count ?? 0) / pts.length,
      openNow: indices.filter((i) => cases[i]!.open).length,
      points: pts,
    };
  });
  return {
    maxDistanceKm: HOT_SPOT_RADIUS_KM,
    minPoints,
    casesConsidered: cases.length,
    clustersFound: clusters.length,
    casesInClusters: biggest.reduce((s, m) => s + m.length, 0),
    top,
  };
}
