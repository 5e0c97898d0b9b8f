// The wall and the briefing deck carry decisions by progress and resident matters by stage as
// counts only: after a decision (its text and owner naming people) and a matter (its speakers
// named) are recorded, the wall's snapshot and delta and the deck move their figures, and none
// of them holds those words, a resident's name from the register, or a phone number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDeck } from '../../src/shared/briefing';
import type { DecisionFigures, MeetingBodyView, MeetingDetail } from '../../src/shared/meetings';
import type { MatterFigures } from '../../src/shared/deliberation';
import type { WallDelta, WallSnapshot } from '../../src/shared/wall';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let db: Db;
let leader = '';
const call = <T>(method: string, input: unknown) => core.call(method, input, leader).then((r) => ok<T>(r));
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  leader = ok<{ token: string }>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
}, 240_000);

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('decisions and matters on the wall and the briefing', () => {
  it('move with what is recorded and carry counts only', async () => {
    const resident = db.prepare('SELECT name FROM resident ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const snap = await call<WallSnapshot>('wall.snapshot', {});
    const period = { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR + 86_400_000 };
    // The demo street has a year of meetings of its own: the figures are compared as moves.
    const deckBefore = await call<BriefingDeck>('briefing.build', { ...period, scope: { kind: 'street' } });
    const body = (await call<MeetingBodyView[]>('meeting.bodies', {})).find((b) => b.kind === 'joint_street')!;
    const meeting = (await call<{ id: number }>('meeting.open', { bodyId: body.id, heldOn: '2026-11-20', title: '街道联席会议', people: [{ name: resident, unit: '居民代表' }] })).id;
    await call('meeting.decide', { meetingId: meeting, topicTitle: '楼道堆物', text: `由${resident}牵头清理楼道堆物`, items: [{ kind: 'task', title: `${resident}负责联系物业`, owner: `${resident}（楼栋长）`, dueOn: '2026-11-19' }] });
    const building = db.prepare('SELECT id FROM building ORDER BY id LIMIT 1').pluck().get() as number;
    const matter = (await call<{ id: number }>('matter.raise', { title: '加装电梯', description: '居民联名申请加装电梯', raisedBy: `${resident}等12户`, raisedOn: '2026-11-10', place: { buildingId: building } })).id;
    await call('matter.discuss', { id: matter, heldOn: '2026-11-15', minutes: '居民议事', options: ['加装', '暂缓'], speakers: [{ who: resident, option: 0, words: '支持加装' }], attendance: 20 });

    const delta = await call<WallDelta>('wall.delta', { sinceEventId: snap.lastEventId });
    const again = await call<WallSnapshot>('wall.snapshot', {});
    const deck = await call<BriefingDeck>('briefing.build', { ...period, scope: { kind: 'street' } });
    const moved = (a: { decisions: DecisionFigures; matters: MatterFigures }, b: { decisions: DecisionFigures; matters: MatterFigures }) => ({
      active: a.decisions.active - b.decisions.active,
      late: a.decisions.late - b.decisions.late,
      done: a.decisions.done - b.decisions.done,
      raised: a.matters.raised - b.matters.raised,
      discussed: a.matters.discussed - b.matters.discussed,
    });
    // The task was due yesterday: the decision is late; the matter was raised and discussed.
    const expected = { active: 1, late: 1, done: 0, raised: 0, discussed: 1 };
    expect(moved(delta.meetings, snap.meetings)).toEqual(expected);
    expect(moved(again.meetings, snap.meetings)).toEqual(expected);
    expect(moved(deck.meetings, deckBefore.meetings)).toEqual(expected);
    for (const [what, payload] of [['wall.snapshot', again], ['wall.delta', delta], ['briefing', deck]] as const) {
      const text = JSON.stringify(payload);
      expect(text.includes(resident), `${what} carries a resident's name`).toBe(false);
      expect(text.includes('楼栋长'), `${what} carries a decision's owner`).toBe(false);
      expect(text.includes('支持加装'), `${what} carries a speaker's words`).toBe(false);
      expect(PHONE.test(JSON.stringify(payload.meetings)), `${what} meetings carry a phone`).toBe(false);
    }
  });
});

describe('the figures against crafted data', () => {
  // One matter left at each of the five steps, a late decision, one due within a week, and a
  // decision of a meeting held before the deck's period: the wall counts every open decision,
  // the deck's Party slide only those of the period's meetings.
  it('count each step, late and due decisions, and the period\'s decisions and visits', async () => {
    const before = (await call<WallSnapshot>('wall.snapshot', {})).meetings;
    const period = { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR + 86_400_000 };
    const deckBefore = await call<BriefingDeck>('briefing.build', { ...period, scope: { kind: 'street' } });
    const body = (await call<MeetingBodyView[]>('meeting.bodies', {})).find((b) => b.kind === 'joint_street')!;
    const meeting = (await call<{ id: number }>('meeting.open', { bodyId: body.id, heldOn: '2026-11-18', title: '十一月联席会议' })).id;
    const old = (await call<{ id: number }>('meeting.open', { bodyId: body.id, heldOn: '2026-09-10', title: '九月联席会议' })).id;
    await call('meeting.decide', { meetingId: meeting, topicTitle: '占道经营', text: '联合整治占道经营', items: [{ kind: 'task', title: '联合执法', owner: '城管执法中队', dueOn: '2026-11-19' }] });
    await call('meeting.decide', { meetingId: meeting, topicTitle: '楼道照明', text: '更换楼道灯具', items: [{ kind: 'task', title: '更换灯具', owner: '物业公司', dueOn: '2026-11-23' }] });
    await call('meeting.decide', { meetingId: old, topicTitle: '绿地养护', text: '补种绿地', items: [{ kind: 'task', title: '补种', owner: '绿化队', dueOn: '2026-12-31' }] });

    const building = db.prepare('SELECT id FROM building ORDER BY id LIMIT 1 OFFSET 3').pluck().get() as number;
    const raise = async (title: string) => (await call<{ id: number }>('matter.raise', { title, description: '居民反映的公共事务', raisedBy: '5号楼居民', raisedOn: '2026-11-10', place: { buildingId: building } })).id;
    const discuss = (id: number) => call('matter.discuss', { id, heldOn: '2026-11-12', minutes: '网格议事会', options: ['同意', '暂缓'], speakers: [], attendance: 15 });
    const decide = async (id: number) => (await call<{ decisionId: number }>('matter.decide', { id, meetingId: meeting, option: 0, text: '同意实施' })).decisionId;
    const task = (decisionId: number, dueOn: string) => call('meeting.addItem', { decisionId, item: { kind: 'task', title: '组织实施', owner: '社区居委会', dueOn } });
    await raise('公共晾晒区');
    await discuss(await raise('非机动车棚'));
    const decided = await raise('楼顶防水');
    await discuss(decided);
    await decide(decided);
    const acting = await raise('小区道路修补');
    await discuss(acting);
    await task(await decide(acting), '2026-12-31');
    await call('matter.act', { id: acting });
    const evaluated = await raise('健身器材更新');
    await discuss(evaluated);
    const d5 = await decide(evaluated);
    await task(d5, '2026-12-31');
    await call('matter.act', { id: evaluated });
    const detail = await call<MeetingDetail>('meeting.detail', { id: meeting });
    const item = detail.topics.flatMap((x) => x.decisions).find((d) => d.id === d5)!.items[0]!.id;
    await call('meeting.itemStep', { itemId: item, action: 'complete' });
    await call('matter.evaluate', { id: evaluated, asked: 40, satisfied: 30, basicallySatisfied: 6 });

    const after = (await call<WallSnapshot>('wall.snapshot', {})).meetings;
    const deck = await call<BriefingDeck>('briefing.build', { ...period, scope: { kind: 'street' } });
    const stages = (m: MatterFigures) => [m.raised, m.discussed, m.decided, m.acting, m.evaluated];
    const minus = (a: number[], b: number[]) => a.map((n, i) => n - b[i]!);
    for (const m of [after.matters, deck.meetings.matters]) expect(minus(stages(m), stages(before.matters))).toEqual([1, 1, 1, 1, 1]);
    const figures = (d: DecisionFigures) => [d.active, d.done, d.late, d.notStarted, d.dueSoon];
    // Five decisions of this meeting (late, due on the 23rd, three of matters: no items, a task to
    // December, done) and one of September's meeting (a task to December).
    expect(minus(figures(after.decisions), figures(before.decisions))).toEqual([6, 1, 1, 4, 1]);
    expect(minus(figures(deck.party.decisionsMade), figures(deckBefore.party.decisionsMade))).toEqual([5, 1, 1, 3, 1]);

    // 楼栋工作日 of the period: visits and the distinct buildings they reached, of those held now.
    const [from, to] = ['2026-10-21', '2026-11-20'];
    const visits = db.prepare('SELECT count(*) AS n, count(DISTINCT building_id) AS b FROM building_visit WHERE visited_on BETWEEN ? AND ?').get(from, to) as { n: number; b: number };
    expect(visits.n).toBeGreaterThan(0);
    expect(deck.party.assessment).toMatchObject({ visits: visits.n, buildingsVisited: visits.b });
    expect(deck.party.assessment.buildingsHeld).toBeGreaterThanOrEqual(visits.b);
  });
});
