// The map's first payload: the street, its communities and grids (with the counts the
// map colours and labels need), and the basemap drawn from the street's own data. The
// building footprints come separately (map.buildings, mapBuildings.ts).
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BuildingFeatureProps, CommunityFeatureProps, GridFeatureProps, MapBase } from '../../../shared/views';
import type { Db } from '../db/database';
import { labelPoint, parsePolygon } from './geo';
import { OPEN_STATUS_SQL } from './openCases';
import { streetSummary } from './streetSummary';

const PALETTE_SIZE = 10;

function collection<G extends Feature['geometry'], P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

interface CommunityRow {
  id: number;
  code: string;
  name: string;
  boundary: string;
}
interface GridRow {
  id: number;
  code: string;
  name: string;
  community_id: number;
  community_name: string;
  boundary: string;
  households: number;
  open_cases: number;
  overdue_cases: number;
}
interface BuildingRow {
  id: number;
  name: string;
  use: BuildingFeatureProps['use'];
  floors: number;
  footprint: string;
  households: number;
  tenants: number;
}

export function communityColorIndex(db: Db): Map<number, number> {
  const ids = db.prepare('SELECT id FROM community ORDER BY code').pluck().all() as number[];
  return new Map(ids.map((id, i) => [id, i % PALETTE_SIZE]));
}

export function buildingFeatures(db: Db): FeatureCollection<Polygon, BuildingFeatureProps> {
  const rows = db
    .prepare(
      `SELECT b.id, b.name, b.use, b.floors, b.footprint,
              coalesce(h.n, 0) AS households, coalesce(t.n, 0) AS tenants
         FROM building b
         LEFT JOIN (SELECT building_id, count(*) AS n FROM household GROUP BY building_id) h ON h.building_id = b.id
         LEFT JOIN (SELECT building_id, count(*) AS n FROM tenant GROUP BY building_id) t ON t.building_id = b.id
        ORDER BY b.id`,
    )
    .all() as BuildingRow[];
  return collection(
    rows.map((r) => ({
      type: 'Feature' as const,
      id: r.id,
      geometry: parsePolygon(r.footprint),
      properties: { id: r.id, name: r.name, use: r.use, floors: r.floors, households: r.households, tenants: r.tenants },
    })),
  );
}

export function mapBase(db: Db, now: number): MapBase {
  const street = streetSummary(db, now);
  const boundaryText = db.prepare('SELECT boundary FROM street LIMIT 1').pluck().get() as string;
  const colors = communityColorIndex(db);

  const communityRows = db.prepare('SELECT id, code, name, boundary FROM community ORDER BY code').all() as CommunityRow[];
  const communities = communityRows.map((r) => {
    const geometry = parsePolygon(r.boundary);
    const properties: CommunityFeatureProps = { id: r.id, code: r.code, name: r.name, colorIndex: colors.get(r.id) ?? 0 };
    return { feature: { type: 'Feature' as const, id: r.id, geometry, properties }, label: labelPoint(geometry), properties };
  });

  const gridRows = db
    .prepare(
      `SELECT g.id, g.code, g.name, g.community_id, c.name AS community_name, g.boundary,
              coalesce(h.n, 0) AS households, coalesce(k.open, 0) AS open_cases, coalesce(k.overdue, 0) AS overdue_cases
         FROM grid g
         JOIN community c ON c.id = g.community_id
         LEFT JOIN (SELECT b.grid_id, count(*) AS n FROM household hh JOIN building b ON b.id = hh.building_id GROUP BY b.grid_id) h ON h.grid_id = g.id
         LEFT JOIN (SELECT grid_id, count(*) AS open, sum(due_at < @now) AS overdue FROM case_file
                     WHERE status IN ${OPEN_STATUS_SQL} GROUP BY grid_id) k ON k.grid_id = g.id
        ORDER BY g.code`,
    )
    .all({ now }) as GridRow[];
  const grids = gridRows.map((r) => {
    const geometry = parsePolygon(r.boundary);
    const properties: GridFeatureProps = {
      id: r.id,
      code: r.code,
      name: r.name,
      communityId: r.community_id,
      communityName: r.community_name,
      colorIndex: colors.get(r.community_id) ?? 0,
      households: r.households,
      openCases: r.open_cases,
      overdueCases: r.overdue_cases,
    };
    return { feature: { type: 'Feature' as const, id: r.id, geometry, properties }, label: labelPoint(geometry), properties };
  });

  const roads = (db.prepare('SELECT id, name, kind, geometry FROM road ORDER BY id').all() as { id: number; name: string; kind: 'main' | 'secondary' | 'branch'; geometry: string }[]).map(
    (r) => ({ type: 'Feature' as const, id: r.id, geometry: JSON.parse(r.geometry) as LineString, properties: { name: r.name, kind: r.kind } }),
  );
  const land = db.prepare('SELECT id, kind, name, geometry FROM land_feature ORDER BY id').all() as { id: number; kind: 'water' | 'green'; name: string; geometry: string }[];
  const landOf = (kind: 'water' | 'green') =>
    collection(
      land
        .filter((r) => r.kind === kind)
        .map((r) => ({ type: 'Feature' as const, id: r.id, geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon, properties: { name: r.name } })),
    );

  const point = (lngLat: [number, number]): Point => ({ type: 'Point', coordinates: lngLat });
  return {
    street,
    boundary: collection([{ type: 'Feature', properties: {}, geometry: parsePolygon(boundaryText) }]),
    communities: collection(communities.map((c) => c.feature)),
    communityLabels: collection(communities.map((c) => ({ type: 'Feature' as const, id: c.properties.id, geometry: point(c.label), properties: c.properties }))),
    grids: collection(grids.map((g) => g.feature)),
    gridLabels: collection(grids.map((g) => ({ type: 'Feature' as const, id: g.properties.id, geometry: point(g.label), properties: g.properties }))),
    roads: collection(roads),
    water: landOf('water'),
    green: landOf('green'),
  };
}
