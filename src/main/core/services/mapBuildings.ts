// The street's building footprints for the map, in the compact `map.buildings` form
// (shared/buildingCodec.ts). Kept out of map.base: they were 85% of its bytes, and the
// grids, labels and roads can be drawn before they arrive.
import { encodeBuildings, type MapBuildings } from '../../../shared/buildingCodec';
import type { Db } from '../db/database';
import { buildingFeatures } from './mapBase';

export function mapBuildings(db: Db): MapBuildings {
  return encodeBuildings(buildingFeatures(db));
}
