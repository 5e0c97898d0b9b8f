// A hot spot's name as people say it: the nearest building's road and number with the
// building's name (shown as "正街大道5号（杨家坪幼儿园）附近"), or the nearest road when no
// building stands close. Names only: the words around them are the UI's, in its language. The street/district prefix of the stored address is left out: on a slide
// of one street it is noise.
import { distance, pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';
import type { BriefingPlace } from '../../../shared/briefing';
import type { LngLat } from '../../../shared/views';
import type { Db } from '../db/database';

/** ±0.002° ≈ ±200 m: a hot spot's centre lies among buildings, so this finds several. */
const SEARCH_DEG = 0.002;

interface BuildingRow {
  name: string;
  road: string;
  house_number: string;
  center_lng: number;
  center_lat: number;
}

export interface PlaceNamer {
  name(at: LngLat): BriefingPlace;
}

export function placeNamer(db: Db): PlaceNamer {
  const near = db.prepare(
    `SELECT b.name, b.road, b.house_number, b.center_lng, b.center_lat FROM building_rtree r JOIN building b ON b.id = r.id
      WHERE r.max_lng >= ? AND r.min_lng <= ? AND r.max_lat >= ? AND r.min_lat <= ?`,
  );
  let roads: { name: string; line: LineString }[] | null = null;
  const nearestRoad = (at: LngLat): string | null => {
    roads ??= (db.prepare('SELECT name, geometry FROM road').all() as { name: string; geometry: string }[]).map((r) => ({ name: r.name, line: JSON.parse(r.geometry) as LineString }));
    let best: { name: string; km: number } | null = null;
    for (const r of roads) {
      const km = pointToLineDistance(at, r.line, { units: 'kilometers' });
      if (!best || km < best.km) best = { name: r.name, km };
    }
    return best?.name ?? null;
  };
  return {
    name(at) {
      const [lng, lat] = at;
      const rows = near.all(lng - SEARCH_DEG, lng + SEARCH_DEG, lat - SEARCH_DEG, lat + SEARCH_DEG) as BuildingRow[];
      let best: { row: BuildingRow; m: number } | null = null;
      for (const row of rows) {
        const m = distance(at, [row.center_lng, row.center_lat], { units: 'meters' });
        if (!best || m < best.m) best = { row, m };
      }
      if (best) return { kind: 'near', address: `${best.row.road}${best.row.house_number}`, building: best.row.name };
      const road = nearestRoad(at);
      return road ? { kind: 'along', road } : { kind: 'inArea' };
    },
  };
}
