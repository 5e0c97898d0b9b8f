// A layer as GeoJSON features in WGS-84, with the attributes its import reads back (CODE,
// NAME, COMMUNITY, FLOORS, ADDRESS, KIND: short ASCII names a .dbf can hold, recognised by
// the import's mapping guess).
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { GisLayer } from '../../../../shared/gis';
import type { Db } from '../../db/database';
import { FACILITY_KIND_WORDS } from '../../registerImport/facilities/columns';

type Props = Record<string, string | number>;

export function layerFeatures(db: Db, layer: GisLayer): Feature<Polygon | MultiPolygon | Point, Props>[] {
  const poly = (text: string) => JSON.parse(text) as Polygon | MultiPolygon;
  switch (layer) {
    case 'street': {
      const rows = db.prepare('SELECT code, name, boundary FROM street').all() as { code: string; name: string; boundary: string }[];
      return rows.map((r) => ({ type: 'Feature', geometry: poly(r.boundary), properties: { CODE: r.code, NAME: r.name } }));
    }
    case 'communities': {
      const rows = db.prepare('SELECT code, name, boundary FROM community ORDER BY code').all() as { code: string; name: string; boundary: string }[];
      return rows.map((r) => ({ type: 'Feature', geometry: poly(r.boundary), properties: { CODE: r.code, NAME: r.name } }));
    }
    case 'grids': {
      const rows = db.prepare('SELECT g.code, g.name, c.code AS community, g.boundary FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.code').all() as { code: string; name: string; community: string; boundary: string }[];
      return rows.map((r) => ({ type: 'Feature', geometry: poly(r.boundary), properties: { CODE: r.code, NAME: r.name, COMMUNITY: r.community } }));
    }
    case 'buildings': {
      const rows = db.prepare('SELECT code, name, floors, address, footprint FROM building ORDER BY code').all() as { code: string; name: string; floors: number; address: string; footprint: string }[];
      return rows.map((r) => ({ type: 'Feature', geometry: poly(r.footprint), properties: { CODE: r.code, NAME: r.name, FLOORS: r.floors, ADDRESS: r.address } }));
    }
    case 'facilities': {
      const rows = db.prepare('SELECT name, kind, address, lng, lat FROM facility ORDER BY id').all() as { name: string; kind: keyof typeof FACILITY_KIND_WORDS; address: string; lng: number; lat: number }[];
      return rows.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [r.lng, r.lat] }, properties: { NAME: r.name, KIND: FACILITY_KIND_WORDS[r.kind][0]!, ADDRESS: r.address } }));
    }
  }
}
