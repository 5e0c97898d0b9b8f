// coverage.compute: the 15-minute service circles of the chosen facility kinds, and the
// households left outside all of them, per grid and in all, with the buildings they
// live in for the map.
import type { FeatureCollection, Point } from 'geojson';
import type { FacilityKind } from '../../../shared/domain';
import type { CoverageGridRow, CoverageResult, OutsideBuildingProps } from '../../../shared/thematic';
import { WALKING_MODEL } from '../../../shared/walkingModel';
import type { Db } from '../db/database';
import { coveredArea } from './coveredArea';
import { buildingsOutside, homeBuildings } from './householdsOutside';
import { serviceCircles } from './serviceCircles';
import { serviceFacilities } from './serviceFacilities';

interface GridRow {
  id: number;
  code: string;
  name: string;
  community_name: string;
}

export function computeCoverage(db: Db, kinds: readonly FacilityKind[]): CoverageResult {
  const facilities = serviceFacilities(db, kinds);
  const homes = homeBuildings(db);
  const outside = buildingsOutside(homes, facilities, WALKING_MODEL.radiusM);

  const households = new Map<number, number>();
  for (const b of homes) households.set(b.gridId, (households.get(b.gridId) ?? 0) + b.households);
  const left = new Map<number, number>();
  for (const b of outside) left.set(b.gridId, (left.get(b.gridId) ?? 0) + b.households);

  const gridRows = db.prepare('SELECT g.id, g.code, g.name, c.name AS community_name FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.code').all() as GridRow[];
  const grids: CoverageGridRow[] = gridRows
    .map((g) => ({ gridId: g.id, code: g.code, name: g.name, communityName: g.community_name, households: households.get(g.id) ?? 0, outside: left.get(g.id) ?? 0 }))
    .sort((a, b) => b.outside - a.outside || b.households - a.households || a.code.localeCompare(b.code));

  const outsideBuildings: FeatureCollection<Point, OutsideBuildingProps> = {
    type: 'FeatureCollection',
    features: outside.map((b) => ({
      type: 'Feature',
      id: b.id,
      geometry: { type: 'Point', coordinates: [b.lng, b.lat] },
      properties: { buildingId: b.id, gridId: b.gridId, households: b.households },
    })),
  };
  const total = (m: Map<number, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const circles = serviceCircles(facilities, WALKING_MODEL.radiusM);
  return {
    model: WALKING_MODEL,
    kinds: [...kinds],
    facilities: facilities.length,
    circles,
    coveredArea: coveredArea(circles),
    grids,
    totals: { households: total(households), outside: total(left) },
    outsideBuildings,
  };
}
