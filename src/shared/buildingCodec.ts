// The street's building footprints as the `map.buildings` payload: columns of numbers
// instead of one GeoJSON feature per building, about a quarter of the bytes. Coordinates
// are whole multiples of QUANTUM degrees (the precision they are stored with), each
// vertex written as the difference from the one before, so most are short integers.
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { BUILDING_USES, type BuildingUse } from './domain';
import type { BuildingFeatureProps } from './views';

/** 1e-7° is about 1 cm: the footprints are stored with 7 decimals, so nothing is lost. */
export const QUANTUM = 1e-7;
const PER_DEGREE = 1e7;

export type BuildingCollection = FeatureCollection<Polygon, BuildingFeatureProps>;

export interface MapBuildings {
  /** Building ids, each the difference from the previous one (they come sorted). */
  ids: number[];
  names: string[];
  /** Index into BUILDING_USES. */
  uses: number[];
  floors: number[];
  households: number[];
  tenants: number[];
  /** Rings per building (1 unless it has courtyards). */
  rings: number[];
  /** Vertices per ring, the closing vertex (a repeat of the first) left out. */
  ringSizes: number[];
  /** x, y of every vertex in QUANTUM units, each the difference from the vertex before (the first from 0, 0). */
  coords: number[];
}

function toUnits(degrees: number): number {
  return Math.round(degrees * PER_DEGREE);
}

export function encodeBuildings(buildings: BuildingCollection): MapBuildings {
  const out: MapBuildings = { ids: [], names: [], uses: [], floors: [], households: [], tenants: [], rings: [], ringSizes: [], coords: [] };
  let lastId = 0;
  let x = 0;
  let y = 0;
  for (const { properties: p, geometry } of buildings.features) {
    out.ids.push(p.id - lastId);
    lastId = p.id;
    out.names.push(p.name);
    out.uses.push(BUILDING_USES.indexOf(p.use));
    out.floors.push(p.floors);
    out.households.push(p.households);
    out.tenants.push(p.tenants);
    out.rings.push(geometry.coordinates.length);
    for (const ring of geometry.coordinates) {
      // GeoJSON rings end on their first vertex; the decoder puts it back.
      const open = ring.length > 1 ? ring.slice(0, -1) : ring;
      out.ringSizes.push(open.length);
      for (const [lng, lat] of open) {
        const ux = toUnits(lng!);
        const uy = toUnits(lat!);
        out.coords.push(ux - x, uy - y);
        x = ux;
        y = uy;
      }
    }
  }
  return out;
}

export function decodeBuildings(data: MapBuildings): BuildingCollection {
  const features: BuildingCollection['features'] = [];
  let id = 0;
  let x = 0;
  let y = 0;
  let ring = 0;
  let c = 0;
  for (let i = 0; i < data.ids.length; i++) {
    id += data.ids[i]!;
    const coordinates: Position[][] = [];
    for (let r = 0; r < data.rings[i]!; r++) {
      const size = data.ringSizes[ring++]!;
      const positions: Position[] = [];
      for (let v = 0; v < size; v++) {
        x += data.coords[c++]!;
        y += data.coords[c++]!;
        // Dividing the whole number gives the same double as parsing the stored decimal.
        positions.push([x / PER_DEGREE, y / PER_DEGREE]);
      }
      if (positions.length > 0) positions.push([...positions[0]!]);
      coordinates.push(positions);
    }
    const use: BuildingUse = BUILDING_USES[data.uses[i]!] ?? 'residential';
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Polygon', coordinates },
      properties: { id, name: data.names[i]!, use, floors: data.floors[i]!, households: data.households[i]!, tenants: data.tenants[i]! },
    });
  }
  return { type: 'FeatureCollection', features };
}
