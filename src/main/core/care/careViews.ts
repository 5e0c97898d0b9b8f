// The care queue, list and a resident's care history, shaped per role (see careAccess.ts).
import type { CareGridCount, CareHistory, CareList, CareQueue, CareResidentRow, CareVisitor, CareVisitorCount, DueVisit } from '../../../shared/care';
import { RESIDENT_TAGS, type ResidentTag } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { maskName } from '../privacy/mask';
import { seesNames } from './careAccess';
import { careRules } from './careRules';
import { ageOn, dueVisits, isOverdue, lastVisits, loadCareResidents, visitorPosts, type CareFilter, type CareResidentDb } from './dueVisits';
import { openTasks, tasksOfHousehold } from './visitTasks';
import { visitsOf } from './visits';

const QUEUE_ITEMS = 200;

function gridNames(db: Db): Map<number, { name: string; community: string }> {
  const rows = db.prepare('SELECT g.id, g.name, c.name AS community FROM grid g JOIN community c ON c.id = g.community_id').all() as { id: number; name: string; community: string }[];
  return new Map(rows.map((r) => [r.id, { name: r.name, community: r.community }]));
}

function byGridOf(db: Db, residents: readonly CareResidentDb[], overdueResidents: ReadonlySet<number>): CareGridCount[] {
  const names = gridNames(db);
  const counts = new Map<number, CareGridCount>();
  for (const r of residents) {
    let c = counts.get(r.grid_id);
    if (!c) {
      const n = names.get(r.grid_id);
      counts.set(r.grid_id, (c = { gridId: r.grid_id, gridName: n?.name ?? '', communityName: n?.community ?? '', residents: 0, overdue: 0 }));
    }
    c.residents += 1;
    if (overdueResidents.has(r.id)) c.overdue += 1;
  }
  return [...counts.values()].sort((a, b) => b.overdue - a.overdue || a.gridId - b.gridId);
}

/** Every due visit in the filter, computed from the rules and the latest visits at `now`. */
export function computeDue(db: Db, filter: CareFilter, now: number): { residents: CareResidentDb[]; due: DueVisit[] } {
  const residents = loadCareResidents(db, filter);
  const last = lastVisits(db, filter.residentId !== undefined || filter.gridId !== undefined ? residents.map((r) => r.id) : null);
  return { residents, due: dueVisits(residents, careRules(db), last, visitorPosts(db), now) };
}

export function careQueue(db: Db, user: UserView, now: number, input: { gridId?: number | undefined; visitor?: CareVisitor | undefined }): CareQueue {
  const { residents, due } = computeDue(db, { scope: user.communityId, gridId: input.gridId }, now);
  const overdue = due.filter(isOverdue).filter((d) => input.visitor === undefined || d.visitor === input.visitor);
  const overdueResidents = new Set(overdue.map((d) => d.residentId));
  const visitors = new Map<string, CareVisitorCount>();
  const communityOfGrid = new Map(residents.map((r) => [r.grid_id, r.community_id]));
  for (const d of overdue) {
    const key = d.visitor === 'community' ? `community:${communityOfGrid.get(d.gridId)}` : `${d.visitor}:${d.visitorStaffId ?? `vacant-${d.gridId}`}`;
    let v = visitors.get(key);
    if (!v) visitors.set(key, (v = { visitor: d.visitor, staffId: d.visitorStaffId, name: d.visitorName, gridId: d.visitor === 'community' ? null : d.gridId, overdue: 0 }));
    v.overdue += 1;
  }
  const names = seesNames(user.role);
  const items = names
    ? [...overdue].sort((a, b) => (b.lastVisitAt === null ? 1e9 : (b.daysOverdue ?? 0)) - (a.lastVisitAt === null ? 1e9 : (a.daysOverdue ?? 0)) || a.residentId - b.residentId).slice(0, QUEUE_ITEMS)
    : [];
  return {
    detail: names ? 'names' : 'counts',
    asOf: now,
    totalResidents: residents.length,
    totalOverdue: overdueResidents.size,
    byGrid: byGridOf(db, residents, overdueResidents),
    byVisitor: [...visitors.values()].sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name)),
    items,
    tasks: names ? openTasks(db, user.communityId, input.gridId) : [],
  };
}

export function careList(db: Db, user: UserView, now: number, input: { gridId?: number | undefined; tag?: ResidentTag | undefined; limit?: number | undefined; offset?: number | undefined }): CareList {
  const { residents, due } = computeDue(db, { scope: user.communityId, gridId: input.gridId, tag: input.tag }, now);
  const overdueResidents = new Set(due.filter(isOverdue).map((d) => d.residentId));
  const byTag = RESIDENT_TAGS.map((tag) => ({ tag, residents: 0 }));
  for (const r of residents) for (const t of JSON.parse(r.tags) as ResidentTag[]) byTag[RESIDENT_TAGS.indexOf(t)]!.residents += 1;
  const names = seesNames(user.role);
  const lastAt = new Map<number, number>();
  for (const d of due) if (d.lastVisitAt !== null && d.lastVisitAt > (lastAt.get(d.residentId) ?? 0)) lastAt.set(d.residentId, d.lastVisitAt);
  const today = shanghaiDate(now);
  const offset = input.offset ?? 0;
  const rows: CareResidentRow[] = names
    ? residents.slice(offset, offset + (input.limit ?? 50)).map((r) => ({
        residentId: r.id,
        name: maskName(r.name),
        age: ageOn(r.birth_date, today),
        gender: r.gender,
        tags: JSON.parse(r.tags) as ResidentTag[],
        householdId: r.household_id,
        buildingId: r.building_id,
        address: r.address,
        gridId: r.grid_id,
        lastVisitAt: lastAt.get(r.id) ?? null,
        overdue: overdueResidents.has(r.id),
      }))
    : [];
  return { detail: names ? 'names' : 'counts', total: residents.length, byTag, byGrid: byGridOf(db, residents, overdueResidents), rows };
}

export function careHistory(db: Db, user: UserView, now: number, residentId: number): CareHistory {
  if (!seesNames(user.role)) throw new ApiError('unauthorized', `the ${user.role} role may not read a resident's care history (care data is for the register roles)`);
  const r = db.prepare('SELECT id, tags, household_id FROM resident WHERE id = ?').get(residentId) as { id: number; tags: string; household_id: number } | undefined;
  if (!r) throw new ApiError('not_found', `residentId: no resident on the register with id ${residentId}`, [{ path: 'residentId', message: 'does not exist' }]);
  const { due } = computeDue(db, { scope: user.communityId, residentId }, now);
  return { residentId, tags: JSON.parse(r.tags) as ResidentTag[], due, visits: visitsOf(db, residentId), tasks: tasksOfHousehold(db, r.household_id) };
}
