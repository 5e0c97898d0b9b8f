// What the maps draw from: map.base, plus the building footprints once map.buildings has
// arrived and been decoded. Without them (still loading, or a screen that does not fetch
// them) the map simply has no building layer.
import type { BuildingCollection } from '../../shared/buildingCodec';
import type { MapBase } from '../../shared/views';

export interface MapData extends MapBase {
  buildings?: BuildingCollection | null;
}

/** The footprints if there are any: an empty collection would only be an empty source. */
export function buildingsOf(data: MapData): BuildingCollection | null {
  return data.buildings && data.buildings.features.length > 0 ? data.buildings : null;
}
