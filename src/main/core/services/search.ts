// One search box for addresses, buildings, residents, tenants, grids and Party
// organisations. Names match by prefix through an index (residents are many);
// addresses and organisation names match anywhere.
import type { SearchHit } from '../../../shared/views';
import type { Db } from '../db/database';

/** Escape LIKE wildcards so a user's "%" or "_" is matched literally. */
function likeAnywhere(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface PlaceRow {
  id: number;
  title: string;
  subtitle: string;
  lng: number;
  lat: number;
  building_id: number | null;
}

export function search(db: Db, q: string, limit: number): SearchHit[] {
  const like = likeAnywhere(q);
  const upper = `${q}\u{10FFFF}`;
  const take = (kind: SearchHit['kind'], sql: string, ...params: unknown[]): SearchHit[] =>
    (db.prepare(sql).all(...params) as PlaceRow[]).map((r) => ({ kind, id: r.id, title: r.title, subtitle: r.subtitle, center: [r.lng, r.lat], buildingId: r.building_id }));
  const per = Math.max(3, Math.ceil(limit / 2));
  const hits: SearchHit[] = [
    ...take(
      'grid',
      `SELECT g.id, g.name AS title, g.code || ' · ' || c.name AS subtitle, (g.min_lng + g.max_lng) / 2 AS lng, (g.min_lat + g.max_lat) / 2 AS lat, NULL AS building_id
         FROM grid g JOIN community c ON c.id = g.community_id WHERE g.code = ? OR g.name LIKE ? ESCAPE '\\' LIMIT ${per}`,
      q,
      like,
    ),
    ...take(
      'building',
      `SELECT id, name AS title, address AS subtitle, center_lng AS lng, center_lat AS lat, id AS building_id
         FROM building WHERE name LIKE @like ESCAPE '\\' OR address LIKE @like ESCAPE '\\' ORDER BY length(name) LIMIT ${per}`,
      { like },
    ),
    ...take(
      'resident',
      `SELECT r.id, r.name AS title, h.address AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id
        WHERE r.name >= ? AND r.name < ? ORDER BY r.name = ? DESC, r.name LIMIT ${per}`,
      q,
      upper,
      q,
    ),
    ...take(
      'tenant',
      `SELECT t.id, t.name AS title, t.category || ' · ' || b.address AS subtitle, t.lng, t.lat, b.id AS building_id
         FROM tenant t JOIN building b ON b.id = t.building_id WHERE t.name LIKE ? ESCAPE '\\' ORDER BY length(t.name) LIMIT ${per}`,
      like,
    ),
    ...take(
      'household',
      `SELECT h.id, h.address AS title, b.name AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id
         FROM household h JOIN building b ON b.id = h.building_id WHERE h.address LIKE ? ESCAPE '\\' LIMIT ${per}`,
      like,
    ),
    ...take(
      'partyOrg',
      `SELECT id, name AS title, secretary_name AS subtitle, lng, lat, building_id FROM party_org WHERE name LIKE ? ESCAPE '\\' ORDER BY level LIMIT ${per}`,
      like,
    ),
  ];
  // Exact title matches first, then by kind order above.
  return hits
    .map((h, i) => ({ h, i, exact: h.title === q ? 0 : 1 }))
    .sort((a, b) => a.exact - b.exact || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.h);
}
