// Cases by code (AJ + date + serial, or its digits alone), newest first, on the code's
// unique index. A hit names the category and grid only: a case's address can be a home.
import type { SearchHit, UserView } from '../../../shared/views';
import { gridInScopeSql, scopeOf } from '../access/communityScope';
import type { Db } from '../db/database';
import { type Path, type PathPage, runPaths } from './paths';
import { type PlaceRow, toHits } from './places';
import type { QueryText } from './text';

export function caseHits(db: Db, t: QueryText, user: Pick<UserView, 'communityId'>, offset: number, take: number): PathPage<SearchHit> {
  if (t.caseCode === null) return { rows: [], total: 0, more: false };
  const scope = scopeOf(user);
  const where = `c.code >= @code AND c.code < @codeUpper AND ${gridInScopeSql('c.grid_id', scope)}`;
  const path: Path = {
    rows: `SELECT c.id, c.code AS title, k.name || ' · ' || g.name AS subtitle, c.lng, c.lat, NULL AS building_id, CASE WHEN c.code = @code THEN 'exact' ELSE 'code' END AS match
      FROM case_file c JOIN case_category k ON k.id = c.category_id JOIN grid g ON g.id = c.grid_id WHERE ${where} ORDER BY c.code DESC LIMIT @take OFFSET @skip`,
    ids: `SELECT c.id FROM case_file c WHERE ${where}`,
  };
  const params = { code: t.caseCode, codeUpper: `${t.caseCode}\u{10FFFF}`, ...(scope === null ? {} : { scope }) };
  return toHits('case', runPaths<PlaceRow>(db, [path], params, offset, take));
}
