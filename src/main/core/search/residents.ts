// Residents by name (exact, then by prefix, then by given name alone) and by phone (full or
// last digits), every path on an index (resident_name, resident_given_name,
// resident_phone_tail) with LIMIT/OFFSET in its query. What a hit carries of the person
// follows access/matrix.ts: the name masked or absent; the household (unit and room), sex
// and age only for roles that see home addresses, as building.detail lists them.
import type { SearchHit, UserView } from '../../../shared/views';
import { gridInScopeSql, scopeOf } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';
import { ageAt } from '../services/refs';
import { givenNameSql } from './givenName';
import { type Path, type PathPage, runPaths } from './paths';
import type { QueryText } from './text';

interface ResidentRow {
  id: number;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  household_address: string;
  building_name: string;
  building_id: number;
  lng: number;
  lat: number;
}

type Match = NonNullable<SearchHit['match']>;

const GIVEN = givenNameSql('r.name');
const FROM = 'FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id';
const COLUMNS = `r.id, r.name, r.gender, r.birth_date, h.address AS household_address, b.name AS building_name, b.id AS building_id,
  b.center_lng AS lng, b.center_lat AS lat`;

function path(where: string, order: string, scope: number | null, match: Match): Path {
  const w = `${where} AND ${gridInScopeSql('b.grid_id', scope)}`;
  return {
    rows: `SELECT ${COLUMNS}, '${match}' AS match ${FROM} WHERE ${w} ORDER BY ${order} LIMIT @take OFFSET @skip`,
    // Street-wide, the count reads the index alone: joining 1,000 rows to their homes on a
    // cold cache is what made "王" slow at scale 4.
    ids: scope === null ? `SELECT r.id FROM resident r WHERE ${where}` : `SELECT r.id ${FROM} WHERE ${w}`,
  };
}

function pathsFor(t: QueryText, scope: number | null, byPhone: boolean): Path[] {
  if (t.phoneTail !== null) {
    // The tail index narrows to about one in 10,000; the LIKE then checks the rest of the digits.
    return byPhone ? [path(`substr(r.phone, -4) = substr(@q, -4) AND r.phone LIKE '%' || @q`, 'r.id', scope, 'phone')] : [];
  }
  return [
    path('r.name = @q', 'r.id', scope, 'exact'),
    path('r.name > @q AND r.name < @upper', 'r.name, r.id', scope, 'prefix'),
    // Given name alone: 小明 → 王小明, 欧阳小明; names that also start with q were found above.
    path(`${GIVEN} >= @q AND ${GIVEN} < @upper AND NOT (r.name >= @q AND r.name < @upper)`, `${GIVEN}, r.id`, scope, 'givenName'),
  ];
}

export function residentHits(
  db: Db,
  t: QueryText,
  user: Pick<UserView, 'role' | 'communityId'>,
  now: number,
  offset: number,
  take: number,
): PathPage<SearchHit> {
  const nameLevel = level(user.role, 'resident', 'name');
  const addressLevel = level(user.role, 'resident', 'address');
  if (nameLevel === 'none' || addressLevel === 'none') return { rows: [], total: 0, more: false };
  // Finding a person by a phone the role may not see would tell it whose number that is.
  const byPhone = level(user.role, 'resident', 'phone') !== 'none';
  const scope = scopeOf(user);
  const params = { q: t.q, upper: t.upper, ...(scope === null ? {} : { scope }) };
  const page = runPaths<ResidentRow & { match: Match }>(db, pathsFor(t, scope, byPhone), params, offset, take);
  const home = addressLevel === 'full';
  return {
    ...page,
    rows: page.rows.map((r) => ({
      kind: 'resident',
      id: r.id,
      title: shown(r.name, nameLevel, maskName) ?? '',
      // Without the right to home addresses a hit names the building, never the unit or room.
      subtitle: home ? r.household_address : r.building_name,
      center: [r.lng, r.lat],
      buildingId: r.building_id,
      match: r.match,
      ...(home ? { sex: r.gender, age: ageAt(r.birth_date, now) } : {}),
    })),
  };
}
