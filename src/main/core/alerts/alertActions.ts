// What a person does with an alert: acknowledge it into a case (reported as 智能感知, then
// registered and dispatched to the grid's 网格员 when the caller's role may) or into a visit
// task for the household, or dismiss it as a false alarm with a reason. One transaction
// each, with the audit entry; a closed alert is refused with its status.
import { ApiError } from '../../../shared/errors';
import type { AlertRule, AlertStatus } from '../../../shared/alerts';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { actOnCase } from '../cases/act';
import { reportCase } from '../cases/report';
import { createVisitTaskForAlert } from './visitTask';
import type { VisitTaskCreated } from '../care/visitTasks';

/** The subcategory a case from each rule is filed under (the street's catalogue codes). */
export const CASE_CATEGORY_OF: Record<AlertRule, string> = {
  no_card: 'SJ0606', // 其他 · 独居老人异常
  button: 'SJ0606', // an emergency button is fitted in a vulnerable resident's home
  smoke: 'SJ0505', // 突发事件 · 火灾隐患
  gas: 'SJ0502', // 突发事件 · 燃气泄漏
  crowded: 'SJ0603', // 其他 · 群租房隐患
};

const RULE_WORDS: Record<AlertRule, string> = {
  no_card: '独居老人门卡长时间未使用',
  button: '紧急呼叫按钮报警',
  smoke: '烟感报警',
  gas: '燃气泄漏报警',
  crowded: '疑似群租（门卡数量异常）',
};

interface LiveAlert {
  id: number;
  rule: AlertRule;
  status: AlertStatus;
  building_id: number | null;
  household_id: number | null;
  grid_id: number | null;
  device_code: string | null;
}

function liveAlert(db: Db, alertId: number): LiveAlert {
  const a = db
    .prepare('SELECT a.id, a.rule, a.status, a.building_id, a.household_id, a.grid_id, d.code AS device_code FROM alert a LEFT JOIN device d ON d.id = a.device_id WHERE a.id = ?')
    .get(alertId) as LiveAlert | undefined;
  if (!a) throw new ApiError('not_found', `no alert with id ${alertId}`);
  if (a.status !== 'open' && a.status !== 'escalated') throw new ApiError('conflict', `alert ${alertId} is already ${a.status}; nothing was changed`, [{ path: 'alertId', message: `is ${a.status}` }]);
  return a;
}

export function acknowledgeIntoCase(db: Db, alertId: number, categoryId: number | undefined, note: string | undefined, user: UserView, now: number): { caseId: number; gridId: number } {
  return db.transaction(() => {
    const a = liveAlert(db, alertId);
    if (a.building_id === null) throw new ApiError('invalid_input', `alert ${alertId}: its device has no building, so a case has no place; acknowledge it into a visit or register the device's place`, [{ path: 'alertId', message: 'has no place' }]);
    const b = db.prepare('SELECT center_lng AS lng, center_lat AS lat FROM building WHERE id = ?').get(a.building_id) as { lng: number; lat: number };
    const category = categoryId ?? (db.prepare('SELECT id FROM case_category WHERE code = ?').pluck().get(CASE_CATEGORY_OF[a.rule]) as number | undefined);
    if (category === undefined) throw new ApiError('invalid_input', `categoryId: the catalogue has no ${CASE_CATEGORY_OF[a.rule]}; pick a subcategory`, [{ path: 'categoryId', message: 'is required' }]);
    const description = `智能感知告警：${RULE_WORDS[a.rule]}（设备 ${a.device_code ?? '—'}）。${note ? note : '请网格员立即上门核实处置。'}`;
    const report = reportCase(db, { source: 'sensor', categoryId: category, lng: b.lng, lat: b.lat, buildingId: a.building_id, description }, user, now);
    let gridId = report.gridId;
    // The desk's roles register and dispatch at once to the grid's 网格员; others leave it reported for the desk.
    if (user.role === 'admin' || user.role === 'dispatcher') {
      actOnCase(db, { caseId: report.caseId, action: 'register', note: undefined }, user, now);
      const post = db.prepare("SELECT id FROM grid_staff WHERE grid_id = ? AND role = 'grid_worker' ORDER BY id LIMIT 1").pluck().get(report.gridId) as number | undefined;
      if (post !== undefined) gridId = actOnCase(db, { caseId: report.caseId, action: 'dispatch', assignee: { kind: 'staff', id: post }, note: undefined }, user, now).gridId;
    }
    db.prepare("UPDATE alert SET status = 'acknowledged', outcome = 'case', case_id = ?, acted_at = ?, acted_by = ? WHERE id = ?").run(report.caseId, now, user.id, alertId);
    appendAudit(db, now, { userId: user.id, action: 'alert.acknowledge', entity: 'alert', entityId: alertId, detail: { into: 'case', caseId: report.caseId, code: report.code } });
    return { caseId: report.caseId, gridId };
  })();
}

export function acknowledgeIntoVisit(db: Db, alertId: number, note: string | undefined, user: UserView, now: number): VisitTaskCreated {
  return db.transaction(() => {
    const a = liveAlert(db, alertId);
    if (a.household_id === null) throw new ApiError('invalid_input', `alert ${alertId}: its device belongs to no household, so there is nobody to visit; acknowledge it into a case`, [{ path: 'into', message: 'needs a household' }]);
    const created = createVisitTaskForAlert(db, { householdId: a.household_id, alertId, rule: a.rule, note: `${RULE_WORDS[a.rule]}${note ? `：${note}` : ''}` }, user, now);
    db.prepare("UPDATE alert SET status = 'acknowledged', outcome = 'visit', visit_task_id = ?, acted_at = ?, acted_by = ? WHERE id = ?").run(created.task.id, now, user.id, alertId);
    appendAudit(db, now, { userId: user.id, action: 'alert.acknowledge', entity: 'alert', entityId: alertId, detail: { into: 'visit', visitTaskId: created.task.id } });
    return created;
  })();
}

export function dismissAlert(db: Db, alertId: number, reason: string, user: UserView, now: number): void {
  db.transaction(() => {
    liveAlert(db, alertId);
    db.prepare("UPDATE alert SET status = 'dismissed', outcome = 'false_alarm', reason = ?, acted_at = ?, acted_by = ? WHERE id = ?").run(reason, now, user.id, alertId);
    appendAudit(db, now, { userId: user.id, action: 'alert.dismiss', entity: 'alert', entityId: alertId, detail: { reasonLength: reason.length } });
  })();
}
