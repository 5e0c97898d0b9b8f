// The assessment of Party organisations against a real encrypted demo street on an injected
// clock: 三会一课 reminders across a month end and a quarter end (in the due list and the
// notification centre, once each, settled by recording the meeting), ratings from criteria
// with their history year by year, and the legal and illegal steps of a rectification plan.
// Every refusal is typed and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDue, OrgAssessment, PlanView } from '../../src/shared/partyAssessment';
import type { NotificationList } from '../../src/shared/notifications';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

let core: StreetCore;
let remove: () => void;
let db: Db;
let clock = TEST_ANCHOR;
const tokens: Record<string, string> = {};
const call = (method: string, input: unknown, who = 'admin') => core.call(method, input, tokens[who]!);
const USERS = ['admin', 'community', 'leader', 'dispatcher'];
/** Moves the core's clock and signs in again (a jump of weeks locks idle sessions). */
async function setClock(day: string) {
  clock = at(day);
  for (const u of USERS) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
}
/** 10:00 China time of a calendar day. */
const at = (day: string) => Date.parse(`${day}T02:00:00Z`);
let org: { id: number; community: number };

const state = () => ({
  meetings: db.prepare('SELECT count(*) FROM party_meeting').pluck().get(),
  ratings: db.prepare("SELECT group_concat(org_id || ':' || year || ':' || total, ',') FROM party_rating").pluck().get(),
  plans: db.prepare("SELECT group_concat(id || status, ',') FROM rectification_plan").pluck().get(),
  milestones: db.prepare("SELECT group_concat(id || coalesce(done_on, '-'), ',') FROM rectification_milestone").pluck().get(),
  reviews: db.prepare('SELECT count(*) FROM rectification_review').pluck().get(),
  orgs: db.prepare("SELECT group_concat(id || rating || under_rectification, ',') FROM party_org").pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
});
const refused = (method: string, input: unknown, who = 'admin') => expectRefusal(method, () => call(method, input, who), state);
const dueFor = async (orgId: number, who = 'admin') =>
  ok<MeetingDue[]>(await call('partyAssessment.due', {}, who))
    .filter((d) => d.orgId === orgId && d.period.startsWith('2027'))
    .map((d) => `${d.kind} ${d.period} ${d.state}`).sort();
const myNotices = async (who: string, orgId: number) =>
  ok<NotificationList>(await call('notification.list', { limit: 200 }, who)).items.filter((n) => n.kind === 'partyMeeting.due' && n.params.orgId === orgId && String(n.params.period).startsWith('2027'));

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => clock });
  for (const u of USERS) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const community = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  // A branch of the community account's community; the reminders are checked in 2027, where the demo street has no meetings yet.
  const id = db.prepare("SELECT id FROM party_org WHERE community_id = ? AND kind IN ('grid_branch', 'estate_branch') ORDER BY id LIMIT 1").pluck().get(community) as number;
  org = { id, community };
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('三会一课 reminders across month and quarter ends', () => {
  it('is not due ten days before the month ends, due from nine, missed after; quarterly ones follow their own ends', async () => {
    await setClock('2027-02-18');
    // January ended without a 支委会; February ends in ten days; the quarter in 41.
    expect(await dueFor(org.id)).toEqual(['committee 2027-01 missed']);
    await setClock('2027-02-19');
    expect(await dueFor(org.id)).toEqual(['committee 2027-01 missed', 'committee 2027-02 due']);
    await setClock('2027-03-01');
    expect(await dueFor(org.id)).toEqual(['committee 2027-02 missed']);
    await setClock('2027-03-02');
    expect(await dueFor(org.id)).toEqual(['branch_assembly 2027-Q1 due', 'committee 2027-02 missed', 'lesson 2027-Q1 due']);
    await setClock('2027-04-01');
    expect(await dueFor(org.id)).toEqual(['branch_assembly 2027-Q1 missed', 'committee 2027-03 missed', 'lesson 2027-Q1 missed']);
  });

  it('sends each reminder once to the community’s accounts, and recording the meeting settles it', async () => {
    await setClock('2027-02-19');
    core.checkDeadlines();
    core.checkDeadlines();
    const notices = await myNotices('community', org.id);
    expect(notices.map((n) => `${n.params.meeting} ${n.params.period} ${n.params.state}`).sort()).toEqual(['committee 2027-01 missed', 'committee 2027-02 due']);
    expect(notices.every((n) => n.readAt === null)).toBe(true);
    // Street-wide accounts of another role are not told about a community's branch.
    expect(await myNotices('dispatcher', org.id)).toEqual([]);

    ok<OrgAssessment>(await call('partyAssessment.recordMeeting', { orgId: org.id, kind: 'committee', heldOn: '2027-02-19', topic: '研究本月工作安排', attendees: 6 }, 'community'));
    expect(await dueFor(org.id, 'community')).toEqual(['committee 2027-01 missed']);
    const after = await myNotices('community', org.id);
    expect(after.find((n) => n.params.period === '2027-02')!.readAt).not.toBeNull();
    expect(after.find((n) => n.params.period === '2027-01')!.readAt).toBeNull();
    // A late record for January settles that one too.
    const view = ok<OrgAssessment>(await call('partyAssessment.recordMeeting', { orgId: org.id, kind: 'committee', heldOn: '2027-01-28', topic: '补记：研究一月工作', attendees: 5, absentees: 1 }));
    expect(view.periods.filter((p) => p.kind === 'committee').map((p) => `${p.period} ${p.state}`)).toEqual(['2027-01 held', '2027-02 held']);
    expect(await dueFor(org.id)).toEqual([]);
    expect((await myNotices('community', org.id)).every((n) => n.readAt !== null)).toBe(true);
  });

  it('refuses a meeting in the future, of a kind the organisation does not hold, by the wrong role or out of scope', async () => {
    await setClock('2026-11-21');
    expect((await refused('partyAssessment.recordMeeting', { orgId: org.id, kind: 'lesson', heldOn: '2026-11-22', topic: '党课', attendees: 5 })).details?.[0]?.reason).toBe('date_after_today');
    expect((await refused('partyAssessment.recordMeeting', { orgId: org.id, kind: 'group', heldOn: '2026-11-20', topic: '党小组会', attendees: 5 })).details?.[0]?.reason).toBe('kind_not_held');
    expect((await refused('partyAssessment.recordMeeting', { orgId: org.id, kind: 'lesson', heldOn: '2026-11-20', topic: '党课', attendees: 5 }, 'leader')).code).toBe('unauthorized');
    const other = db.prepare("SELECT id FROM party_org WHERE community_id <> ? AND kind = 'grid_branch' ORDER BY id LIMIT 1").pluck().get(org.community) as number;
    expect((await refused('partyAssessment.recordMeeting', { orgId: other, kind: 'lesson', heldOn: '2026-11-20', topic: '党课', attendees: 5 }, 'community')).code).toBe('unauthorized');
  });
});

describe('yearly rating', () => {
  it('grades from the criteria, keeps each year, and makes the latest year the register’s rating', async () => {
    await setClock('2026-11-21');
    const target = db.prepare("SELECT id FROM party_org WHERE kind = 'grid_branch' AND rating <> 'weak' AND under_rectification = 0 AND founded_on < '2024-01-01' ORDER BY id LIMIT 1").pluck().get() as number;
    const before = db.prepare('SELECT count(*) FROM party_rating WHERE org_id = ?').pluck().get(target) as number;
    let v = ok<OrgAssessment>(await call('partyAssessment.rate', { orgId: target, year: 2026, scores: { organisation: 18, meetings: 18, members: 18, service: 18, role: 17 }, note: '年度考评' }, 'leader'));
    expect(v.ratings[0]).toMatchObject({ year: 2026, total: 89, rating: 'good' });
    expect(v.rating).toBe('good');
    v = ok<OrgAssessment>(await call('partyAssessment.rate', { orgId: target, year: 2026, scores: { organisation: 18, meetings: 18, members: 18, service: 18, role: 18 } }));
    expect(v.ratings[0]).toMatchObject({ year: 2026, total: 90, rating: 'advanced' });
    expect(v.ratings.length).toBe(before + 1);
    // An earlier year is kept beside it and does not change the current rating.
    v = ok<OrgAssessment>(await call('partyAssessment.rate', { orgId: target, year: 2023, scores: { organisation: 10, meetings: 10, members: 10, service: 10, role: 10 } }));
    expect(v.rating).toBe('advanced');
    expect(v.ratings.find((r) => r.year === 2023)).toMatchObject({ total: 50, rating: 'weak' });
    expect(db.prepare('SELECT rating FROM party_org WHERE id = ?').pluck().get(target)).toBe('advanced');
    const audit = db.prepare("SELECT detail FROM audit_log WHERE action = 'partyOrg.rate' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ year: 2023, total: 50, rating: 'weak' });
  });

  it('refuses a score over its criterion’s maximum, a future year, the street committee and the community role', async () => {
    const target = db.prepare("SELECT id FROM party_org WHERE kind = 'grid_branch' ORDER BY id LIMIT 1").pluck().get() as number;
    const street = db.prepare("SELECT id FROM party_org WHERE kind = 'street_committee'").pluck().get() as number;
    const scores = { organisation: 20, meetings: 20, members: 20, service: 20, role: 20 };
    expect((await refused('partyAssessment.rate', { orgId: target, year: 2026, scores: { ...scores, role: 21 } })).details?.[0]?.path).toBe('scores.role');
    expect((await refused('partyAssessment.rate', { orgId: target, year: 2027, scores })).details?.[0]?.reason).toBe('year_in_future');
    expect((await refused('partyAssessment.rate', { orgId: street, year: 2026, scores })).details?.[0]?.reason).toBe('org_root_not_rated');
    expect((await refused('partyAssessment.rate', { orgId: target, year: 2026, scores }, 'community')).code).toBe('unauthorized');
  });
});

describe('整顿转化', () => {
  it('takes a weak branch through its plan: milestones, reviews, then converted; illegal steps are refused', async () => {
    await setClock('2026-11-21');
    const demoPlans = ok<PlanView[]>(await call('partyAssessment.plans', { status: 'open' }));
    expect(demoPlans.length).toBeGreaterThan(0);
    // A fresh weak branch: rated weak for 2026, then its plan.
    const target = db.prepare("SELECT id FROM party_org WHERE kind IN ('grid_branch', 'estate_branch') AND under_rectification = 0 AND founded_on < '2025-01-01' ORDER BY id DESC LIMIT 1").pluck().get() as number;
    const cadre = db.prepare('SELECT id FROM cadre ORDER BY id LIMIT 1').pluck().get() as number;
    const plan = { orgId: target, leaderCadreId: cadre, problems: '组织生活不经常', measures: ['领导包联指导'], milestones: [{ title: '配齐班子', dueOn: '2026-12-20' }, { title: '规范组织生活', dueOn: '2027-03-31' }], dueOn: '2027-06-30' };
    const notWeak = db.prepare('SELECT rating FROM party_org WHERE id = ?').pluck().get(target);
    if (notWeak !== 'weak') expect((await refused('partyAssessment.openPlan', plan)).details?.[0]).toMatchObject({ reason: 'not_weak' });
    ok(await call('partyAssessment.rate', { orgId: target, year: 2026, scores: { organisation: 10, meetings: 8, members: 12, service: 10, role: 10 } }));
    expect((await refused('partyAssessment.openPlan', { ...plan, milestones: [{ title: '晚了', dueOn: '2027-07-01' }] })).details?.[0]?.path).toBe('milestones.0.dueOn');
    let p = ok<PlanView>(await call('partyAssessment.openPlan', plan, 'leader'));
    expect(p).toMatchObject({ status: 'open', actions: ['completeMilestone', 'review'] });
    expect(db.prepare('SELECT under_rectification FROM party_org WHERE id = ?').pluck().get(target)).toBe(1);
    expect((await refused('partyAssessment.openPlan', plan)).details?.[0]?.reason).toBe('plan_open');
    // Rated better while the plan is open: close the plan first.
    expect((await refused('partyAssessment.rate', { orgId: target, year: 2026, scores: { organisation: 18, meetings: 18, members: 18, service: 18, role: 18 } })).details?.[0]?.reason).toBe('plan_open');
    // Not closed before a review.
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'close', closedOn: '2026-11-21', result: 'converted', note: '已转化' })).details?.[0]?.reason).toBe('illegal_step');
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'review', reviewedOn: '2026-11-22', verdict: 'on_track', note: '明天的' })).details?.[0]?.reason).toBe('date_after_today');
    p = ok<PlanView>(await call('partyAssessment.planStep', { planId: p.id, action: 'completeMilestone', milestoneId: p.milestones[0]!.id, doneOn: '2026-11-21' }));
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'completeMilestone', milestoneId: p.milestones[0]!.id, doneOn: '2026-11-21' })).details?.[0]?.reason).toBe('milestone_done');
    p = ok<PlanView>(await call('partyAssessment.planStep', { planId: p.id, action: 'review', reviewedOn: '2026-11-21', verdict: 'behind', note: '组织生活仍不规范' }, 'leader'));
    expect(p.actions).toEqual(['completeMilestone', 'review', 'close']);
    // Converted needs every milestone done.
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'close', closedOn: '2026-11-21', result: 'converted', note: '已转化' })).details?.[0]?.reason).toBe('milestones_open');
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'review', reviewedOn: '2026-11-21', verdict: 'on_track', note: '社区账号' }, 'community')).code).toBe('unauthorized');
    await setClock('2027-03-20');
    p = ok<PlanView>(await call('partyAssessment.planStep', { planId: p.id, action: 'completeMilestone', milestoneId: p.milestones[1]!.id, doneOn: '2027-03-18' }));
    p = ok<PlanView>(await call('partyAssessment.planStep', { planId: p.id, action: 'close', closedOn: '2027-03-20', result: 'converted', note: '班子健全，组织生活规范，群众认可' }));
    expect(p).toMatchObject({ status: 'converted', actions: [] });
    expect(db.prepare('SELECT under_rectification FROM party_org WHERE id = ?').pluck().get(target)).toBe(0);
    expect((await refused('partyAssessment.planStep', { planId: p.id, action: 'review', reviewedOn: '2027-03-20', verdict: 'on_track', note: '已关闭' })).details?.[0]?.reason).toBe('illegal_step');
    const actions = db.prepare("SELECT action FROM audit_log WHERE entity = 'rectification_plan' AND entity_id = ? ORDER BY id").pluck().all(p.id);
    expect(actions).toEqual(['rectification.open', 'rectification.completeMilestone', 'rectification.review', 'rectification.completeMilestone', 'rectification.close']);
  });

  it('the demo street: committees never weak, each weak organisation under an open plan', () => {
    expect(db.prepare("SELECT count(*) FROM party_org WHERE kind IN ('street_committee', 'community_committee') AND rating = 'weak'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM party_rating r JOIN party_org o ON o.id = r.org_id WHERE o.kind = 'community_committee' AND r.rating = 'weak'").pluck().get()).toBe(0);
    const weak = db.prepare("SELECT count(*) FROM party_org WHERE rating = 'weak' AND id NOT IN (SELECT org_id FROM party_rating WHERE rated_by IS NOT NULL)").pluck().get() as number;
    const withPlan = db.prepare("SELECT count(DISTINCT org_id) FROM rectification_plan WHERE created_by IS NULL AND status = 'open'").pluck().get() as number;
    expect(weak).toBeGreaterThan(0);
    expect(withPlan).toBe(weak);
  });
});
