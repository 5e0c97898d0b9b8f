// Recording a visit (走访记录): who went, when, in person or by phone, what they found. In one
// transaction: the visit, the kept latest-visit row, the household's tasks it completes, a
// case (巡查上报) for anything raised, and the audit entry (ids only, never the findings).
import type { CareRecordVisitInput, CareVisitor, VisitRecorded, VisitView } from '../../../shared/care';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { reportCase } from '../cases/report';
import type { Db } from '../db/database';
import { completeTasks } from './visitTasks';

/** A visit may be entered up to a month after it happened, never before it happened. */
const BACKDATE_LIMIT_MS = 31 * 86_400_000;

interface ResidentPlace {
  id: number;
  household_id: number;
  building_id: number;
  grid_id: number;
  center_lng: number;
  center_lat: number;
}

function residentPlace(db: Db, residentId: number): ResidentPlace {
  const r = db
    .prepare(
      `SELECT r.id, r.household_id, h.building_id, b.grid_id, b.center_lng, b.center_lat
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE r.id = ?`,
    )
    .get(residentId) as ResidentPlace | undefined;
  if (r) return r;
  const gone = db.prepare('SELECT status, left_on FROM resident_departed WHERE id = ?').get(residentId) as { status: string; left_on: string } | undefined;
  if (gone) {
    throw new ApiError('conflict', `residentId: resident ${residentId} left the street (${gone.status === 'deceased' ? '死亡' : '迁出'}) on ${gone.left_on}; no visit can be recorded`, [
      { path: 'residentId', message: 'left the street', reason: 'resident_departed' },
    ]);
  }
  throw new ApiError('not_found', `residentId: no resident with id ${residentId}`, [{ path: 'residentId', message: 'does not exist' }]);
}

/** The post holder who visited: the one named (checked), or the building's 楼栋长 / the grid's 网格员 now serving. */
function visitorOf(db: Db, input: CareRecordVisitInput, place: ResidentPlace, user: UserView): { staffId: number | null; name: string } {
  if (input.visitor === 'community') return { staffId: null, name: input.visitorName || user.displayName };
  const role: CareVisitor = input.visitor;
  if (input.visitorStaffId !== undefined) {
    const s = db.prepare('SELECT id, role, grid_id, building_id, name, vacated_on FROM grid_staff WHERE id = ?').get(input.visitorStaffId) as
      | { id: number; role: string; grid_id: number; building_id: number | null; name: string; vacated_on: string | null }
      | undefined;
    if (!s) throw new ApiError('invalid_input', `visitorStaffId: no grid staff post with id ${input.visitorStaffId}`, [{ path: 'visitorStaffId', message: 'does not exist' }]);
    if (s.role !== role) throw new ApiError('invalid_input', `visitorStaffId: post ${s.id} is a ${s.role}, not a ${role}`, [{ path: 'visitorStaffId', message: `is not a ${role}` }]);
    if (s.grid_id !== place.grid_id) throw new ApiError('invalid_input', `visitorStaffId: post ${s.id} serves grid ${s.grid_id}, not the resident's grid ${place.grid_id}`, [{ path: 'visitorStaffId', message: 'serves another grid' }]);
    return { staffId: s.id, name: s.name };
  }
  const post = (
    role === 'building_head'
      ? db.prepare("SELECT id, name FROM grid_staff WHERE role = 'building_head' AND building_id = ? AND vacated_on IS NULL ORDER BY id LIMIT 1").get(place.building_id)
      : db.prepare("SELECT id, name FROM grid_staff WHERE role = 'grid_worker' AND grid_id = ? AND vacated_on IS NULL ORDER BY id LIMIT 1").get(place.grid_id)
  ) as { id: number; name: string } | undefined;
  if (post) return { staffId: post.id, name: post.name };
  if (input.visitorName) return { staffId: null, name: input.visitorName };
  throw new ApiError('invalid_input', `visitorName: the ${role === 'building_head' ? '楼栋长' : '网格员'} post is vacant; name who visited`, [{ path: 'visitorName', message: 'is required: the post is vacant' }]);
}

export function recordVisit(db: Db, input: CareRecordVisitInput, user: UserView, now: number): VisitRecorded & { caseId: number | null; gridId: number } {
  const visitedAt = input.visitedAt ?? now;
  if (visitedAt > now) throw new ApiError('invalid_input', 'visitedAt: is later than now; record a visit after it happened', [{ path: 'visitedAt', message: 'is in the future' }]);
  if (visitedAt < now - BACKDATE_LIMIT_MS) throw new ApiError('invalid_input', 'visitedAt: is more than 31 days ago; visits are entered within a month', [{ path: 'visitedAt', message: 'is too long ago' }]);
  return db.transaction(() => {
    const place = residentPlace(db, input.residentId);
    const who = visitorOf(db, input, place, user);
    let caseId: number | null = null;
    if (input.raiseCase) {
      caseId = reportCase(
        db,
        { source: 'patrol', categoryId: input.raiseCase.categoryId, lng: place.center_lng, lat: place.center_lat, buildingId: place.building_id, description: input.raiseCase.description },
        user,
        now,
      ).caseId;
    }
    const visitId = Number(
      db
        .prepare(
          `INSERT INTO care_visit (resident_id, household_id, visitor, visitor_staff_id, visitor_name, visited_at, mode, findings, case_id, recorded_by, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(place.id, place.household_id, input.visitor, who.staffId, who.name, visitedAt, input.mode, input.findings, caseId, user.id, now).lastInsertRowid,
    );
    db.prepare(
      'INSERT INTO care_last_visit (resident_id, visitor, visited_at) VALUES (?, ?, ?) ON CONFLICT(resident_id, visitor) DO UPDATE SET visited_at = MAX(visited_at, excluded.visited_at)',
    ).run(place.id, input.visitor, visitedAt);
    const completedTaskIds = completeTasks(db, place.household_id, place.id, visitId, visitedAt, now);
    appendAudit(db, now, {
      userId: user.id,
      action: 'care.visit',
      entity: 'care_visit',
      entityId: visitId,
      detail: { residentId: place.id, visitor: input.visitor, mode: input.mode, caseId, completedTaskIds },
    });
    return { visit: visitById(db, visitId), completedTaskIds, caseId, gridId: place.grid_id };
  })();
}

interface VisitRow {
  id: number;
  resident_id: number;
  household_id: number;
  visitor: CareVisitor;
  visitor_name: string;
  visited_at: number;
  mode: 'in_person' | 'phone';
  findings: string;
  case_id: number | null;
  case_code: string | null;
  recorded_at: number;
}

const VISIT_SELECT = `SELECT v.id, v.resident_id, v.household_id, v.visitor, v.visitor_name, v.visited_at, v.mode, v.findings, v.case_id, c.code AS case_code, v.recorded_at
  FROM care_visit v LEFT JOIN case_file c ON c.id = v.case_id`;

function visitView(r: VisitRow): VisitView {
  return {
    id: r.id,
    residentId: r.resident_id,
    householdId: r.household_id,
    visitor: r.visitor,
    visitorName: r.visitor_name,
    visitedAt: r.visited_at,
    mode: r.mode,
    findings: r.findings,
    caseId: r.case_id,
    caseCode: r.case_code,
    recordedAt: r.recorded_at,
  };
}

export function visitById(db: Db, id: number): VisitView {
  return visitView(db.prepare(`${VISIT_SELECT} WHERE v.id = ?`).get(id) as VisitRow);
}

/** A resident's visits, newest first. */
export function visitsOf(db: Db, residentId: number, limit = 100): VisitView[] {
  return (db.prepare(`${VISIT_SELECT} WHERE v.resident_id = ? ORDER BY v.visited_at DESC, v.id DESC LIMIT ?`).all(residentId, limit) as VisitRow[]).map(visitView);
}
