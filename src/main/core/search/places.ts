// Buildings, households and grids. Buildings: exact name or address, then name prefix, then
// anything containing the text (trigram index over name and address). Households only for
// roles that see home addresses: contained matches through the trigram index; a one- or
// two-character query (too short for trigrams) is read as a unit/room fragment (3单元, 502)
// and matched only then, because a scan for any other short text would find nothing and
// cost the whole table. Grids are a few hundred rows: a scan is an index's worth.
import type { SearchHit, UserView } from '../../../shared/views';
import { gridInScopeSql, scopeOf } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { type Path, type PathPage, runPaths } from './paths';
import type { QueryText } from './text';

interface PlaceRow {
  id: number;
  title: string;
  subtitle: string;
  lng: number;
  lat: number;
  building_id: number | null;
  match: NonNullable<SearchHit['match']>;
}

type Scope = number | null;
type User = Pick<UserView, 'role' | 'communityId'>;

const UNIT_ROOM = /^[\d单元室号楼层栋座-]+$/u;
const NONE: PathPage<SearchHit> = { rows: [], total: 0, more: false };

function params(t: QueryText, scope: Scope) {
  return { q: t.q, upper: t.upper, like: t.like, phrase: t.phrase, ...(scope === null ? {} : { scope }) };
}

export function toHits(kind: SearchHit['kind'], page: PathPage<PlaceRow>): PathPage<SearchHit> {
  return {
    ...page,
    rows: page.rows.map((r) => ({ kind, id: r.id, title: r.title, subtitle: r.subtitle, center: [r.lng, r.lat], buildingId: r.building_id, match: r.match })),
  };
}

export type { PlaceRow };

export function buildingHits(db: Db, t: QueryText, user: User, offset: number, take: number): PathPage<SearchHit> {
  const scope = scopeOf(user);
  const cols = `b.id, b.name AS title, b.address AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id`;
  const inScope = gridInScopeSql('b.grid_id', scope);
  const exact = '(b.name = @q OR b.address = @q)';
  const prefix = 'b.name > @q AND b.name < @upper';
  const paths: Path[] = [
    { rows: `SELECT ${cols}, 'exact' AS match FROM building b WHERE ${exact} AND ${inScope} ORDER BY b.id LIMIT @take OFFSET @skip`, ids: `SELECT b.id FROM building b WHERE ${exact} AND ${inScope}` },
    {
      rows: `SELECT ${cols}, 'prefix' AS match FROM building b WHERE ${prefix} AND b.address <> @q AND ${inScope} ORDER BY b.name, b.id LIMIT @take OFFSET @skip`,
      ids: `SELECT b.id FROM building b WHERE ${prefix} AND b.address <> @q AND ${inScope}`,
    },
  ];
  if (t.phrase !== null) {
    const from = `FROM building_fts f JOIN building b ON b.id = f.rowid WHERE building_fts MATCH @phrase AND NOT ${exact} AND NOT (${prefix}) AND ${inScope}`;
    paths.push({ rows: `SELECT ${cols}, 'contained' AS match ${from} ORDER BY f.rowid LIMIT @take OFFSET @skip`, ids: `SELECT b.id ${from}` });
  }
  return toHits('building', runPaths<PlaceRow>(db, paths, params(t, scope), offset, take));
}

export function householdHits(db: Db, t: QueryText, user: User, offset: number, take: number): PathPage<SearchHit> {
  // A household's address is where persons live: only for roles that see home addresses.
  if (level(user.role, 'resident', 'address') !== 'full') return NONE;
  const scope = scopeOf(user);
  const cols = `h.id, h.address AS title, b.name AS subtitle, b.center_lng AS lng, b.center_lat AS lat, b.id AS building_id`;
  const inScope = gridInScopeSql('b.grid_id', scope);
  const fts = t.phrase !== null;
  if (!fts && !UNIT_ROOM.test(t.q)) return NONE;
  const source = fts ? 'FROM household_fts f JOIN household h ON h.id = f.rowid' : 'FROM household h';
  const where = fts ? 'household_fts MATCH @phrase' : `h.address LIKE @like ESCAPE '\\'`;
  const from = `${source} JOIN building b ON b.id = h.building_id WHERE ${where} AND ${inScope}`;
  const path: Path = {
    rows: `SELECT ${cols}, 'contained' AS match ${from} ORDER BY ${fts ? 'f.rowid' : 'h.id'} LIMIT @take OFFSET @skip`,
    // Street-wide the count reads the index (or the household rows) alone, no buildings.
    ids: scope === null ? (fts ? 'SELECT f.rowid FROM household_fts f WHERE household_fts MATCH @phrase' : `SELECT h.id ${source} WHERE ${where}`) : `SELECT h.id ${from}`,
  };
  return toHits('household', runPaths<PlaceRow>(db, [path], params(t, scope), offset, take));
}

export function gridHits(db: Db, t: QueryText, user: User, offset: number, take: number): PathPage<SearchHit> {
  const scope = scopeOf(user);
  const from = `FROM grid g JOIN community c ON c.id = g.community_id WHERE (g.code = @q OR g.name LIKE @like ESCAPE '\\') AND ${gridInScopeSql('g.id', scope)}`;
  const path: Path = {
    rows: `SELECT g.id, g.name AS title, g.code || ' · ' || c.name AS subtitle, (g.min_lng + g.max_lng) / 2 AS lng, (g.min_lat + g.max_lat) / 2 AS lat, NULL AS building_id,
      CASE WHEN g.code = @q OR g.name = @q THEN 'exact' ELSE 'contained' END AS match ${from} ORDER BY g.id LIMIT @take OFFSET @skip`,
    ids: `SELECT g.id ${from}`,
  };
  return toHits('grid', runPaths<PlaceRow>(db, [path], params(t, scope), offset, take));
}
