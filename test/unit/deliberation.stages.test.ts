// 议事 by the 五步工作法 through the API against a real encrypted demo street: a matter goes
// 居民提事 → 网格议事 → 会议定事 → 联动办事 → 群众评事 with its history, audit and events; each
// illegal step (out of order, acting with nothing to do, evaluating unfinished work, dropping
// a decided matter, a speaker for an option that does not exist) is refused with a typed
// reason and changes nothing; the drawers' lists by grid and building; community scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../src/shared/events';
import type { MatterDetail, MatterFigures, MatterView } from '../../src/shared/deliberation';
import type { MeetingBodyView } from '../../src/shared/meetings';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];
let c1: number;
let building: number;
let grid: number;
let otherBuilding: number;
let massesBody: number;

const call = (method: string, input: unknown, who = 'community') => core.call(method, input, tokens[who]!);
const stage = (id: number) => db.prepare('SELECT stage FROM matter WHERE id = ?').pluck().get(id) as string;
const counts = () => ({
  matters: db.prepare("SELECT group_concat(id || ':' || stage || ':' || coalesce(decision_id, '') || ':' || coalesce(asked, '')) FROM matter").pluck().get(),
  events: db.prepare('SELECT count(*) FROM matter_event').pluck().get(),
  discussions: db.prepare('SELECT count(*) FROM matter_discussion').pluck().get(),
  speakers: db.prepare('SELECT count(*) FROM matter_speaker').pluck().get(),
  decisions: db.prepare('SELECT count(*) FROM meeting_decision').pluck().get(),
  topics: db.prepare('SELECT count(*) FROM meeting_topic').pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
});
const refused = (method: string, input: unknown, who = 'community') => expectRefusal(method, () => call(method, input, who), counts, events);
const raise = async (title = '老楼加装电梯', b = building) =>
  ok<{ id: number }>(await call('matter.raise', { title, description: '五层老楼居民联名申请加装电梯', raisedBy: '3号楼居民12户联名', raisedOn: '2026-11-02', place: { buildingId: b } })).id;
const discussion = (id: number) => ({
  id,
  heldOn: '2026-11-10',
  minutes: '网格议事会，居民代表充分发言，低层住户提出补偿诉求',
  options: ['按单元征询后加装', '暂缓，先做低层补偿方案'],
  speakers: [
    { who: '楼栋长', option: 0, words: '老人上下楼太难' },
    { who: '一楼住户代表', option: 1, words: '担心采光和噪音' },
    { who: '党员代表', option: 0, words: '' },
  ],
  attendance: 24,
});

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  for (const who of ['admin', 'leader', 'community', 'operator']) {
    tokens[who] = ok<{ token: string }>(await core.call('auth.unlock', { username: who, password: 'streetops' }, null)).token;
  }
  db = await openStreetReadonly(copy.dir);
  c1 = db.prepare("SELECT community_id FROM app_user WHERE username = 'community'").pluck().get() as number;
  building = db.prepare('SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY b.id LIMIT 1').pluck().get(c1) as number;
  grid = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck().get(building) as number;
  otherBuilding = db.prepare('SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id <> ? ORDER BY b.id LIMIT 1').pluck().get(c1) as number;
  massesBody = ok<MeetingBodyView[]>(await call('meeting.bodies', {})).find((b) => b.kind === 'party_masses' && b.communityId === c1)!.id;
}, 240_000);

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('the five steps', () => {
  it('walks a matter through 居民提事 → 网格议事 → 会议定事 → 联动办事 → 群众评事, refusing each step out of order', async () => {
    const pushed = events.length;
    const id = await raise();
    expect(stage(id)).toBe('raised');
    expect(db.prepare('SELECT grid_id FROM matter WHERE id = ?').pluck().get(id)).toBe(grid);
    const meeting = ok<{ id: number }>(await call('meeting.open', { bodyId: massesBody, heldOn: '2026-11-18', title: '十一月党群议事会' })).id;

    // Not yet discussed: it cannot be decided, carried out or evaluated.
    expect(await refused('matter.decide', { id, meetingId: meeting, option: 0, text: '同意加装电梯' })).toMatchObject({ code: 'conflict', reason: 'illegal_step' });
    expect(await refused('matter.act', { id })).toMatchObject({ reason: 'illegal_step' });
    expect(await refused('matter.evaluate', { id, asked: 20, satisfied: 15, basicallySatisfied: 3 })).toMatchObject({ reason: 'illegal_step' });
    expect(await refused('matter.discuss', { ...discussion(id), speakers: [{ who: '居民', option: 2, words: '' }] })).toMatchObject({ code: 'invalid_input', reason: 'bad_option', path: 'speakers[0].option' });

    ok(await call('matter.discuss', discussion(id)));
    expect(stage(id)).toBe('discussed');
    expect(await refused('matter.decide', { id, meetingId: meeting, option: 5, text: '同意加装电梯' })).toMatchObject({ reason: 'bad_option' });

    const decided = ok<{ decisionId: number; stage: string }>(await call('matter.decide', { id, meetingId: meeting, option: 0, text: '按单元征询，同意率达标的单元加装电梯' }));
    expect(decided.stage).toBe('decided');
    expect(await refused('matter.drop', { id, reason: '不想做了' })).toMatchObject({ reason: 'illegal_step' });
    expect(await refused('matter.discuss', discussion(id))).toMatchObject({ reason: 'illegal_step' });
    // Nothing to carry out yet.
    expect(await refused('matter.act', { id })).toMatchObject({ code: 'conflict', reason: 'no_items' });

    const item = ok<{ id: number }>(await call('meeting.addItem', { decisionId: decided.decisionId, item: { kind: 'task', title: '逐户征询意见', owner: '社区居委会', dueOn: '2026-12-15' } })).id;
    ok(await call('matter.act', { id }));
    expect(stage(id)).toBe('acting');
    // Work not finished: residents do not evaluate yet.
    expect(await refused('matter.evaluate', { id, asked: 20, satisfied: 15, basicallySatisfied: 3 })).toMatchObject({ code: 'conflict', reason: 'not_done' });
    ok(await call('meeting.itemStep', { itemId: item, action: 'complete' }));
    expect(await refused('matter.evaluate', { id, asked: 20, satisfied: 15, basicallySatisfied: 9 })).toMatchObject({ code: 'invalid_input', reason: 'bad_counts' });
    ok(await call('matter.evaluate', { id, asked: 20, satisfied: 15, basicallySatisfied: 3, note: '居民总体满意' }));
    expect(stage(id)).toBe('evaluated');
    expect(await refused('matter.evaluate', { id, asked: 20, satisfied: 15, basicallySatisfied: 3 })).toMatchObject({ reason: 'illegal_step' });

    const d = ok<MatterDetail>(await call('matter.detail', { id }));
    expect(d.history.map((h) => h.action)).toEqual(['raise', 'discuss', 'decide', 'act', 'evaluate']);
    expect(d.discussions[0]!.options.map((o) => o.speakers.map((s) => s.who))).toEqual([['楼栋长', '党员代表'], ['一楼住户代表']]);
    expect(d.decision).toMatchObject({ id: decided.decisionId, progress: 'done', matterId: id });
    expect(d.matter.satisfaction).toBeCloseTo(0.9);
    expect(d.next).toEqual([]);
    const audit = db.prepare("SELECT action FROM audit_log WHERE entity = 'matter' AND entity_id = ? ORDER BY id").pluck().all(id);
    expect(audit).toEqual(['matter.raise', 'matter.discuss', 'matter.decide', 'matter.act', 'matter.evaluate']);
    // Speakers' names stay out of the audit trail.
    expect(JSON.stringify(db.prepare("SELECT detail FROM audit_log WHERE entity = 'matter'").pluck().all())).not.toContain('楼栋长');
    const mine = events.slice(pushed).filter((e) => e.name === 'matter.changed');
    expect(mine.map((e) => (e.payload as { stage: string }).stage)).toEqual(['raised', 'discussed', 'decided', 'acting', 'evaluated']);
    // The meeting shows the matter's topic and decision.
    const meetingDetail = ok<{ topics: { source: string; matterId: number | null }[] }>(await call('meeting.detail', { id: meeting }));
    expect(meetingDetail.topics).toEqual([expect.objectContaining({ source: 'matter', matterId: id })]);
  });

  it('drops a matter still being talked about, with a reason', async () => {
    const id = await raise('广场舞噪音');
    expect(await refused('matter.drop', { id, reason: '' })).toMatchObject({ code: 'invalid_input', path: 'reason' });
    ok(await call('matter.drop', { id, reason: '居民协商后自行解决' }));
    expect(stage(id)).toBe('dropped');
    expect(await refused('matter.discuss', discussion(id))).toMatchObject({ reason: 'illegal_step' });
  });
});

describe('seen from the grid and the building', () => {
  it('lists matters by grid and by building with their stage, and counts them by stage', async () => {
    const byBuilding = ok<MatterView[]>(await call('matter.list', { buildingId: building }));
    expect(byBuilding.map((m) => m.stage).sort()).toEqual(['dropped', 'evaluated']);
    const byGrid = ok<MatterView[]>(await call('matter.list', { gridId: grid }));
    expect(byGrid.length).toBeGreaterThanOrEqual(2);
    const f = ok<MatterFigures>(await call('matter.figures', {}, 'leader'));
    expect(f).toMatchObject({ evaluated: expect.any(Number), dropped: expect.any(Number) });
    expect(f.evaluated).toBe(db.prepare("SELECT count(*) FROM matter WHERE stage = 'evaluated'").pluck().get());
  });

  it('keeps a community account to its own community', async () => {
    expect(await refused('matter.raise', { title: '别的社区的事', description: '不在本社区范围内', raisedBy: '居民', raisedOn: '2026-11-02', place: { buildingId: otherBuilding } })).toMatchObject({
      code: 'unauthorized',
      reason: 'out_of_scope',
    });
    const theirs = ok<{ id: number }>(await call('matter.raise', { title: '别的社区的事', description: '由街道登记的事项', raisedBy: '居民', raisedOn: '2026-11-02', place: { buildingId: otherBuilding } }, 'admin')).id;
    expect(await refused('matter.detail', { id: theirs })).toMatchObject({ code: 'unauthorized' });
    expect(ok<MatterView[]>(await call('matter.list', {})).every((m) => m.communityId === c1)).toBe(true);
    expect(await refused('matter.raise', { title: '值班员登记', description: '值班员不能登记', raisedBy: '居民', raisedOn: '2026-11-02', place: { buildingId: building } }, 'operator')).toMatchObject({ code: 'unauthorized' });
  });
});
