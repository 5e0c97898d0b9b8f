// Tenants (shops and companies) and Party organisations. Tenants: USCC by prefix, the
// contact phone by its last digits (roles that may see it), then name exact, prefix and
// contained (trigram index). Party organisations: name through the trigram index, or for
// one or two characters a scan of the table (hundreds of rows, one per branch).
import type { SearchHit, UserView } from '../../../shared/views';
import { gridInScopeSql, scopeOf } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';
import { type Path, type PathPage, runPaths } from './paths';
import { type PlaceRow, toHits } from './places';
import type { QueryText } from './text';

type User = Pick<UserView, 'role' | 'communityId'>;

export function tenantHits(db: Db, t: QueryText, user: User, offset: number, take: number): PathPage<SearchHit> {
  const scope = scopeOf(user);
  const cols = `t.id, t.name AS title, t.category || ' · ' || b.address AS subtitle, t.lng, t.lat, b.id AS building_id`;
  const inScope = gridInScopeSql('b.grid_id', scope);
  /** `source` names the tenant rows (t), perhaps through the trigram index (f); the building is joined for the hit and the scope. */
  const path = (match: string, where: string, order: string, source = 'FROM tenant t'): Path => {
    const from = `${source} JOIN building b ON b.id = t.building_id WHERE ${where} AND ${inScope}`;
    return {
      rows: `SELECT ${cols}, '${match}' AS match ${from} ORDER BY ${order} LIMIT @take OFFSET @skip`,
      // Street-wide the count needs no building: it reads the tenant's own indexes.
      ids: scope === null ? `SELECT t.id ${source} WHERE ${where}` : `SELECT t.id ${from}`,
    };
  };
  const paths: Path[] = [];
  if (t.uscc !== null) paths.push(path('uscc', 't.uscc >= @uscc AND t.uscc < @usccUpper', 't.uscc'));
  if (t.phoneTail !== null && level(user.role, 'tenantContact', 'phone') !== 'none') {
    paths.push(path('phone', `substr(t.phone, -4) = substr(@q, -4) AND t.phone LIKE '%' || @q`, 't.id'));
  }
  paths.push(path('exact', 't.name = @q', 't.id'), path('prefix', 't.name > @q AND t.name < @upper', 't.name, t.id'));
  if (t.phrase !== null) {
    paths.push(
      path('contained', 'tenant_fts MATCH @phrase AND NOT (t.name >= @q AND t.name < @upper)', 'f.rowid', 'FROM tenant_fts f JOIN tenant t ON t.id = f.rowid'),
    );
  }
  const params = {
    q: t.q,
    upper: t.upper,
    phrase: t.phrase,
    uscc: t.uscc,
    usccUpper: t.uscc === null ? null : `${t.uscc}\u{10FFFF}`,
    ...(scope === null ? {} : { scope }),
  };
  return toHits('tenant', runPaths<PlaceRow>(db, paths, params, offset, take));
}

export function partyOrgHits(db: Db, t: QueryText, user: User, offset: number, take: number): PathPage<SearchHit> {
  const scope = scopeOf(user);
  const inScope = scope === null ? '1' : '(p.community_id IS NULL OR p.community_id = @scope)';
  const from =
    t.phrase !== null
      ? `FROM party_org_fts f JOIN party_org p ON p.id = f.rowid WHERE party_org_fts MATCH @phrase AND ${inScope}`
      : `FROM party_org p WHERE p.name LIKE @like ESCAPE '\\' AND ${inScope}`;
  const path: Path = {
    rows: `SELECT p.id, p.name AS title, p.secretary_name AS subtitle, p.lng, p.lat, p.building_id, CASE WHEN p.name = @q THEN 'exact' ELSE 'contained' END AS match
      ${from} ORDER BY p.name = @q DESC, p.level, p.id LIMIT @take OFFSET @skip`,
    ids: `SELECT p.id ${from}`,
  };
  const page = toHits('partyOrg', runPaths<PlaceRow>(db, [path], { q: t.q, like: t.like, phrase: t.phrase, ...(scope === null ? {} : { scope }) }, offset, take));
  const secretary = level(user.role, 'secretary', 'name');
  return { ...page, rows: page.rows.map((h) => ({ ...h, subtitle: shown(h.subtitle, secretary, maskName) ?? '' })) };
}
