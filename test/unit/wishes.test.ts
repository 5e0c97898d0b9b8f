// 三微 through the API against a real encrypted demo street: every legal step of the flow
// (record → approve → publish → claim → fulfil with a photo → feedback; reject; withdraw;
// release), a sample of illegal steps refused with a typed error and nothing changed, photos
// checked, a member's fulfilled wish in the service ledger, the resident masked by role,
// the audit without personal values, and roles refused in the core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../src/shared/events';
import type { WishAction, WishDetail, WishList } from '../../src/shared/wishes';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { WISH_TRANSITIONS } from '../../src/main/core/wishes/transitions';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

/** A 1×1 PNG. */
export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];
let f: { community: number; resident: number; otherResident: number; collector: number; member: number; unit: number; otherCollector: number };

const call = (method: string, input: unknown, who = 'community') => core.call(method, input, tokens[who]!);
const counts = () => ({
  wishes: db.prepare('SELECT count(*) FROM micro_wish').pluck().get(),
  events: db.prepare('SELECT count(*) FROM micro_wish_event').pluck().get(),
  photos: db.prepare('SELECT count(*) FROM micro_wish_photo').pluck().get(),
  service: db.prepare('SELECT count(*) FROM service_record').pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  state: db.prepare('SELECT group_concat(id || status || coalesce(claimant_id, \'-\'), \',\') FROM micro_wish').pluck().get(),
});
const refused = (method: string, input: unknown, who = 'community') => expectRefusal(method, () => call(method, input, who), counts);
const record = async (extra: Record<string, unknown> = {}) =>
  ok<WishDetail>(await call('wish.record', { kind: 'wish', category: 'daily_goods', title: '一个新书包', detail: '孩子上学用', residentId: f.resident, collectorStaffId: f.collector, ...extra }));
const act = async (wishId: number, action: WishAction, extra: Record<string, unknown> = {}) => ok<WishDetail>(await call('wish.act', { wishId, action, ...extra }));
const photo = { name: 'done.png', mime: 'image/png', dataBase64: PNG_1PX };

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  for (const u of ['admin', 'community', 'dispatcher', 'leader']) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const community = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  const pick = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  const residentIn = (op: string) =>
    pick(`SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id ${op} ? ORDER BY r.id LIMIT 1`, community);
  f = {
    community,
    resident: residentIn('='),
    otherResident: residentIn('<>'),
    collector: pick(`SELECT s.id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id = ? AND s.role = 'grid_worker' AND s.vacated_on IS NULL ORDER BY s.id LIMIT 1`, community),
    otherCollector: pick(`SELECT s.id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id <> ? AND s.role = 'grid_worker' ORDER BY s.id LIMIT 1`, community),
    member: pick(`SELECT m.id FROM party_member m JOIN party_org o ON o.id = m.org_id WHERE o.community_id = ? ORDER BY m.id LIMIT 1`, community),
    unit: pick(`SELECT id FROM party_org WHERE kind = 'resident_unit' ORDER BY id LIMIT 1`),
  };
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('the wish flow', () => {
  it('goes through every legal step: record, approve, publish, claim, fulfil with a photo, feedback', async () => {
    const before = counts();
    const w = await record();
    expect(w.status).toBe('pending_review');
    expect(w.code).toMatch(/^WX2026-\d{5}$/);
    expect(w.actions.sort()).toEqual(['approve', 'reject', 'withdraw']);
    expect((await act(w.id, 'approve')).status).toBe('approved');
    expect((await act(w.id, 'publish')).status).toBe('published');
    const claimed = await act(w.id, 'claim', { claimant: { kind: 'member', id: f.member } });
    expect(claimed.status).toBe('claimed');
    expect(claimed.claimant).toMatchObject({ kind: 'member', id: f.member });
    const fulfilled = await act(w.id, 'fulfil', { hours: 2.5, photos: [photo], note: '已送到家中' });
    expect(fulfilled.status).toBe('fulfilled');
    expect(fulfilled.photos).toHaveLength(1);
    expect(fulfilled.photos[0]!.dataBase64).toBe(PNG_1PX);
    const done = await act(w.id, 'feedback', { satisfaction: 'satisfied', note: '很满意' });
    expect(done.status).toBe('evaluated');
    expect(done.satisfaction).toBe('satisfied');
    expect(done.actions).toEqual([]);
    expect(done.events.map((e) => e.action)).toEqual(['record', 'approve', 'publish', 'claim', 'fulfil', 'feedback']);
    // The member's service: one ledger row of 2.5 hours for this wish, in the wish's community.
    const s = db.prepare(`SELECT member_id, kind, hours, community_id FROM service_record WHERE kind = 'wish' AND ref_id = ?`).get(w.id);
    expect(s).toEqual({ member_id: f.member, kind: 'wish', hours: 2.5, community_id: f.community });
    const after = counts();
    expect(after.audit).toBe((before.audit as number) + 6);
    expect(events.filter((e) => e.name === 'partyService.changed' && (e.payload as { id: number }).id === w.id)).toHaveLength(6);
  });

  it('rejects with a reason, withdraws, and releases a claim back onto the list', async () => {
    const a = await record();
    const rejected = await act(a.id, 'reject', { note: '不属于微心愿范围' });
    expect(rejected).toMatchObject({ status: 'rejected', closeReason: '不属于微心愿范围', actions: [] });
    const b = await record();
    await act(b.id, 'approve');
    expect((await act(b.id, 'withdraw', { note: '居民已自行解决' })).status).toBe('withdrawn');
    const c = await record();
    await act(c.id, 'approve');
    await act(c.id, 'publish');
    await act(c.id, 'claim', { claimant: { kind: 'unit', id: f.unit } });
    const released = await act(c.id, 'release', { note: '单位人手不足' });
    expect(released.status).toBe('published');
    expect(released.claimant).toBeNull();
    const team = ok<{ id: number }>(await call('volunteer.createTeam', { name: '测试志愿服务队', communityId: f.community, focus: 'elderly', foundedOn: '2026-01-05' }));
    expect((await act(c.id, 'claim', { claimant: { kind: 'team', id: team.id } })).claimant).toMatchObject({ kind: 'team', id: team.id, name: '测试志愿服务队' });
  });

  it('records a 微项目 for a building without a resident, and refuses a 微心愿 without one', async () => {
    const building = db.prepare('SELECT h.building_id FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id = ?').pluck().get(f.resident) as number;
    const p = ok<WishDetail>(await call('wish.record', { kind: 'project', category: 'repair', title: '楼道扶手维修', buildingId: building, collectorStaffId: f.collector }));
    expect(p.residentName).toBeNull();
    const e = await refused('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', collectorStaffId: f.collector });
    expect(e).toMatchObject({ code: 'invalid_input' });
    expect(e.details?.[0]?.path).toBe('residentId');
  });
});

describe('illegal steps', () => {
  it('refuses each with a conflict naming the status, and changes nothing', async () => {
    const w = await record();
    const illegal: [WishAction, Record<string, unknown>][] = [
      ['publish', {}],
      ['claim', { claimant: { kind: 'member', id: f.member } }],
      ['fulfil', { hours: 1, photos: [photo] }],
      ['feedback', { satisfaction: 'basic' }],
      ['release', { note: '放弃认领' }],
    ];
    for (const [action, extra] of illegal) {
      const e = await refused('wish.act', { wishId: w.id, action, ...extra });
      expect(e.code).toBe('conflict');
      expect(e.details?.[0]).toMatchObject({ path: 'action', reason: 'illegal_step', params: { status: 'pending_review', action } });
      expect(e.message).toContain(WISH_TRANSITIONS[action].from.join(' or '));
    }
    await act(w.id, 'approve');
    await act(w.id, 'publish');
    await act(w.id, 'claim', { claimant: { kind: 'member', id: f.member } });
    for (const action of ['approve', 'publish', 'withdraw'] as const) {
      expect((await refused('wish.act', { wishId: w.id, action, ...(action === 'withdraw' ? { note: '撤回' } : {}) })).code).toBe('conflict');
    }
    // A claimed wish cannot be fulfilled without a photo, nor with a file that is not one.
    expect((await refused('wish.act', { wishId: w.id, action: 'fulfil', hours: 1, photos: [] })).details?.[0]?.path).toBe('photos');
    const bad = await refused('wish.act', { wishId: w.id, action: 'fulfil', hours: 1, photos: [{ ...photo, dataBase64: Buffer.from('not a png').toString('base64') }] });
    expect(bad.message).toContain('is not a image/png file');
    // A rejected wish is closed for good.
    const r = await record();
    await act(r.id, 'reject', { note: '重复登记' });
    for (const action of ['approve', 'publish', 'withdraw'] as const) expect((await refused('wish.act', { wishId: r.id, action, note: '再试' })).code).toBe('conflict');
  });

  it('refuses a reject or a withdrawal without a reason, and bad references naming the field', async () => {
    const w = await record();
    expect((await refused('wish.act', { wishId: w.id, action: 'reject' })).details?.[0]?.path).toBe('note');
    expect((await refused('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', residentId: f.resident, collectorStaffId: f.otherCollector })).details?.[0]?.path).toBe('collectorStaffId');
    expect((await refused('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', residentId: f.resident, collectorStaffId: f.collector, collectedAt: TEST_ANCHOR + 86_400_000 })).details?.[0]?.reason).toBe('date_after_today');
    await act(w.id, 'approve');
    await act(w.id, 'publish');
    expect((await refused('wish.act', { wishId: w.id, action: 'claim', claimant: { kind: 'unit', id: 999_999 } })).details?.[0]?.path).toBe('claimant.id');
  });
});

describe('roles and personal data', () => {
  it('refuses writes by roles that do not work wishes, and a community account outside its community', async () => {
    const w = await record();
    for (const who of ['dispatcher', 'leader']) {
      expect((await refused('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', residentId: f.resident, collectorStaffId: f.collector }, who)).code).toBe('unauthorized');
      expect((await refused('wish.act', { wishId: w.id, action: 'approve' }, who)).code).toBe('unauthorized');
    }
    const e = await refused('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', residentId: f.otherResident, collectorStaffId: f.otherCollector });
    expect(e.code).toBe('unauthorized');
    const other = ok<WishDetail>(await call('wish.record', { kind: 'wish', category: 'daily_goods', title: '书包', residentId: f.otherResident, collectorStaffId: f.otherCollector }, 'admin'));
    expect((await refused('wish.act', { wishId: other.id, action: 'approve' })).code).toBe('unauthorized');
    expect(err(await call('wish.detail', { id: other.id })).code).toBe('unauthorized');
  });

  it('masks the resident for the desk, leaves them out for the leader, and keeps names out of the audit', async () => {
    const w = await record();
    const name = db.prepare('SELECT name FROM resident WHERE id = ?').pluck().get(f.resident) as string;
    const seen = ok<WishDetail>(await call('wish.detail', { id: w.id }));
    expect(seen.residentName).not.toBe(name);
    expect(seen.residentName).toMatch(/^.\*+$/);
    expect(seen.place).not.toContain('室');
    const leader = ok<WishDetail>(await call('wish.detail', { id: w.id }, 'leader'));
    expect(leader.residentName).toBeNull();
    expect(leader.place).toBeNull();
    expect(leader.actions).toEqual([]);
    const list = ok<WishList>(await call('wish.list', { status: ['pending_review'] }));
    expect(list.items.every((i) => i.communityId === f.community && i.status === 'pending_review')).toBe(true);
    expect(list.byStatus.pending_review).toBe(list.total);
    const audit = db.prepare(`SELECT detail FROM audit_log WHERE action LIKE 'wish.%'`).pluck().all() as string[];
    expect(audit.length).toBeGreaterThan(10);
    expect(audit.join('\n')).not.toContain(name);
  });
});
