// Households left outside every service circle. A household is where its building's
// centre is (center_lng/center_lat); a building is inside when some facility is within
// the radius by great-circle distance (Turf's haversine), so a building at 799 m is
// served and one at 801 m is not, whatever the drawn polygon's vertices do. A grid box
// around each facility rules most buildings out before any distance is computed.
import { distance } from '@turf/turf';
import type { Db } from '../db/database';
import type { ServiceFacility } from './serviceFacilities';

export interface HomeBuilding {
  id: number;
  gridId: number;
  lng: number;
  lat: number;
  households: number;
}

const M_PER_DEG_LAT = 111_320;

export function homeBuildings(db: Db): HomeBuilding[] {
  return db
    .prepare(
      `SELECT b.id, b.grid_id AS gridId, b.center_lng AS lng, b.center_lat AS lat, count(*) AS households
         FROM building b JOIN household h ON h.building_id = b.id
        GROUP BY b.id ORDER BY b.id`,
    )
    .all() as HomeBuilding[];
}

/** Whether a point lies within radiusM of any facility. */
export function servedBy(facilities: readonly ServiceFacility[], radiusM: number): (lng: number, lat: number) => boolean {
  const km = radiusM / 1000;
  // A generous box (10% wider than the radius) only skips what is surely too far.
  const boxes = facilities.map((f) => {
    const dLat = (radiusM * 1.1) / M_PER_DEG_LAT;
    const dLng = dLat / Math.max(Math.cos((f.lat * Math.PI) / 180), 1e-6);
    return { f, minLng: f.lng - dLng, maxLng: f.lng + dLng, minLat: f.lat - dLat, maxLat: f.lat + dLat };
  });
  return (lng, lat) =>
    boxes.some((b) => lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat && distance([b.f.lng, b.f.lat], [lng, lat], { units: 'kilometers' }) <= km);
}

export function buildingsOutside(buildings: readonly HomeBuilding[], facilities: readonly ServiceFacility[], radiusM: number): HomeBuilding[] {
  const served = servedBy(facilities, radiusM);
  return buildings.filter((b) => !served(b.lng, b.lat));
}
