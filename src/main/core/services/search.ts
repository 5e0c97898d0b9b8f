// One search box for case codes, grids, buildings, residents, tenants, households and Party
// organisations: names exact, by prefix and contained, a resident's given name alone, phones
// (full or last digits), case codes, USCCs and addresses, each answered from an index with
// the limit inside the query (core/search/). Each kind reports how many hits it has (counted
// up to a cap) so the box can show the total and page with "more" (offset + kinds).
// What a hit shows of a person follows access/matrix.ts: residents' names masked where the
// role may not see them, their household (unit and room), sex and age only for roles that
// see home addresses, no person hits at all for a role that sees figures only; a community
// account finds its community only.
import { SEARCH_HIT_KINDS, type SearchHit, type SearchHitKind, type UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { caseHits } from '../search/cases';
import { partyOrgHits, tenantHits } from '../search/organisations';
import type { PathPage } from '../search/paths';
import { buildingHits, gridHits, householdHits } from '../search/places';
import { residentHits } from '../search/residents';
import { readQuery, type QueryText } from '../search/text';

export interface SearchRequest {
  q: string;
  limit: number;
  /** Hits of each asked kind to skip ("more"); meant with one kind at a time. */
  offset?: number;
  kinds?: readonly SearchHitKind[];
}

type User = Pick<UserView, 'role' | 'communityId'>;
type KindSearch = (db: Db, t: QueryText, user: User, now: number, offset: number, take: number) => PathPage<SearchHit>;

const BY_KIND: Record<SearchHitKind, KindSearch> = {
  case: (db, t, user, _now, offset, take) => caseHits(db, t, user, offset, take),
  grid: (db, t, user, _now, offset, take) => gridHits(db, t, user, offset, take),
  building: (db, t, user, _now, offset, take) => buildingHits(db, t, user, offset, take),
  resident: residentHits,
  tenant: (db, t, user, _now, offset, take) => tenantHits(db, t, user, offset, take),
  household: (db, t, user, _now, offset, take) => householdHits(db, t, user, offset, take),
  partyOrg: (db, t, user, _now, offset, take) => partyOrgHits(db, t, user, offset, take),
};

export function search(db: Db, request: SearchRequest, user: User, now: number): SearchHit[] {
  const t = readQuery(request.q);
  const kinds = request.kinds ?? SEARCH_HIT_KINDS;
  const offset = request.offset ?? 0;
  // Across several kinds each gets a share, so one crowded kind (71,593 王…) cannot hide the rest.
  const per = kinds.length === 1 ? request.limit : Math.max(3, Math.ceil(request.limit / 2));
  const groups = SEARCH_HIT_KINDS.filter((k) => kinds.includes(k))
    .map((kind) => BY_KIND[kind](db, t, user, now, offset, per))
    .filter((page) => page.rows.length > 0)
    .map((page) => page.rows.map((hit): SearchHit => ({ ...hit, kindTotal: page.total, kindTotalMore: page.more })));
  // Kinds whose first hit is the text itself come first; within a kind the index order stays,
  // so what is shown of a kind is always its first hits and "more" continues from there.
  const exactFirst = groups.map((hits, i) => ({ hits, i, exact: hits[0]?.title === t.q || hits[0]?.match === 'exact' ? 0 : 1 }));
  exactFirst.sort((a, b) => a.exact - b.exact || a.i - b.i);
  return exactFirst.flatMap((g) => g.hits).slice(0, request.limit);
}
