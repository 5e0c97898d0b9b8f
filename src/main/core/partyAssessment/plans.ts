// 软弱涣散 → 整顿转化: a rectification plan for an organisation rated weak, with its 包联
// leader, measures, milestones, reviews and a result. The steps are judged here; each is
// one transaction with its audit entry, and party_org.under_rectification follows the plan.
import type { z } from 'zod';
import type { PlanAction, PlanStepInput, PlanStatus, planOpenInput } from '../../../shared/partyAssessment';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { refuse } from '../buildingDays/errors';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { requireOrg } from './access';

export interface PlanFacts {
  status: PlanStatus;
  openMilestones: number;
  reviews: number;
}

/** The steps legal for a plan in this state (the tab's buttons and the core's refusals). */
export function legalPlanActions(p: PlanFacts): PlanAction[] {
  if (p.status !== 'open') return [];
  const out: PlanAction[] = [];
  if (p.openMilestones > 0) out.push('completeMilestone');
  out.push('review');
  if (p.reviews > 0) out.push('close');
  return out;
}

export function openPlan(db: Db, input: z.output<typeof planOpenInput>, user: UserView, now: number): number {
  const today = shanghaiDate(now);
  return db.transaction(() => {
    const org = requireOrg(db, input.orgId, user, 'orgId', true);
    if (org.rating !== 'weak') throw refuse('conflict', 'orgId', `is rated ${org.rating}: a rectification plan is for an organisation rated 软弱涣散 (weak)`, 'not_weak');
    const open = db.prepare("SELECT id FROM rectification_plan WHERE org_id = ? AND status = 'open'").pluck().get(org.id) as number | undefined;
    if (open !== undefined) throw refuse('conflict', 'orgId', `already has an open rectification plan (${open})`, 'plan_open');
    if (!db.prepare('SELECT 1 FROM cadre WHERE id = ?').get(input.leaderCadreId)) throw refuse('invalid_input', 'leaderCadreId', `names no cadre (${input.leaderCadreId})`);
    if (input.dueOn <= today) throw refuse('invalid_input', 'dueOn', 'is not after today: the plan needs time to work');
    input.milestones.forEach((m, i) => {
      if (m.dueOn > input.dueOn) throw refuse('invalid_input', `milestones.${i}.dueOn`, `is after the plan's due date (${input.dueOn})`);
      if (m.dueOn < today) throw refuse('invalid_input', `milestones.${i}.dueOn`, 'is in the past');
    });
    const id = Number(
      db
        .prepare("INSERT INTO rectification_plan (org_id, leader_cadre_id, status, problems, measures, opened_on, due_on, created_by, created_at) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?)")
        .run(org.id, input.leaderCadreId, input.problems, JSON.stringify(input.measures), today, input.dueOn, user.id, now).lastInsertRowid,
    );
    const ms = db.prepare('INSERT INTO rectification_milestone (plan_id, title, due_on) VALUES (?, ?, ?)');
    for (const m of input.milestones) ms.run(id, m.title, m.dueOn);
    db.prepare('UPDATE party_org SET under_rectification = 1 WHERE id = ?').run(org.id);
    appendAudit(db, now, { userId: user.id, action: 'rectification.open', entity: 'rectification_plan', entityId: id, detail: { orgId: org.id, leaderCadreId: input.leaderCadreId, measures: input.measures.length, milestones: input.milestones.length, dueOn: input.dueOn } });
    return id;
  })();
}

export function planFacts(db: Db, planId: number): (PlanFacts & { org_id: number; opened_on: string }) | undefined {
  return db
    .prepare(
      `SELECT p.status, p.org_id, p.opened_on,
              (SELECT count(*) FROM rectification_milestone m WHERE m.plan_id = p.id AND m.done_on IS NULL) AS openMilestones,
              (SELECT count(*) FROM rectification_review r WHERE r.plan_id = p.id) AS reviews
         FROM rectification_plan p WHERE p.id = ?`,
    )
    .get(planId) as (PlanFacts & { org_id: number; opened_on: string }) | undefined;
}

export function stepPlan(db: Db, input: PlanStepInput, user: UserView, now: number): { orgId: number } {
  const today = shanghaiDate(now);
  return db.transaction(() => {
    const p = planFacts(db, input.planId);
    if (!p) throw refuse('not_found', 'planId', `names no rectification plan (${input.planId})`);
    requireOrg(db, p.org_id, user, 'planId', true);
    if (!legalPlanActions(p).includes(input.action)) {
      const why = p.status !== 'open' ? `the plan is closed (${p.status})` : input.action === 'close' ? 'the plan has not been reviewed yet: review it first' : 'every milestone is done';
      throw refuse('conflict', 'action', `${input.action} is not possible: ${why}`, 'illegal_step');
    }
    const on = input.action === 'completeMilestone' ? input.doneOn : input.action === 'review' ? input.reviewedOn : input.closedOn;
    const path = input.action === 'completeMilestone' ? 'doneOn' : input.action === 'review' ? 'reviewedOn' : 'closedOn';
    if (on > today) throw refuse('invalid_input', path, 'is in the future', 'date_after_today');
    if (on < p.opened_on) throw refuse('invalid_input', path, `is before the plan was opened (${p.opened_on})`);
    let detail: Record<string, unknown>;
    switch (input.action) {
      case 'completeMilestone': {
        const m = db.prepare('SELECT done_on FROM rectification_milestone WHERE id = ? AND plan_id = ?').get(input.milestoneId, input.planId) as { done_on: string | null } | undefined;
        if (!m) throw refuse('invalid_input', 'milestoneId', `is not a milestone of plan ${input.planId}`);
        if (m.done_on !== null) throw refuse('conflict', 'milestoneId', `was done on ${m.done_on} already`, 'milestone_done');
        db.prepare('UPDATE rectification_milestone SET done_on = ? WHERE id = ?').run(input.doneOn, input.milestoneId);
        detail = { milestoneId: input.milestoneId, doneOn: input.doneOn };
        break;
      }
      case 'review':
        db.prepare('INSERT INTO rectification_review (plan_id, reviewed_on, verdict, note, by_user, at) VALUES (?, ?, ?, ?, ?, ?)').run(input.planId, input.reviewedOn, input.verdict, input.note, user.id, now);
        detail = { reviewedOn: input.reviewedOn, verdict: input.verdict };
        break;
      case 'close':
        if (input.result === 'converted' && p.openMilestones > 0) {
          throw refuse('conflict', 'result', `cannot be converted while ${p.openMilestones} milestone(s) are not done`, 'milestones_open');
        }
        db.prepare('UPDATE rectification_plan SET status = ?, closed_on = ?, result = ? WHERE id = ?').run(input.result, input.closedOn, input.note, input.planId);
        // Converted or not, the organisation is no longer under this plan; a weak one not converted gets a new plan.
        db.prepare('UPDATE party_org SET under_rectification = 0 WHERE id = ?').run(p.org_id);
        detail = { result: input.result, closedOn: input.closedOn };
        break;
    }
    appendAudit(db, now, { userId: user.id, action: `rectification.${input.action}`, entity: 'rectification_plan', entityId: input.planId, detail });
    return { orgId: p.org_id };
  })();
}
