// Reading the assessment: one organisation's whole record, the overview of organisations in
// scope, and the rectification plans. Secretaries' names and phones stay in the register.
import { MEETING_KINDS, MEETING_RULES, type AssessmentRow, type MeetingView, type OrgAssessment, type PeriodStatus, type PlanStatus, type PlanView, type RatingView, type ScorecardView } from '../../../shared/partyAssessment';
import type { UserView } from '../../../shared/views';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { MEETING_WRITE_ROLES, RATE_ROLES, requireOrg } from './access';
import { periodState, periodsOfYear } from './periods';
import { legalPlanActions } from './plans';
import { dueList, heldKeys, kindsFor, subjects } from './subjects';

interface PlanRow {
  id: number;
  org_id: number;
  org_name: string | null;
  status: PlanStatus;
  leader_cadre_id: number;
  leader_name: string;
  problems: string;
  measures: string;
  opened_on: string;
  due_on: string;
  closed_on: string | null;
  result: string | null;
}

const PLAN_SQL = `
  SELECT p.id, p.org_id, coalesce(o.name, d.name) AS org_name, p.status, p.leader_cadre_id, c.name AS leader_name, p.problems, p.measures, p.opened_on, p.due_on, p.closed_on, p.result
    FROM rectification_plan p JOIN cadre c ON c.id = p.leader_cadre_id
    LEFT JOIN party_org o ON o.id = p.org_id LEFT JOIN party_org_dissolved d ON d.id = p.org_id`;

function planViews(db: Db, rows: PlanRow[]): PlanView[] {
  const ms = db.prepare('SELECT id, title, due_on, done_on FROM rectification_milestone WHERE plan_id = ? ORDER BY due_on, id');
  const rv = db.prepare('SELECT id, reviewed_on, verdict, note FROM rectification_review WHERE plan_id = ? ORDER BY reviewed_on, id');
  return rows.map((r) => {
    const milestones = (ms.all(r.id) as { id: number; title: string; due_on: string; done_on: string | null }[]).map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, doneOn: m.done_on }));
    const reviews = (rv.all(r.id) as { id: number; reviewed_on: string; verdict: 'on_track' | 'behind'; note: string }[]).map((x) => ({ id: x.id, reviewedOn: x.reviewed_on, verdict: x.verdict, note: x.note }));
    return {
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name ?? '',
      status: r.status,
      leaderCadreId: r.leader_cadre_id,
      leaderName: r.leader_name,
      problems: r.problems,
      measures: JSON.parse(r.measures) as string[],
      openedOn: r.opened_on,
      dueOn: r.due_on,
      milestones,
      reviews,
      closedOn: r.closed_on,
      result: r.result,
      actions: legalPlanActions({ status: r.status, openMilestones: milestones.filter((m) => m.doneOn === null).length, reviews: reviews.length }),
    };
  });
}

export function planView(db: Db, id: number): PlanView {
  return planViews(db, db.prepare(`${PLAN_SQL} WHERE p.id = ?`).all(id) as PlanRow[])[0]!;
}

export function listPlans(db: Db, status: PlanStatus | undefined, user: UserView): PlanView[] {
  const where: string[] = ['1'];
  const params: Record<string, unknown> = {};
  if (status) {
    where.push('p.status = @status');
    params.status = status;
  }
  if (user.communityId !== null) {
    where.push('coalesce(o.community_id, d.community_id) = @scope');
    params.scope = user.communityId;
  }
  return planViews(db, db.prepare(`${PLAN_SQL} WHERE ${where.join(' AND ')} ORDER BY p.status = 'open' DESC, p.opened_on DESC, p.id DESC`).all(params) as PlanRow[]);
}

export function orgAssessment(db: Db, orgId: number, user: UserView, now: number): OrgAssessment {
  const org = requireOrg(db, orgId, user);
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const kinds = kindsFor(org.kind);
  const held = heldKeys(db, `${year}-01-01`);
  const periods: PeriodStatus[] = [];
  for (const kind of kinds) {
    const rule = MEETING_RULES[kind];
    for (const p of periodsOfYear(year, today, rule.cadence)) {
      if (p.end < org.founded_on) continue;
      periods.push({ kind, period: p.key, state: periodState(held.has(`${org.id}|${kind}|${p.key}`), p, today, rule), endsOn: p.end });
    }
  }
  const meetings = (
    db.prepare('SELECT id, kind, held_on, topic, attendees, absentees, note FROM party_meeting WHERE org_id = ? ORDER BY held_on DESC, id DESC LIMIT 60').all(org.id) as {
      id: number;
      kind: MeetingView['kind'];
      held_on: string;
      topic: string;
      attendees: number;
      absentees: number;
      note: string;
    }[]
  ).map((m) => ({ id: m.id, kind: m.kind, heldOn: m.held_on, topic: m.topic, attendees: m.attendees, absentees: m.absentees, note: m.note }));
  const ratings: RatingView[] = (db.prepare('SELECT year, scores, total, rating, note, rated_at FROM party_rating WHERE org_id = ? ORDER BY year DESC').all(org.id) as { year: number; scores: string; total: number; rating: RatingView['rating']; note: string; rated_at: number }[]).map(
    (r) => ({ year: r.year, scores: JSON.parse(r.scores) as RatingView['scores'], total: r.total, rating: r.rating, note: r.note, ratedAt: r.rated_at }),
  );
  const scorecards: ScorecardView[] = (db.prepare('SELECT year, scores, total, grade, note FROM unit_scorecard WHERE org_id = ? ORDER BY year DESC').all(org.id) as { year: number; scores: string; total: number; grade: ScorecardView['grade']; note: string }[]).map((r) => ({
    year: r.year,
    scores: JSON.parse(r.scores) as ScorecardView['scores'],
    total: r.total,
    grade: r.grade,
    note: r.note,
  }));
  const plans = planViews(db, db.prepare(`${PLAN_SQL} WHERE p.org_id = ? ORDER BY p.opened_on DESC, p.id DESC`).all(org.id) as PlanRow[]);
  const inScope = user.communityId === null || user.communityId === org.community_id;
  return {
    orgId: org.id,
    orgName: org.name,
    kind: org.kind,
    rating: org.rating,
    underRectification: org.under_rectification === 1,
    kinds,
    periods,
    meetings,
    ratings,
    scorecards,
    plans,
    canRecord: MEETING_WRITE_ROLES.includes(user.role) && inScope && kinds.length > 0,
    canRate: RATE_ROLES.includes(user.role) && inScope,
  };
}

export function assessmentOverview(db: Db, user: UserView, now: number): AssessmentRow[] {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const held = heldKeys(db, `${year}-01-01`);
  const due = dueList(db, today, user.communityId);
  const dueBy = new Map<number, number>();
  for (const d of due) dueBy.set(d.orgId, (dueBy.get(d.orgId) ?? 0) + 1);
  const extra = new Map(
    (db.prepare('SELECT o.id, o.rating, o.under_rectification, c.name AS community FROM party_org o LEFT JOIN community c ON c.id = o.community_id').all() as { id: number; rating: AssessmentRow['rating']; under_rectification: number; community: string | null }[]).map((r) => [r.id, r]),
  );
  // This year's periods of each kind, and whether each has ended, once for every organisation.
  const periods = new Map(MEETING_KINDS.map((kind) => [kind, periodsOfYear(year, today, MEETING_RULES[kind].cadence).map((p) => ({ p, running: p.end >= today }))] as const));
  return subjects(db, user.communityId).map((o) => {
    let expected = 0;
    let got = 0;
    for (const kind of kindsFor(o.kind)) {
      for (const { p, running } of periods.get(kind)!) {
        if (p.end < o.founded_on) continue;
        const isHeld = held.has(`${o.id}|${kind}|${p.key}`);
        // A period still running counts only once it is held.
        if (running && !isHeld) continue;
        expected += 1;
        if (isHeld) got += 1;
      }
    }
    const x = extra.get(o.id)!;
    return { orgId: o.id, orgName: o.name, kind: o.kind, communityName: x.community, rating: x.rating, underRectification: x.under_rectification === 1, meetingsHeld: got, meetingsExpected: expected, due: dueBy.get(o.id) ?? 0 };
  });
}
