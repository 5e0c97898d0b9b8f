// One search box for addresses, buildings, residents, tenants, grids and Party
// organisations. Names match by prefix through an index (residents are many);
// addresses and organisation names match anywhere. What a hit shows of a person follows
// access/matrix.ts: residents' names masked where the role may not see them, their
// household (unit and room) only for roles that see home addresses, no person hits at
// all for a role that sees figures only; a community account finds its community only.
import type { SearchHit, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { gridInScopeSql, scopeOf } from '../access/communityScope';
import { level } from '../access/matrix';
import { maskName, shown } from '../privacy/mask';

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

export function search(db: Db, q: string, limit: number, user: Pick<UserView, 'role' | 'communityId'>): SearchHit[] {
  const scope = scopeOf(user);
  const params = { q, like: likeAnywhere(q), upper: `${q}\u{10FFFF}`, ...(scope === null ? {} : { scope }) };
  const take = (kind: SearchHit['kind'], sql: string): SearchHit[] =>
    (db.prepare(sql).all(params) as PlaceRow[]).map((r) => ({ kind, id: r.id, title: r.title, subtitle: r.subtitle, center: [r.lng, r.lat], buildingId: r.building_id }));
  const per = Math.max(3, Math.ceil(limit / 2));
  const nameLevel = level(user.role, 'resident', 'name');
  const addressLevel = level(user.role, 'resident', 'address');
  const secretaryLevel = level(user.role, 'secretary', 'name');
  const residents =
    nameLevel === 'none' || addressLevel === 'none'
      ? []
      : take(
          'resident',
          // Without the right to home addresses a hit names the building, never the unit or room.
          `SELECT r.id, r.name AS title, ${addressLevel === 'full' ? 'h.address' : 'b.name'} AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id
             FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id
            WHERE r.name >= @q AND r.name < @upper AND ${gridInScopeSql('b.grid_id', scope)} ORDER BY r.name = @q DESC, r.name LIMIT ${per}`,
        ).map((h) => ({ ...h, title: shown(h.title, nameLevel, maskName) ?? '' }));
  const hits: SearchHit[] = [
    ...take(
      'grid',
      `SELECT g.id, g.name AS title, g.code || ' · ' || c.name AS subtitle, (g.min_lng + g.max_lng) / 2 AS lng, (g.min_lat + g.max_lat) / 2 AS lat, NULL AS building_id
         FROM grid g JOIN community c ON c.id = g.community_id WHERE (g.code = @q OR g.name LIKE @like ESCAPE '\\') AND ${gridInScopeSql('g.id', scope)} LIMIT ${per}`,
    ),
    ...take(
      'building',
      `SELECT id, name AS title, address AS subtitle, center_lng AS lng, center_lat AS lat, id AS building_id
         FROM building WHERE (name LIKE @like ESCAPE '\\' OR address LIKE @like ESCAPE '\\') AND ${gridInScopeSql('grid_id', scope)} ORDER BY length(name) LIMIT ${per}`,
    ),
    ...residents,
    ...take(
      'tenant',
      `SELECT t.id, t.name AS title, t.category || ' · ' || b.address AS subtitle, t.lng, t.lat, b.id AS building_id
         FROM tenant t JOIN building b ON b.id = t.building_id WHERE t.name LIKE @like ESCAPE '\\' AND ${gridInScopeSql('b.grid_id', scope)} ORDER BY length(t.name) LIMIT ${per}`,
    ),
    // A household's address is where persons live: only for roles that see home addresses.
    ...(addressLevel === 'full'
      ? take(
          'household',
          `SELECT h.id, h.address AS title, b.name AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id
             FROM household h JOIN building b ON b.id = h.building_id WHERE h.address LIKE @like ESCAPE '\\' AND ${gridInScopeSql('b.grid_id', scope)} LIMIT ${per}`,
        )
      : []),
    ...take(
      'partyOrg',
      `SELECT id, name AS title, secretary_name AS subtitle, lng, lat, building_id FROM party_org
        WHERE name LIKE @like ESCAPE '\\' AND ${scope === null ? '1' : '(community_id IS NULL OR community_id = @scope)'} ORDER BY level LIMIT ${per}`,
    ).map((h) => ({ ...h, subtitle: shown(h.subtitle, secretaryLevel, maskName) ?? '' })),
  ];
  // Exact title matches first, then by kind order above.
  return hits
    .map((h, i) => ({ h, i, exact: h.title === q ? 0 : 1 }))
    .sort((a, b) => a.exact - b.exact || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.h);
}
