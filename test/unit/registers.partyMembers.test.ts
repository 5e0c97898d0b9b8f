// Party members through the API against a real encrypted demo street: join (linked to the
// resident they are), category and 双报到 with the state following, 转接 to another
// organisation, 转入 from outside and 转出 (kept as history); the wall's member figures
// follow; history, status, audit without the name or phone; bad input refused naming the
// field with nothing changed; community staff write only their own community's members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordHistory, RegisterWriteResult } from '../../src/shared/registers';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { wallParty } from '../../src/main/core/wall/party';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { auditOf, changesOf, writeCounts } from '../helpers/registerFixtures';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens = { admin: '', community: '' };
let mine: number;
let f: { org: number; org2: number; otherOrg: number; streetOrg: number; resident: { id: number; name: string; gender: 'M' | 'F' }; otherResident: number; linkedResident: number };

const call = (method: string, input: unknown, token = tokens.admin) => core.call(method, input, token);
const write = async (method: string, input: unknown, token = tokens.admin) => ok<RegisterWriteResult>(await call(method, input, token));
const refused = (method: string, input: unknown, token = tokens.admin) => expectRefusal(method, () => call(method, input, token), () => writeCounts(db));
const member = (id: number) => db.prepare('SELECT org_id, resident_id, category, dual_report, report_community_id, phone FROM party_member WHERE id = ?').get(id);
const flag = (residentId: number) => db.prepare('SELECT is_party_member FROM resident WHERE id = ?').pluck().get(residentId);
const inMine = () => wallParty(db, { communityId: mine });

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const role of ['admin', 'community'] as const) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  mine = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  const pick = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  const residentIn = `SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
     WHERE g.community_id = ? AND r.id NOT IN (SELECT resident_id FROM party_member WHERE resident_id IS NOT NULL) AND r.is_party_member = 0 ORDER BY r.id LIMIT 1`;
  const residentId = pick(residentIn, mine);
  f = {
    org: pick(`SELECT id FROM party_org WHERE community_id = ? AND kind = 'grid_branch' ORDER BY id LIMIT 1`, mine),
    org2: pick(`SELECT id FROM party_org WHERE community_id = ? AND kind = 'community_committee'`, mine),
    otherOrg: pick(`SELECT id FROM party_org WHERE community_id <> ? AND kind = 'grid_branch' ORDER BY id LIMIT 1`, mine),
    streetOrg: pick(`SELECT id FROM party_org WHERE kind = 'street_committee'`),
    resident: db.prepare('SELECT id, name, gender FROM resident WHERE id = ?').get(residentId) as { id: number; name: string; gender: 'M' | 'F' },
    otherResident: pick(residentIn, db.prepare('SELECT id FROM community WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(mine)),
    linkedResident: pick('SELECT resident_id FROM party_member WHERE resident_id IS NOT NULL ORDER BY id LIMIT 1'),
  };
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

let joined: number;

describe('Party members', () => {
  it('joins an organisation linked to the resident they are: 双报到 pending for an employed member; history, status, audit; the figures follow', async () => {
    const before = inMine();
    const r = await write('partyMember.join', {
      orgId: f.org,
      name: f.resident.name,
      gender: f.resident.gender,
      phone: '+86 139 4444 5555',
      category: 'employed',
      joinedOn: '2001-07-01',
      residentId: f.resident.id,
      onDate: '2026-11-01',
    }, tokens.community);
    joined = r.id;
    expect(member(joined)).toEqual({ org_id: f.org, resident_id: f.resident.id, category: 'employed', dual_report: 'pending', report_community_id: null, phone: '13944445555' });
    expect(flag(f.resident.id)).toBe(1);
    expect(inMine()).toMatchObject({ members: before.members + 1, dualRequired: before.dualRequired + 1, dualRegistered: before.dualRegistered });
    expect(db.prepare(`SELECT status, on_date FROM register_status WHERE kind = 'partyMember' AND record_id = ?`).get(joined)).toEqual({ status: 'joined', on_date: '2026-11-01' });
    const audit = auditOf(db, 'party_member', joined);
    expect(audit.map((a) => a.action)).toEqual(['partyMember.join']);
    for (const personal of [f.resident.name, '13944445555']) expect(audit[0]!.detail).not.toContain(personal);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ values: { category: { from: null, to: 'employed' }, dualReport: { from: null, to: 'pending' } } });
  });

  it('registers 双报到 with a community and changes category; the state follows', async () => {
    const before = inMine();
    expect((await write('partyMember.update', { id: joined, reportCommunityId: mine }, tokens.community)).changed).toEqual(['reportCommunityId', 'dualReport']);
    expect(member(joined)).toMatchObject({ dual_report: 'registered', report_community_id: mine });
    expect(inMine().dualRegistered).toBe(before.dualRegistered + 1);
    await write('partyMember.update', { id: joined, category: 'retired', reportCommunityId: null });
    expect(member(joined)).toMatchObject({ category: 'retired', dual_report: 'not_required' });
    expect(changesOf(db, 'partyMember', joined).at(-1)!.changes).toEqual([
      { field: 'category', before: 'employed', after: 'retired' },
      { field: 'reportCommunityId', before: mine, after: null },
      { field: 'dualReport', before: 'registered', after: 'not_required' },
    ]);
  });

  it('moves to another organisation of the street (转接), and refuses the same one', async () => {
    expect((await write('partyMember.move', { id: joined, orgId: f.org2 })).changed).toEqual(['orgId']);
    expect(member(joined)).toMatchObject({ org_id: f.org2 });
    expect(await refused('partyMember.move', { id: joined, orgId: f.org2 })).toMatchObject({ path: 'orgId' });
  });

  it('refuses bad input naming the field and why, changing nothing', async () => {
    const base = { orgId: f.org, gender: f.resident.gender, phone: '13944446666', category: 'employed', joinedOn: '2001-07-01' };
    expect(await refused('partyMember.join', { ...base, name: '别人', residentId: f.resident.id })).toMatchObject({ path: 'name', message: expect.stringContaining(`resident ${f.resident.id}`) });
    expect(await refused('partyMember.join', { ...base, name: f.resident.name, gender: f.resident.gender === 'M' ? 'F' : 'M', residentId: f.resident.id })).toMatchObject({ path: 'gender' });
    const linked = db.prepare('SELECT name, gender FROM resident WHERE id = ?').get(f.linkedResident) as { name: string; gender: 'M' | 'F' };
    expect(await refused('partyMember.join', { ...base, ...linked, residentId: f.linkedResident })).toMatchObject({ code: 'conflict', path: 'residentId', reason: 'resident_linked' });
    expect(await refused('partyMember.join', { ...base, name: '新党员', joinedOn: '2027-01-01' })).toMatchObject({ path: 'joinedOn', message: expect.stringContaining('future') });
    expect(await refused('partyMember.join', { ...base, name: '新党员', joinedOn: '2026-11-10', onDate: '2026-11-01' })).toMatchObject({ path: 'onDate', message: expect.stringContaining('before') });
    expect(await refused('partyMember.join', { ...base, name: '新党员', phone: '5551234' })).toMatchObject({ path: 'phone', message: expect.stringContaining('area code') });
    expect(await refused('partyMember.join', { ...base, name: '新党员', reportCommunityId: 9999 })).toMatchObject({ code: 'not_found', path: 'reportCommunityId' });
    expect(await refused('partyMember.join', { ...base, name: '新党员', orgId: 99_999 })).toMatchObject({ code: 'not_found', path: 'orgId' });
  });

  it("keeps community staff to their own community's organisations and residents", async () => {
    const base = { gender: 'M', phone: '13944447777', category: 'mobile', joinedOn: '2010-07-01' };
    for (const orgId of [f.otherOrg, f.streetOrg]) {
      expect(await refused('partyMember.join', { ...base, name: '越界党员', orgId }, tokens.community)).toMatchObject({ code: 'unauthorized', reason: 'out_of_scope' });
    }
    const other = db.prepare('SELECT name, gender FROM resident WHERE id = ?').get(f.otherResident) as { name: string; gender: 'M' | 'F' };
    expect(await refused('partyMember.join', { ...base, ...other, orgId: f.org, residentId: f.otherResident }, tokens.community)).toMatchObject({ code: 'unauthorized', reason: 'out_of_scope' });
    expect(await refused('partyMember.move', { id: joined, orgId: f.otherOrg }, tokens.community)).toMatchObject({ reason: 'out_of_scope' });
  });

  it('转入 from outside the street and 转出: the departed member is kept with their history, out of the counts, and the resident flag follows', async () => {
    const before = inMine();
    const came = await write('partyMember.transferIn', { orgId: f.org, name: '转入测试', gender: 'F', phone: '13944448888', category: 'mobile', joinedOn: '2015-05-04', fromOrg: '渝中区某街道党工委', onDate: '2026-11-02' });
    expect(came.action).toBe('transferIn');
    expect(db.prepare(`SELECT status, note FROM register_status WHERE kind = 'partyMember' AND record_id = ?`).get(came.id)).toEqual({ status: 'transferred_in', note: '转入自 渝中区某街道党工委' });
    expect(inMine().members).toBe(before.members + 1);
    const out = await write('partyMember.transferOut', { id: joined, toOrg: '沙坪坝区某社区党委', onDate: '2026-11-20' });
    expect(out.action).toBe('transferOut');
    expect(member(joined)).toBeUndefined();
    expect(db.prepare('SELECT left_on, to_org, resident_id FROM party_member_departed WHERE id = ?').get(joined)).toEqual({ left_on: '2026-11-20', to_org: '沙坪坝区某社区党委', resident_id: f.resident.id });
    expect(flag(f.resident.id)).toBe(0);
    expect(inMine().members).toBe(before.members + 1 - 1);
    expect(await refused('partyMember.update', { id: joined, phone: '13944449999' })).toMatchObject({ code: 'conflict', reason: 'member_departed' });
    const history = ok<RecordHistory>(await call('record.history', { kind: 'partyMember', id: joined }));
    expect(history.status).toBe('transferred_out');
    expect(history.statuses.map((s) => s.status)).toEqual(['transferred_out', 'joined']);
    // The name is masked for an administrator as in a member's drawer; the category is shown as stored.
    const joinChange = history.changes.at(-1)!;
    expect(joinChange.changes.find((c) => c.field === 'name')).toMatchObject({ hidden: false, after: expect.stringMatching(/\*/) });
    expect(joinChange.changes.find((c) => c.field === 'category')).toEqual({ field: 'category', before: null, after: 'employed', hidden: false });
    // A new member can be linked to the resident again.
    const again = await write('partyMember.join', { orgId: f.org, name: f.resident.name, gender: f.resident.gender, phone: '13944440000', category: 'two_new', joinedOn: '2001-07-01', residentId: f.resident.id });
    expect(member(again.id)).toMatchObject({ resident_id: f.resident.id, dual_report: 'not_required' });
    expect(flag(f.resident.id)).toBe(1);
  });
});
