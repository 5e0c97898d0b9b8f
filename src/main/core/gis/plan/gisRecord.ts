// One feature of an import as the plan sees it, converted and matched: the contract between
// the plan (in a worker) and the commit (which writes exactly these). The preview sends
// them to the map as GeoJSON features, with these fields as properties.
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';

export interface GisRecord {
  /** 1-based feature number in the file. */
  feature: number;
  code: string;
  name: string;
  geometry: Polygon | Point;
  status: 'new' | 'updated';
  /** The record it updates. */
  recordId: number | null;
  communityId: number | null;
  /** The community as the file names it (grids: its code, last digits or name), before matching. */
  community: string | null;
  gridId: number | null;
  floors: number | null;
  address: string | null;
  /** Facilities: party_service_center, convenience_station or volunteer_point. */
  kind: string | null;
}

export function recordsToFeatures(records: readonly GisRecord[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: records.map(
      (r): Feature => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: { feature: r.feature, code: r.code, name: r.name, status: r.status, recordId: r.recordId, communityId: r.communityId, community: r.community, gridId: r.gridId, floors: r.floors, address: r.address, kind: r.kind },
      }),
    ),
  };
}

export function featuresToRecords(collection: FeatureCollection): GisRecord[] {
  return collection.features.map((f) => {
    const p = (f.properties ?? {}) as Omit<GisRecord, 'geometry'>;
    return { ...p, geometry: f.geometry as Polygon | Point };
  });
}
