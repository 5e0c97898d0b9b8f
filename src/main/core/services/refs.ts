// Row → view conversions used by several detail screens: grid references, Party
// organisation briefs, case briefs. One place per entity, so every drawer agrees.
import { ApiError } from '../../../shared/errors';
import type { CaseClass, CaseSource, CaseStatus, PartyOrgKind, PartyOrgRating } from '../../../shared/domain';
import type { CaseBrief, GridRef, PartyOrgBrief } from '../../../shared/views';
import type { Db } from '../db/database';
import { CHINA_OFFSET_MS } from '../calendar/workCalendar';
import { caseLight } from '../cases/light';
import { OPEN_STATUS_SQL } from './openCases';

export function notFound(what: string, id: number): ApiError {
  return new ApiError('not_found', `${what} ${id} does not exist`);
}

interface GridRefRow {
  id: number;
  code: string;
  name: string;
  community_id: number;
  community_name: string;
}

export function gridRef(db: Db, gridId: number): GridRef {
  const r = db
    .prepare('SELECT g.id, g.code, g.name, g.community_id, c.name AS community_name FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?')
    .get(gridId) as GridRefRow | undefined;
  if (!r) throw notFound('grid', gridId);
  return { id: r.id, code: r.code, name: r.name, communityId: r.community_id, communityName: r.community_name };
}

export interface PartyOrgBriefRow {
  id: number;
  name: string;
  kind: PartyOrgKind;
  level: number;
  rating: PartyOrgRating;
}

export const PARTY_ORG_BRIEF_COLUMNS = 'p.id, p.name, p.kind, p.level, p.rating';

export function toPartyOrgBrief(r: PartyOrgBriefRow): PartyOrgBrief {
  return { id: r.id, name: r.name, kind: r.kind, level: r.level, rating: r.rating };
}

interface CaseBriefRow {
  id: number;
  code: string;
  status: CaseStatus;
  class: CaseClass;
  category_name: string;
  category_code: string;
  source: CaseSource;
  address: string;
  reported_at: number;
  dispatched_at: number | null;
  due_at: number | null;
  supervised: number;
}

/** Open cases matching a WHERE fragment over case_file c, most urgent first. */
export function openCaseBriefs(db: Db, where: string, params: unknown[], now: number, limit = 50): CaseBrief[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.status, k.class, k.code AS category_code, k.name AS category_name, c.source, c.address, c.reported_at, c.dispatched_at, c.due_at, c.supervised
         FROM case_file c JOIN case_category k ON k.id = c.category_id
        WHERE c.status IN ${OPEN_STATUS_SQL} AND ${where}
        ORDER BY c.due_at IS NULL, c.due_at LIMIT ${Math.trunc(limit)}`,
    )
    .all(...params) as CaseBriefRow[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: r.status,
    light: caseLight(now, r.due_at, r.dispatched_at),
    categoryCode: r.category_code,
    categoryName: r.category_name,
    caseClass: r.class,
    source: r.source,
    address: r.address,
    reportedAt: r.reported_at,
    dueAt: r.due_at,
    supervised: r.supervised === 1,
  }));
}

/** Whole years between a 'YYYY-MM-DD' birth date and a moment, in China time. */
export function ageAt(birthDate: string, now: number): number {
  const d = new Date(now + CHINA_OFFSET_MS);
  const [y, m, day] = birthDate.split('-').map(Number) as [number, number, number];
  let age = d.getUTCFullYear() - y;
  if (d.getUTCMonth() + 1 < m || (d.getUTCMonth() + 1 === m && d.getUTCDate() < day)) age -= 1;
  return age;
}
