// The wall and the briefing deck carry decisions by progress and resident matters by stage as
// counts only: after a decision (its text and owner naming people) and a matter (its speakers
// named) are recorded, the wall's snapshot and delta and the deck move their figures, and none
// of them holds those words, a resident's name from the register, or a phone number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDeck } from '../../src/shared/briefing';
import type { MeetingBodyView } from '../../src/shared/meetings';
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
    expect(snap.meetings.decisions.active).toBe(0);
    const body = (await call<MeetingBodyView[]>('meeting.bodies', {})).find((b) => b.kind === 'joint_street')!;
    const meeting = (await call<{ id: number }>('meeting.open', { bodyId: body.id, heldOn: '2026-11-20', title: '街道联席会议', people: [{ name: resident, unit: '居民代表' }] })).id;
    await call('meeting.decide', { meetingId: meeting, topicTitle: '楼道堆物', text: `由${resident}牵头清理楼道堆物`, items: [{ kind: 'task', title: `${resident}负责联系物业`, owner: `${resident}（楼栋长）`, dueOn: '2026-11-19' }] });
    const building = db.prepare('SELECT id FROM building ORDER BY id LIMIT 1').pluck().get() as number;
    const matter = (await call<{ id: number }>('matter.raise', { title: '加装电梯', description: '居民联名申请加装电梯', raisedBy: `${resident}等12户`, raisedOn: '2026-11-10', place: { buildingId: building } })).id;
    await call('matter.discuss', { id: matter, heldOn: '2026-11-15', minutes: '居民议事', options: ['加装', '暂缓'], speakers: [{ who: resident, option: 0, words: '支持加装' }], attendance: 20 });

    const delta = await call<WallDelta>('wall.delta', { sinceEventId: snap.lastEventId });
    const again = await call<WallSnapshot>('wall.snapshot', {});
    const deck = await call<BriefingDeck>('briefing.build', { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR + 86_400_000, scope: { kind: 'street' } });
    for (const figures of [delta.meetings, again.meetings, deck.meetings]) {
      // The task was due yesterday: the decision is late.
      expect(figures.decisions).toMatchObject({ active: 1, late: 1, done: 0 });
      expect(figures.matters).toMatchObject({ raised: 0, discussed: 1 });
    }
    for (const [what, payload] of [['wall.snapshot', again], ['wall.delta', delta], ['briefing', deck]] as const) {
      const text = JSON.stringify(payload);
      expect(text.includes(resident), `${what} carries a resident's name`).toBe(false);
      expect(text.includes('楼栋长'), `${what} carries a decision's owner`).toBe(false);
      expect(text.includes('支持加装'), `${what} carries a speaker's words`).toBe(false);
      expect(PHONE.test(JSON.stringify(payload.meetings)), `${what} meetings carry a phone`).toBe(false);
    }
  });
});
