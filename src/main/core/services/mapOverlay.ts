// Overlay payloads: points (or footprints) with just the properties the map styles on.
// No personal data leaves here: households are counts per building, not people. A
// community account gets its own community's points only (`scope`, bound as @scope).
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { OverlayKind, PartyOrgKind, PartyOrgRating, FacilityKind, CaseStatus } from '../../../shared/domain';
import type { OverlayPayload } from '../../../shared/views';
import type { Db } from '../db/database';
import { caseLight } from '../cases/light';
import { buildingFeatures } from './mapBase';
import { OPEN_STATUS_SQL } from './openCases';
import { gridInScopeSql } from '../access/communityScope';
import { tenantCovered } from '../registers/partyOrgsCoverage';

type Scope = number | null;
const bind = (scope: Scope): [] | [{ scope: number }] => (scope === null ? [] : [{ scope }]);

type OverlayFeatures = OverlayPayload['features'];

function points<P>(rows: { id: number; lng: number; lat: number }[], props: (i: number) => P): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: rows.map((r, i): Feature<Point, P> => ({ type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: [r.lng, r.lat] }, properties: props(i) })),
  };
}

function households(db: Db, scope: Scope): OverlayFeatures {
  const rows = db
    .prepare(
      `SELECT b.id, b.center_lng AS lng, b.center_lat AS lat, count(DISTINCT h.id) AS households, count(r.id) AS residents
         FROM building b JOIN household h ON h.building_id = b.id LEFT JOIN resident r ON r.household_id = h.id
        WHERE ${gridInScopeSql('b.grid_id', scope)} GROUP BY b.id ORDER BY b.id`,
    )
    .all(...bind(scope)) as { id: number; lng: number; lat: number; households: number; residents: number }[];
  return points(rows, (i) => {
    const r = rows[i]!;
    return { buildingId: r.id, households: r.households, residents: r.residents };
  });
}

function partyOrgs(db: Db, scope: Scope): OverlayFeatures {
  const where = scope === null ? '1' : '(community_id IS NULL OR community_id = @scope)';
  const rows = db.prepare(`SELECT id, name, kind, level, rating, lng, lat FROM party_org WHERE ${where} ORDER BY level, id`).all(...bind(scope)) as {
    id: number;
    name: string;
    kind: PartyOrgKind;
    level: number;
    rating: PartyOrgRating;
    lng: number;
    lat: number;
  }[];
  return points(rows, (i) => {
    const r = rows[i]!;
    return { id: r.id, name: r.name, kind: r.kind, level: r.level, rating: r.rating };
  });
}

function tenants(db: Db, scope: Scope): OverlayFeatures {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.category, ${tenantCovered('t')} AS covered, t.lng, t.lat FROM tenant t JOIN building b ON b.id = t.building_id
        WHERE ${gridInScopeSql('b.grid_id', scope)} ORDER BY t.id`,
    )
    .all(...bind(scope)) as {
    id: number;
    name: string;
    category: string;
    covered: number;
    lng: number;
    lat: number;
  }[];
  return points(rows, (i) => {
    const r = rows[i]!;
    return { id: r.id, name: r.name, category: r.category, covered: r.covered === 1 };
  });
}

function cases(db: Db, now: number, scope: Scope): OverlayFeatures {
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.status, c.lng, c.lat, c.due_at, c.dispatched_at, c.supervised, k.name AS category_name, k.code AS category_code
         FROM case_file c JOIN case_category k ON k.id = c.category_id
        WHERE c.status IN ${OPEN_STATUS_SQL} AND ${gridInScopeSql('c.grid_id', scope)} ORDER BY c.id`,
    )
    .all(...bind(scope)) as { id: number; code: string; status: CaseStatus; lng: number; lat: number; due_at: number | null; dispatched_at: number | null; supervised: number; category_name: string; category_code: string }[];
  return points(rows, (i) => {
    const r = rows[i]!;
    return { id: r.id, code: r.code, status: r.status, light: caseLight(now, r.due_at, r.dispatched_at), categoryName: r.category_name, categoryCode: r.category_code, supervised: r.supervised === 1 };
  });
}

function facilities(db: Db, scope: Scope): OverlayFeatures {
  const rows = db.prepare(`SELECT id, name, kind, lng, lat FROM facility WHERE ${gridInScopeSql('grid_id', scope)} ORDER BY id`).all(...bind(scope)) as { id: number; name: string; kind: FacilityKind; lng: number; lat: number }[];
  return points(rows, (i) => {
    const r = rows[i]!;
    return { id: r.id, name: r.name, kind: r.kind };
  });
}

/** Building footprints inside the scope (the base map keeps the whole street's outlines). */
function scopedBuildings(db: Db, scope: Scope): OverlayFeatures {
  const all = buildingFeatures(db) as FeatureCollection<Polygon, OverlayPayload['features']['features'][number]['properties']>;
  if (scope === null) return all;
  const inScope = new Set(db.prepare(`SELECT id FROM building WHERE ${gridInScopeSql('grid_id', scope)}`).pluck().all({ scope }) as number[]);
  return { ...all, features: all.features.filter((f) => inScope.has(Number(f.id))) };
}

export function mapOverlay(db: Db, kind: OverlayKind, now: number, scope: Scope = null): OverlayPayload {
  const build: Record<OverlayKind, () => OverlayFeatures> = {
    buildings: () => scopedBuildings(db, scope),
    households: () => households(db, scope),
    partyOrgs: () => partyOrgs(db, scope),
    tenants: () => tenants(db, scope),
    cases: () => cases(db, now, scope),
    facilities: () => facilities(db, scope),
  };
  return { kind, features: build[kind]() };
}
