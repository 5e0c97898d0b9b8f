// Recording a 楼栋工作日 visit and reading visits back. A visit is one transaction: the visit,
// each problem found, the case each "case" problem becomes (领导交办, at the building), and
// the audit entry; a bad reference anywhere refuses the whole visit.
import type { VisitProblemView, VisitRecordInput, VisitView } from '../../../shared/buildingDays';
import type { UserView } from '../../../shared/views';
import { outOfScope } from '../access/communityScope';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import { reportCase } from '../cases/report';
import type { Db } from '../db/database';
import { cadreOfUser } from './cadres';
import { refuse } from './errors';

export interface RecordedVisit {
  id: number;
  communityId: number;
  gridId: number;
  cases: { caseId: number; gridId: number }[];
}

/** The cadre a visit is for: a leader's own, or the one the desk names. */
function visitCadre(db: Db, input: VisitRecordInput, user: UserView): number {
  if (user.role === 'leader') {
    const own = cadreOfUser(db, user.id);
    if (own === null) throw refuse('invalid_input', 'cadreId', 'cannot be found: this account is no cadre’s; an administrator links it in 楼栋工作日', 'no_cadre');
    if (input.cadreId !== undefined && input.cadreId !== own) throw refuse('unauthorized', 'cadreId', `names cadre ${input.cadreId}: a leader records only their own visits`, 'not_own_cadre');
    return own;
  }
  if (input.cadreId === undefined) throw refuse('invalid_input', 'cadreId', 'is required: whose visit this is');
  return input.cadreId;
}

export function recordVisit(db: Db, input: VisitRecordInput, user: UserView, now: number): RecordedVisit {
  if (input.visitedOn > shanghaiDate(now)) throw refuse('invalid_input', 'visitedOn', 'is in the future: a visit is recorded after it was made', 'date_after_today');
  return db.transaction(() => {
    const cadreId = visitCadre(db, input, user);
    if (!db.prepare('SELECT 1 FROM cadre WHERE id = ?').get(cadreId)) throw refuse('not_found', 'cadreId', `names no cadre (${cadreId})`);
    const b = db.prepare('SELECT b.id, b.center_lng, b.center_lat, b.grid_id, g.community_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?').get(input.buildingId) as
      | { id: number; center_lng: number; center_lat: number; grid_id: number; community_id: number }
      | undefined;
    if (!b) throw refuse('invalid_input', 'buildingId', `names no building (${input.buildingId})`);
    if (user.communityId !== null && user.communityId !== b.community_id) throw outOfScope('building', b.id, user.communityId);
    const held = db.prepare('SELECT 1 FROM cadre_building WHERE cadre_id = ? AND building_id = ? AND released_on IS NULL').get(cadreId, b.id);
    if (!held) throw refuse('conflict', 'buildingId', `is not in cadre ${cadreId}'s share of buildings: assign it first`, 'not_assigned');
    const visitId = Number(
      db
        .prepare('INSERT INTO building_visit (cadre_id, building_id, visited_on, households_met, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(cadreId, b.id, input.visitedOn, input.householdsMet, input.note ?? '', user.id, now).lastInsertRowid,
    );
    const insertProblem = db.prepare('INSERT INTO building_visit_problem (visit_id, summary, outcome, ref_id) VALUES (?, ?, ?, ?)');
    const cases: RecordedVisit['cases'] = [];
    input.problems.forEach((p, i) => {
      let ref: number | null = null;
      if (p.outcome === 'case') {
        const made = reportCase(db, { source: 'leader', categoryId: p.categoryId, lng: b.center_lng, lat: b.center_lat, buildingId: b.id, description: p.summary }, user, now);
        ref = made.caseId;
        cases.push({ caseId: made.caseId, gridId: made.gridId });
      } else if (p.outcome === 'need') {
        const need = db.prepare("SELECT community_id FROM party_list_item WHERE id = ? AND kind = 'need'").pluck().get(p.needId) as number | undefined;
        if (need === undefined) throw refuse('invalid_input', `problems.${i}.needId`, `names no need on the 三张清单 (${p.needId})`);
        if (need !== b.community_id) throw refuse('invalid_input', `problems.${i}.needId`, `is a need of community ${need}, not of the building's community ${b.community_id}`);
        ref = p.needId;
      } else if (p.outcome === 'wish') {
        const wish = db.prepare('SELECT g.community_id FROM micro_wish w JOIN building bb ON bb.id = w.building_id JOIN grid g ON g.id = bb.grid_id WHERE w.id = ?').pluck().get(p.wishId) as number | undefined;
        if (wish === undefined) throw refuse('invalid_input', `problems.${i}.wishId`, `names no 微心愿 (${p.wishId})`);
        if (wish !== b.community_id) throw refuse('invalid_input', `problems.${i}.wishId`, `is a wish of community ${wish}, not of the building's community ${b.community_id}`);
        ref = p.wishId;
      }
      insertProblem.run(visitId, p.summary, p.outcome, ref);
    });
    appendAudit(db, now, {
      userId: user.id,
      action: 'buildingDay.visit',
      entity: 'building_visit',
      entityId: visitId,
      detail: { cadreId, buildingId: b.id, visitedOn: input.visitedOn, householdsMet: input.householdsMet, problems: input.problems.map((p) => p.outcome), caseIds: cases.map((c) => c.caseId) },
    });
    return { id: visitId, communityId: b.community_id, gridId: b.grid_id, cases };
  })();
}

interface VisitRow {
  id: number;
  cadre_id: number;
  cadre_name: string;
  building_id: number;
  building_name: string;
  grid_name: string;
  visited_on: string;
  households_met: number;
  note: string;
}

const VISIT_SQL = `
  SELECT v.id, v.cadre_id, c.name AS cadre_name, v.building_id, b.name AS building_name, g.name AS grid_name, v.visited_on, v.households_met, v.note
    FROM building_visit v JOIN cadre c ON c.id = v.cadre_id JOIN building b ON b.id = v.building_id JOIN grid g ON g.id = b.grid_id`;

function problemsOf(db: Db, visitIds: number[]): Map<number, VisitProblemView[]> {
  const rows = db
    .prepare(
      `SELECT p.visit_id, p.id, p.summary, p.outcome, p.ref_id,
              CASE p.outcome WHEN 'case' THEN (SELECT code FROM case_file WHERE id = p.ref_id)
                             WHEN 'need' THEN (SELECT code FROM party_list_item WHERE id = p.ref_id)
                             WHEN 'wish' THEN (SELECT code FROM micro_wish WHERE id = p.ref_id) END AS ref_code
         FROM building_visit_problem p WHERE p.visit_id IN (SELECT value FROM json_each(?)) ORDER BY p.id`,
    )
    .all(JSON.stringify(visitIds)) as { visit_id: number; id: number; summary: string; outcome: VisitProblemView['outcome']; ref_id: number | null; ref_code: string | null }[];
  const out = new Map<number, VisitProblemView[]>();
  for (const r of rows) {
    const list = out.get(r.visit_id) ?? [];
    list.push({ id: r.id, summary: r.summary, outcome: r.outcome, refId: r.ref_id, refCode: r.ref_code });
    out.set(r.visit_id, list);
  }
  return out;
}

export function listVisits(db: Db, filter: { buildingId?: number | undefined; cadreId?: number | undefined; limit: number }, user: UserView): VisitView[] {
  const where: string[] = [];
  const params: Record<string, number> = { limit: filter.limit };
  if (filter.buildingId !== undefined) {
    where.push('v.building_id = @building');
    params.building = filter.buildingId;
  }
  if (filter.cadreId !== undefined) {
    where.push('v.cadre_id = @cadre');
    params.cadre = filter.cadreId;
  }
  if (user.communityId !== null) {
    where.push('g.community_id = @scope');
    params.scope = user.communityId;
  }
  const rows = db.prepare(`${VISIT_SQL} WHERE ${where.join(' AND ')} ORDER BY v.visited_on DESC, v.id DESC LIMIT @limit`).all(params) as VisitRow[];
  const problems = problemsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    buildingId: r.building_id,
    buildingName: r.building_name,
    gridName: r.grid_name,
    visitedOn: r.visited_on,
    householdsMet: r.households_met,
    note: r.note,
    problems: problems.get(r.id) ?? [],
  }));
}

export function visitView(db: Db, id: number): VisitView {
  const r = db.prepare(`${VISIT_SQL} WHERE v.id = ?`).get(id) as VisitRow;
  const problems = problemsOf(db, [id]);
  return { id: r.id, cadreId: r.cadre_id, cadreName: r.cadre_name, buildingId: r.building_id, buildingName: r.building_name, gridName: r.grid_name, visitedOn: r.visited_on, householdsMet: r.households_met, note: r.note, problems: problems.get(id) ?? [] };
}
