// When each tagged resident is next due a visit, per visitor kind: the last visit's
// China-time date plus the rule's interval. A visit is overdue from the day after its due
// date (a weekly visit made on Monday afternoon is on time all next Monday). A resident
// never visited is due at once. Residents who left the street are not in `resident` (they
// moved to resident_departed), so they fall out of every list without a filter.
import type { CareRuleView, CareVisitor, DueVisit } from '../../../shared/care';
import type { ResidentTag } from '../../../shared/domain';
import { CHINA_OFFSET_MS, shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { maskName } from '../privacy/mask';
import { intervalsFor } from './careRules';

const DAY_MS = 86_400_000;

export interface CareResidentDb {
  id: number;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  tags: string;
  household_id: number;
  building_id: number;
  address: string;
  grid_id: number;
  community_id: number;
}

export interface CareFilter {
  /** The caller's community, or null for the whole street. */
  scope: number | null;
  gridId?: number | undefined;
  residentId?: number | undefined;
  tag?: ResidentTag | undefined;
}

/** Residents on the register with at least one care tag, in the filter. */
export function loadCareResidents(db: Db, f: CareFilter): CareResidentDb[] {
  const where = ["r.tags <> '[]'"];
  const params: Record<string, unknown> = {};
  if (f.scope !== null) {
    where.push('g.community_id = @scope');
    params.scope = f.scope;
  }
  if (f.gridId !== undefined) {
    where.push('b.grid_id = @grid');
    params.grid = f.gridId;
  }
  if (f.residentId !== undefined) {
    where.push('r.id = @resident');
    params.resident = f.residentId;
  }
  if (f.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(r.tags) WHERE value = @tag)');
    params.tag = f.tag;
  }
  return db
    .prepare(
      `SELECT r.id, r.name, r.gender, r.birth_date, r.tags, r.household_id, h.building_id, h.address, b.grid_id, g.community_id
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE ${where.join(' AND ')} ORDER BY b.grid_id, h.building_id, r.id`,
    )
    .all(params) as CareResidentDb[];
}

/** The latest visit per resident and visitor kind (the kept table, see migration 0017). */
export function lastVisits(db: Db, residentIds: readonly number[] | null): Map<string, number> {
  const out = new Map<string, number>();
  const rows = (
    residentIds === null
      ? db.prepare('SELECT resident_id, visitor, visited_at FROM care_last_visit').all()
      : db.prepare('SELECT resident_id, visitor, visited_at FROM care_last_visit WHERE resident_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(residentIds))
  ) as { resident_id: number; visitor: CareVisitor; visited_at: number }[];
  for (const r of rows) out.set(`${r.resident_id}:${r.visitor}`, r.visited_at);
  return out;
}

export interface VisitorPosts {
  buildingHead: Map<number, { id: number; name: string }>;
  gridWorker: Map<number, { id: number; name: string }>;
  communityName: Map<number, string>;
}

/** The serving 楼栋长 of each building and 网格员 of each grid (the lowest post id when there are several). */
export function visitorPosts(db: Db): VisitorPosts {
  const buildingHead = new Map<number, { id: number; name: string }>();
  const gridWorker = new Map<number, { id: number; name: string }>();
  const rows = db
    .prepare("SELECT id, role, grid_id, building_id, name FROM grid_staff WHERE vacated_on IS NULL AND role IN ('building_head', 'grid_worker') ORDER BY id DESC")
    .all() as { id: number; role: string; grid_id: number; building_id: number | null; name: string }[];
  for (const r of rows) {
    if (r.role === 'building_head' && r.building_id !== null) buildingHead.set(r.building_id, { id: r.id, name: r.name });
    if (r.role === 'grid_worker') gridWorker.set(r.grid_id, { id: r.id, name: r.name });
  }
  const communityName = new Map((db.prepare('SELECT id, name FROM community').all() as { id: number; name: string }[]).map((c) => [c.id, c.name]));
  return { buildingHead, gridWorker, communityName };
}

export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** One due visit: overdue when today (China time) is after the due date. */
/** Days since 1970-01-01 in China time (whole calendar days, no daylight saving in China). */
function chinaDay(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

export function dueOf(lastVisitAt: number | null, everyDays: number, now: number): { dueDate: string | null; daysOverdue: number | null; overdue: boolean } {
  if (lastVisitAt === null) return { dueDate: null, daysOverdue: null, overdue: true };
  const dueDay = chinaDay(lastVisitAt) + everyDays;
  const late = chinaDay(now) - dueDay;
  return { dueDate: new Date(dueDay * DAY_MS).toISOString().slice(0, 10), daysOverdue: Math.max(0, late), overdue: late > 0 };
}

export function isOverdue(d: Pick<DueVisit, 'daysOverdue' | 'lastVisitAt'>): boolean {
  return d.lastVisitAt === null || (d.daysOverdue ?? 0) > 0;
}

/** Every visit owed to these residents under the rules, overdue or not. */
export function dueVisits(residents: readonly CareResidentDb[], rules: readonly CareRuleView[], last: Map<string, number>, posts: VisitorPosts, now: number): DueVisit[] {
  const today = shanghaiDate(now);
  const out: DueVisit[] = [];
  for (const r of residents) {
    const tags = JSON.parse(r.tags) as ResidentTag[];
    for (const [visitor, everyDays] of intervalsFor(tags, rules)) {
      const lastVisitAt = last.get(`${r.id}:${visitor}`) ?? null;
      const due = dueOf(lastVisitAt, everyDays, now);
      const post = visitor === 'building_head' ? posts.buildingHead.get(r.building_id) : visitor === 'grid_worker' ? posts.gridWorker.get(r.grid_id) : undefined;
      out.push({
        residentId: r.id,
        name: maskName(r.name),
        age: ageOn(r.birth_date, today),
        tags,
        householdId: r.household_id,
        buildingId: r.building_id,
        address: r.address,
        gridId: r.grid_id,
        visitor,
        visitorStaffId: post?.id ?? null,
        visitorName: visitor === 'community' ? (posts.communityName.get(r.community_id) ?? '') : (post?.name ?? ''),
        everyDays,
        lastVisitAt,
        dueDate: due.dueDate,
        daysOverdue: due.daysOverdue,
      });
    }
  }
  return out;
}
