// Meetings and decisions through the API against a real encrypted demo street: a decision's
// progress computed from its items (a case closed through the case workflow makes its item
// done; a case past its due makes it late; tasks and 三张清单 items), the legal and illegal steps
// of meetings, decisions and tasks (refused with a typed reason, nothing changed), a 督办 item
// that supervises its case through the case state machine, the next meeting of a body opening
// with the last one's decisions, the briefing deck's session, roles and community scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../src/shared/events';
import type { BriefingDecisionResult, DecisionFigures, MeetingBodyView, MeetingDetail } from '../../src/shared/meetings';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { decisionProgress, itemProgress } from '../../src/main/core/meetings/progress';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

const DAY = 86_400_000;
let clock = TEST_ANCHOR;
let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];
let streetBody: number;
let communityBody: number;
let c1: number;

const call = (method: string, input: unknown, who = 'leader') => core.call(method, input, tokens[who]!);
const id = async (method: string, input: unknown, who = 'leader') => ok<{ id: number }>(await call(method, input, who)).id;
const counts = () => ({
  meetings: db.prepare('SELECT count(*) FROM meeting').pluck().get(),
  topics: db.prepare('SELECT count(*) FROM meeting_topic').pluck().get(),
  decisions: db.prepare("SELECT group_concat(id || ':' || status) FROM meeting_decision").pluck().get(),
  items: db.prepare("SELECT group_concat(id || ':' || coalesce(started_at, '') || ':' || coalesce(done_at, '')) FROM decision_item").pluck().get(),
  supervised: db.prepare('SELECT count(*) FROM case_file WHERE supervised = 1').pluck().get(),
  caseEvents: db.prepare('SELECT count(*) FROM case_event').pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
});
const refused = (method: string, input: unknown, who = 'leader') => expectRefusal(method, () => call(method, input, who), counts, events);
async function relogin() {
  for (const who of ['admin', 'dispatcher', 'operator', 'leader', 'community']) {
    tokens[who] = ok<{ token: string }>(await core.call('auth.unlock', { username: who, password: 'streetops' }, null)).token;
  }
}
const detail = async (meetingId: number, who = 'leader') => ok<MeetingDetail>(await call('meeting.detail', { id: meetingId }, who));
const decisionOf = (d: MeetingDetail, decisionId: number) => d.topics.flatMap((t) => t.decisions).find((x) => x.id === decisionId)!;
/** An open case of the street, not supervised, whose due time is after `after` (or with none). */
const openCase = (status: string, exclude: number[] = []) =>
  db
    .prepare(`SELECT id FROM case_file WHERE status = ? AND supervised = 0 AND (due_at IS NULL OR due_at > ?) AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1`)
    .pluck()
    .get(status, clock + 3 * DAY, JSON.stringify(exclude)) as number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => clock });
  core.subscribe((e) => events.push(e));
  await relogin();
  db = await openStreetReadonly(copy.dir);
  c1 = db.prepare("SELECT community_id FROM app_user WHERE username = 'community'").pluck().get() as number;
  const bodies = ok<MeetingBodyView[]>(await call('meeting.bodies', {}));
  streetBody = bodies.find((b) => b.kind === 'joint_street')!.id;
  communityBody = bodies.find((b) => b.kind === 'joint_community' && b.communityId === c1)!.id;
}, 240_000);

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('progress computed from items', () => {
  const now = TEST_ANCHOR;
  const today = '2026-11-20';
  const base = { dueOn: '2026-11-30', caseStatus: null, caseDueAt: null, listStatus: null, startedAt: null, doneAt: null } as const;
  it('follows a case: closed is done, past the case due or the item due is late, working is in progress', () => {
    expect(itemProgress({ ...base, kind: 'case', caseStatus: 'closed', caseDueAt: now - DAY }, now, today).progress).toBe('done');
    expect(itemProgress({ ...base, kind: 'supervise', caseStatus: 'handling', caseDueAt: now - 1 }, now, today).progress).toBe('late');
    expect(itemProgress({ ...base, kind: 'case', caseStatus: 'handling', caseDueAt: now + DAY, dueOn: '2026-11-19' }, now, today).progress).toBe('late');
    expect(itemProgress({ ...base, kind: 'case', caseStatus: 'handling', caseDueAt: now + DAY }, now, today).progress).toBe('in_progress');
    expect(itemProgress({ ...base, kind: 'case', caseStatus: 'registered' }, now, today).progress).toBe('not_started');
  });
  it('follows a list item and a task; the due day itself is not yet late', () => {
    expect(itemProgress({ ...base, kind: 'party_list', listStatus: 'evaluated' }, now, today).progress).toBe('done');
    expect(itemProgress({ ...base, kind: 'party_list', listStatus: 'claimed' }, now, today).progress).toBe('in_progress');
    expect(itemProgress({ ...base, kind: 'party_list', listStatus: 'published', dueOn: '2026-11-19' }, now, today).progress).toBe('late');
    expect(itemProgress({ ...base, kind: 'task', dueOn: today }, now, today).progress).toBe('not_started');
    expect(itemProgress({ ...base, kind: 'task', startedAt: now }, now, today).progress).toBe('in_progress');
    expect(itemProgress({ ...base, kind: 'task', doneAt: now, dueOn: '2026-01-01' }, now, today).progress).toBe('done');
  });
  it('rolls items up into a decision', () => {
    expect(decisionProgress([])).toBe('not_started');
    expect(decisionProgress(['done', 'done'])).toBe('done');
    expect(decisionProgress(['done', 'not_started'])).toBe('in_progress');
    expect(decisionProgress(['in_progress', 'late', 'done'])).toBe('late');
    expect(decisionProgress(['not_started', 'not_started'])).toBe('not_started');
  });
});

describe('a meeting decides, and the next meeting of the body sees how it went', () => {
  let meeting: number;
  let decision: number;
  let handlingCase: number;
  let dispatchedCase: number;
  let taskItem: number;

  it('records a meeting, a topic and a decision with case, 督办 and task items, with audit and events', async () => {
    const pushed = events.length;
    meeting = await id('meeting.open', { bodyId: streetBody, heldOn: '2026-11-20', title: '十一月街道联席会议', units: ['城管执法中队', '派出所'], people: [{ name: '街道党工委书记', unit: '街道' }] });
    const topic = await id('meeting.addTopic', { meetingId: meeting, title: '背街小巷占道经营' });
    handlingCase = openCase('handling');
    dispatchedCase = openCase('dispatched', [handlingCase]);
    expect(db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck().get(dispatchedCase)).toBe(0);
    decision = await id('meeting.decide', {
      meetingId: meeting,
      topicId: topic,
      text: '城管中队牵头联合整治，两周内完成',
      items: [
        { kind: 'case', caseId: handlingCase, owner: '城管执法中队', dueOn: '2026-12-04' },
        { kind: 'supervise', caseId: dispatchedCase, owner: '街道网格中心', dueOn: '2026-12-04' },
        { kind: 'task', title: '建立长效巡查机制', owner: '城管执法中队', dueOn: '2026-12-10' },
      ],
    });
    // The 督办 went through the case state machine: flag, case event with the decision, case.changed.
    expect(db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck().get(dispatchedCase)).toBe(1);
    const ev = db.prepare("SELECT note FROM case_event WHERE case_id = ? AND kind = 'supervise'").pluck().get(dispatchedCase) as string;
    expect(ev).toContain('会议决定 JD');
    const mine = events.slice(pushed);
    expect(mine.filter((e) => e.name === 'meeting.changed')).toHaveLength(3);
    expect(mine.some((e) => e.name === 'case.changed' && (e.payload as { caseId: number }).caseId === dispatchedCase)).toBe(true);
    const audit = db.prepare("SELECT action FROM audit_log WHERE entity IN ('meeting', 'meeting_decision') ORDER BY id").pluck().all() as string[];
    expect(audit).toEqual(expect.arrayContaining(['meeting.open', 'meeting.addTopic', 'meeting.decide', 'meeting.addItem']));
    const d = decisionOf(await detail(meeting), decision);
    expect(d.items.map((i) => [i.kind, i.progress])).toEqual([
      ['case', 'in_progress'],
      ['supervise', 'in_progress'],
      ['task', 'not_started'],
    ]);
    expect(d.progress).toBe('in_progress');
    taskItem = d.items[2]!.id;
  });

  it('a case closed through the case workflow makes its item done; a finished task too; the decision is done when all are', async () => {
    // 反馈 recorded by the desk, 核查通过 by another account (the workflow's own rules).
    ok(await call('case.act', { caseId: handlingCase, action: 'feedback', note: '已整治完毕' }, 'dispatcher'));
    ok(await call('case.act', { caseId: handlingCase, action: 'verifyPass' }, 'admin'));
    let d = decisionOf(await detail(meeting), decision);
    expect(d.items[0]!.progress).toBe('done');
    expect(d.items[0]!.linkedStatus).toBe('closed');
    ok(await call('meeting.itemStep', { itemId: taskItem, action: 'start' }));
    ok(await call('meeting.itemStep', { itemId: taskItem, action: 'complete' }));
    d = decisionOf(await detail(meeting), decision);
    expect(d.items.map((i) => i.progress)).toEqual(['done', 'in_progress', 'done']);
    expect(d.progress).toBe('in_progress');
  });

  it('refuses illegal steps with a typed reason and changes nothing', async () => {
    expect(await refused('meeting.itemStep', { itemId: taskItem, action: 'complete' })).toMatchObject({ code: 'conflict', reason: 'illegal_step' });
    expect(await refused('meeting.itemStep', { itemId: taskItem, action: 'start' })).toMatchObject({ code: 'conflict', reason: 'illegal_step' });
    const caseItem = decisionOf(await detail(meeting), decision).items[0]!.id;
    expect(await refused('meeting.itemStep', { itemId: caseItem, action: 'complete' })).toMatchObject({ reason: 'not_a_task' });
    expect(await refused('meeting.addItem', { decisionId: decision, item: { kind: 'case', caseId: handlingCase, owner: '城管执法中队', dueOn: '2026-12-04' } })).toMatchObject({ reason: 'case_closed' });
    expect(await refused('meeting.addItem', { decisionId: decision, item: { kind: 'supervise', caseId: dispatchedCase, owner: '网格中心', dueOn: '2026-12-04' } })).toMatchObject({ reason: 'duplicate_item' });
    // A 督办 by a dispatcher: the case state machine refuses, and the whole decision is undone.
    const other = await id('meeting.open', { bodyId: streetBody, heldOn: '2026-11-21', title: '临时会议' }, 'admin');
    const topic = await id('meeting.addTopic', { meetingId: other, title: '临时议题' }, 'admin');
    const free = openCase('handling', [dispatchedCase, handlingCase]);
    expect(free, 'another dispatched case').toBeTruthy();
    expect(await refused('meeting.decide', { meetingId: other, topicId: topic, text: '督办此案件', items: [{ kind: 'supervise', caseId: free, owner: '网格中心', dueOn: '2026-12-01' }] }, 'dispatcher')).toMatchObject({ code: 'unauthorized' });
    // A topic of another meeting.
    expect(await refused('meeting.decide', { meetingId: other, topicId: decisionOf(await detail(meeting), decision).topicId, text: '张冠李戴的决定', items: [] }, 'admin')).toMatchObject({ reason: 'wrong_meeting' });
    ok(await call('meeting.close', { id: other }, 'admin'));
    expect(await refused('meeting.close', { id: other }, 'admin')).toMatchObject({ reason: 'illegal_step' });
    expect(await refused('meeting.addTopic', { meetingId: other, title: '会后补的议题' }, 'admin')).toMatchObject({ reason: 'meeting_closed' });
    expect(await refused('meeting.decide', { meetingId: other, topicId: topic, text: '会后补的决定', items: [] }, 'admin')).toMatchObject({ reason: 'meeting_closed' });
    // Withdrawn once; then neither again, nor new items, nor task steps.
    const topic2 = await id('meeting.addTopic', { meetingId: meeting, title: '另一议题' });
    const gone = await id('meeting.decide', { meetingId: meeting, topicId: topic2, text: '先试行一个月再定', items: [{ kind: 'task', title: '试行', owner: '社区', dueOn: '2026-12-20' }] });
    ok(await call('meeting.withdrawDecision', { decisionId: gone, reason: '情况已变化' }));
    expect(await refused('meeting.withdrawDecision', { decisionId: gone, reason: '再撤一次' })).toMatchObject({ reason: 'illegal_step' });
    expect(await refused('meeting.addItem', { decisionId: gone, item: { kind: 'task', title: '补充', owner: '社区', dueOn: '2026-12-20' } })).toMatchObject({ reason: 'decision_withdrawn' });
    expect(await refused('meeting.withdrawDecision', { decisionId: gone, reason: '' })).toMatchObject({ code: 'invalid_input', path: 'reason' });
    expect(await refused('meeting.open', { bodyId: 999_999, heldOn: '2026-11-20', title: '无此机构' })).toMatchObject({ code: 'not_found', path: 'bodyId' });
  });

  it('a case past its due makes its item, and its decision, late', async () => {
    const due = db.prepare('SELECT due_at FROM case_file WHERE id = ?').pluck().get(dispatchedCase) as number;
    clock = due + 60_000;
    await relogin();
    const d = decisionOf(await detail(meeting), decision);
    expect(d.items[1]!.progress).toBe('late');
    expect(d.progress).toBe('late');
  });

  it('the next meeting of the same body opens with the last one\'s decisions and their progress', async () => {
    const next = await id('meeting.open', { bodyId: streetBody, heldOn: '2026-12-20', title: '十二月街道联席会议' });
    const opened = await detail(next);
    // The previous meeting by day is the closed one of 11-21, then 11-20's; the latest before it with decisions is listed.
    expect(opened.previous?.meeting.heldOn).toBe('2026-11-21');
    const back = await detail(opened.previous!.meeting.id);
    expect(back.previous?.meeting.id).toBe(meeting);
    const listed = back.previous!.decisions.find((x) => x.id === decision)!;
    expect(listed.progress).toBe('late');
    expect(listed.items.map((i) => i.progress)).toEqual(['done', 'late', 'done']);
  });
});

describe('the briefing deck records a decision on what the leader is looking at', () => {
  it('an overdue case: today\'s 研判会 gets a topic, a decision and a 督办 item, and the case its flag', async () => {
    clock = TEST_ANCHOR;
    await relogin();
    const { id: overdue, code } = db.prepare("SELECT id, code FROM case_file WHERE status IN ('dispatched', 'handling') AND due_at < ? AND supervised = 0 ORDER BY id LIMIT 1").get(clock) as { id: number; code: string };
    expect(overdue).toBeTruthy();
    expect(ok(await call('meeting.briefingSession', {}))).toBeNull();
    const r = ok<BriefingDecisionResult>(await call('meeting.briefingDecide', { target: { kind: 'overdue_case', caseCode: code }, text: '责成责任单位三日内办结', owner: '城管执法中队', dueOn: '2026-11-23', supervise: true }));
    expect(db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck().get(overdue)).toBe(1);
    // A hot spot is named by its centre: the building's grid is found from it.
    const spot = db.prepare('SELECT center_lng AS lng, center_lat AS lat, grid_id FROM building ORDER BY id LIMIT 1').get() as { lng: number; lat: number; grid_id: number };
    const r2 = ok<BriefingDecisionResult>(await call('meeting.briefingDecide', { target: { kind: 'hot_spot', lng: spot.lng, lat: spot.lat, label: '市容环境' }, text: '组织网格员专项巡查', owner: '网格中心', dueOn: '2026-11-27' }));
    expect(r2.meetingId).toBe(r.meetingId);
    const session = ok<MeetingDetail>(await call('meeting.briefingSession', {}))!;
    expect(session.meeting).toMatchObject({ id: r.meetingId, kind: 'review', heldOn: '2026-11-20', status: 'open' });
    expect(session.topics.map((t) => t.source)).toEqual(['overdue_case', 'hot_spot']);
    expect(session.topics[0]!.caseId).toBe(overdue);
    // Past its due already: late from the start.
    expect(session.topics[0]!.decisions[0]!.items[0]).toMatchObject({ kind: 'supervise', caseId: overdue, progress: 'late' });
    expect(session.topics[1]!.decisions[0]!.items[0]).toMatchObject({ kind: 'task', progress: 'not_started' });
    expect(session.topics[1]!.gridId).toBe(spot.grid_id);
    expect(await refused('meeting.briefingDecide', { target: { kind: 'overdue_case', caseCode: 'NOPE' }, text: '无此案件的决定', owner: '网格中心', dueOn: '2026-11-27' })).toMatchObject({ code: 'not_found', path: 'target.caseCode' });
  });

  it('counts decisions by progress for the wall and the briefing', async () => {
    const f = ok<DecisionFigures>(await call('meeting.figures', {}));
    const fromDb = db.prepare("SELECT count(*) FROM meeting_decision WHERE status = 'active'").pluck().get() as number;
    expect(f.active).toBe(fromDb);
    expect(f.done + f.inProgress + f.notStarted + f.late).toBe(f.active);
    expect(f.late).toBeGreaterThanOrEqual(1);
    expect(f.dueSoon).toBeGreaterThanOrEqual(1);
  });
});

describe('roles and community scope', () => {
  it('a handler may not read meetings, an operator may not record them', async () => {
    expect(await refused('meeting.open', { bodyId: streetBody, heldOn: '2026-11-20', title: '值班员开会' }, 'operator')).toMatchObject({ code: 'unauthorized' });
    ok(await call('meeting.bodies', {}, 'operator'));
  });
  it('a community account records its own community\'s meetings, not the street\'s', async () => {
    expect(await refused('meeting.open', { bodyId: streetBody, heldOn: '2026-11-20', title: '社区想开街道会' }, 'community')).toMatchObject({ code: 'unauthorized', reason: 'out_of_scope' });
    const m = await id('meeting.open', { bodyId: communityBody, heldOn: '2026-11-20', title: '社区联席会议' }, 'community');
    expect((await detail(m, 'community')).meeting.communityId).toBe(c1);
    const bodies = ok<MeetingBodyView[]>(await call('meeting.bodies', {}, 'community'));
    expect(bodies.every((b) => b.communityId === null || b.communityId === c1)).toBe(true);
  });
});
