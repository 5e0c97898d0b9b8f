// Party organisations through the API against a real encrypted demo street: found, rename,
// move (allowed kinds, levels, no cycle, one community), coverage of tenants and buildings
// with the 党建真空 figures following, dissolve into a named organisation (members and
// coverage go with it, the row is kept); each with history, status, audit (no secretary's
// name or phone) and the register.changed event; bad input refused naming the field with
// nothing changed; a role that may not is refused in the core itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/errors';
import type { EventMap, PushedEvent } from '../../src/shared/events';
import type { RecordHistory, RegisterWriteResult } from '../../src/shared/registers';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { createPartyOrg } from '../../src/main/core/registers/partyOrgs';
import { wallParty } from '../../src/main/core/wall/party';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { auditOf, changesOf, writeCounts } from '../helpers/registerFixtures';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
let admin = '';
const events: PushedEvent[] = [];
let f: { otherGrid: number; street: number; c1: number; c1Code: string; gridBranch: number; b1: number; b1Grid: number; b2: number; tenant: number; vacuumBuilding: number };

const call = (method: string, input: unknown, token = admin) => core.call(method, input, token);
const write = async (method: string, input: unknown) => ok<RegisterWriteResult>(await call(method, input));
const refused = (method: string, input: unknown) => expectRefusal(method, () => call(method, input), () => writeCounts(db));
const org = (id: number) => db.prepare('SELECT parent_id, code, kind, level, community_id, grid_id, building_id, name FROM party_org WHERE id = ?').get(id) as Record<string, unknown> | undefined;
const coverage = (id: number) => db.prepare('SELECT target_kind || \':\' || target_id FROM party_org_coverage WHERE org_id = ? ORDER BY target_kind, target_id').pluck().all(id) as string[];
const street = () => wallParty(db, { communityId: null });

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const pick = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  const inCommunity = (c: number) => `JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ${c}`;
  const b1 = pick(`SELECT b.id FROM building b ${inCommunity(1)} AND b.id NOT IN (SELECT building_id FROM party_org WHERE building_id IS NOT NULL) ORDER BY b.id LIMIT 1`);
  f = {
    otherGrid: pick('SELECT id FROM grid WHERE id <> ? ORDER BY id DESC LIMIT 1', pick('SELECT grid_id FROM building WHERE id = ?', b1)),
    street: pick(`SELECT id FROM party_org WHERE kind = 'street_committee'`),
    c1: pick(`SELECT id FROM party_org WHERE kind = 'community_committee' AND community_id = 1`),
    c1Code: db.prepare(`SELECT code FROM party_org WHERE kind = 'community_committee' AND community_id = 1`).pluck().get() as string,
    gridBranch: pick(`SELECT id FROM party_org WHERE kind = 'grid_branch' AND community_id = 1 ORDER BY id LIMIT 1`),
    b1,
    b1Grid: pick('SELECT grid_id FROM building WHERE id = ?', b1),
    b2: pick(`SELECT b.id FROM building b ${inCommunity(2)} ORDER BY b.id LIMIT 1`),
    tenant: pick(`SELECT t.id FROM tenant t JOIN building b ON b.id = t.building_id ${inCommunity(1)} AND t.covering_org_id IS NULL ORDER BY t.id LIMIT 1`),
    // A 党建真空 building: tenants, not all covered, no organisation covering it.
    vacuumBuilding: pick(
      `SELECT b.id FROM building b ${inCommunity(1)} AND b.id NOT IN (SELECT target_id FROM party_org_coverage WHERE target_kind = 'building')
          AND EXISTS (SELECT 1 FROM tenant t WHERE t.building_id = b.id AND t.covering_org_id IS NULL) ORDER BY b.id LIMIT 1`,
    ),
  };
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

const SECRETARY = { secretaryName: '党支书测', secretaryPhone: '139 2222 3333' };
let joint: number;
let market: number;
let twoNew: number;
let temporary: number;

describe('Party organisations', () => {
  it('founds an organisation under an allowed parent: level, code, home grid, community and coverage follow; history, status, audit and event', async () => {
    const r = await write('partyOrg.create', { kind: 'joint_branch', parentId: f.c1, name: '测试沿街商户联合党支部', buildingId: f.b1, foundedOn: '2020-07-01', ...SECRETARY });
    joint = r.id;
    expect(r).toMatchObject({ kind: 'partyOrg', action: 'create' });
    const row = org(joint)!;
    expect(row).toMatchObject({ parent_id: f.c1, kind: 'joint_branch', level: 3, community_id: 1, grid_id: f.b1Grid, building_id: f.b1 });
    expect(row.code).toMatch(new RegExp(`^${f.c1Code}-\\d{2}$`));
    expect(coverage(joint)).toEqual([`building:${f.b1}`, `grid:${f.b1Grid}`]);
    expect(db.prepare('SELECT secretary_phone FROM party_org WHERE id = ?').pluck().get(joint)).toBe('13922223333');
    expect(db.prepare(`SELECT status, on_date FROM register_status WHERE kind = 'partyOrg' AND record_id = ?`).get(joint)).toEqual({ status: 'founded', on_date: '2020-07-01' });
    expect(changesOf(db, 'partyOrg', joint)[0]!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['kind', 'parentId', 'level', 'name', 'secretaryName', 'coverage']));
    const audit = auditOf(db, 'party_org', joint);
    expect(audit.map((a) => a.action)).toEqual(['partyOrg.create']);
    for (const personal of ['党支书测', '13922223333']) expect(audit[0]!.detail).not.toContain(personal);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ values: { kind: { from: null, to: 'joint_branch' }, level: { from: null, to: 3 } } });
    const event = events.map((e) => (e.name === 'register.changed' ? (e.payload as EventMap['register.changed']) : null)).find((p) => p?.kind === 'partyOrg' && p.id === joint);
    expect(event).toMatchObject({ action: 'create', buildingIds: [f.b1], gridIds: [f.b1Grid] });
  });

  it('refuses a kind under a parent it may not sit under, another community, a second 党工委, and bad values, changing nothing', async () => {
    const base = { name: '错误党组织', buildingId: f.b1, foundedOn: '2020-07-01', ...SECRETARY };
    expect(await refused('partyOrg.create', { ...base, kind: 'grid_branch', parentId: f.street })).toMatchObject({ code: 'invalid_input', path: 'parentId', reason: 'org_kind_parent', message: expect.stringContaining('community committee') });
    expect(await refused('partyOrg.create', { ...base, kind: 'building_group', parentId: f.c1 })).toMatchObject({ reason: 'org_kind_parent' });
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: f.c1, buildingId: f.b2 })).toMatchObject({ path: 'parentId', reason: 'org_community' });
    expect(await refused('partyOrg.create', { ...base, kind: 'street_committee', parentId: null })).toMatchObject({ code: 'conflict', reason: 'org_root_exists' });
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: null })).toMatchObject({ path: 'parentId', message: expect.stringContaining('required') });
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: f.c1, foundedOn: '2027-01-01' })).toMatchObject({ path: 'foundedOn', message: expect.stringContaining('future') });
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: f.c1, secretaryPhone: '12345' })).toMatchObject({ path: 'secretaryPhone' });
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: 99_999 })).toMatchObject({ code: 'not_found', path: 'parentId' });
    const code = org(f.gridBranch)!.code as string;
    expect(await refused('partyOrg.create', { ...base, kind: 'joint_branch', parentId: f.c1, code })).toMatchObject({ code: 'conflict', reason: 'code_taken' });
  });

  it('renames an organisation and changes its rating; 变更记录 shows it; 整顿 only with a weak rating', async () => {
    const r = await write('partyOrg.update', { id: joint, name: '测试联合党支部（更名）', rating: 'good' });
    expect(r.changed).toEqual(['name', 'rating']);
    const history = ok<RecordHistory>(await call('record.history', { kind: 'partyOrg', id: joint }));
    expect(history.status).toBe('founded');
    expect(history.changes[0]!.changes).toContainEqual({ field: 'name', before: '测试沿街商户联合党支部', after: '测试联合党支部（更名）', hidden: false });
    expect(await refused('partyOrg.update', { id: joint, underRectification: true })).toMatchObject({ path: 'underRectification' });
  });

  it('moves an organisation under another parent: levels follow, a cycle, a wrong kind and the tree root are refused', async () => {
    market = (await write('partyOrg.create', { kind: 'market', parentId: f.street, name: '测试商圈党委', buildingId: f.b1, foundedOn: '2019-01-01', ...SECRETARY })).id;
    expect(org(market)).toMatchObject({ level: 2, community_id: 1, grid_id: f.b1Grid });
    twoNew = (await write('partyOrg.create', { kind: 'two_new', parentId: market, name: '测试两新党支部', buildingId: f.b1, foundedOn: '2019-06-01', ...SECRETARY })).id;
    const moved = await write('partyOrg.move', { id: joint, parentId: market });
    expect(moved.changed).toEqual(['parentId']);
    expect(org(joint)).toMatchObject({ parent_id: market, level: 3 });
    expect(await refused('partyOrg.move', { id: market, parentId: twoNew })).toMatchObject({ path: 'parentId', reason: 'org_cycle' });
    expect(await refused('partyOrg.move', { id: joint, parentId: f.gridBranch })).toMatchObject({ reason: 'org_kind_parent' });
    expect(await refused('partyOrg.move', { id: joint, parentId: joint })).toMatchObject({ path: 'parentId', message: expect.stringContaining('itself') });
    expect(await refused('partyOrg.move', { id: joint, parentId: market })).toMatchObject({ path: 'parentId', message: expect.stringContaining('already') });
    expect(await refused('partyOrg.move', { id: f.street, parentId: f.c1 })).toMatchObject({ path: 'id' });
    const otherCommittee = db.prepare(`SELECT id FROM party_org WHERE kind = 'community_committee' AND community_id <> 1 ORDER BY id LIMIT 1`).pluck().get() as number;
    expect(await refused('partyOrg.move', { id: twoNew, parentId: otherCommittee })).toMatchObject({ reason: 'org_community' });
    // A temporary group under a committee is at level 3; under a branch at level 4.
    temporary = (await write('partyOrg.create', { kind: 'temporary_group', parentId: f.c1, name: '测试临时党小组', buildingId: f.b1, foundedOn: '2026-10-01', ...SECRETARY })).id;
    expect(org(temporary)).toMatchObject({ level: 3 });
    const down = await write('partyOrg.move', { id: temporary, parentId: f.gridBranch });
    expect(down.changed).toEqual(['parentId', 'level']);
    expect(org(temporary)).toMatchObject({ parent_id: f.gridBranch, level: 4 });
    expect(JSON.parse(auditOf(db, 'party_org', temporary).at(-1)!.detail)).toMatchObject({ values: { level: { from: 3, to: 4 }, parentId: { from: f.c1, to: f.gridBranch } } });
  });

  it('covers a tenant and a building: the 党建真空 figures follow, and uncovering gives them back', async () => {
    const start = street();
    const r = await write('partyOrg.coverage', { id: joint, add: [{ kind: 'tenant', id: f.tenant }] });
    expect(r.changed).toEqual(['coverage']);
    expect(street().tenantsCovered).toBe(start.tenantsCovered + 1);
    expect(db.prepare('SELECT covering_org_id FROM tenant WHERE id = ?').pluck().get(f.tenant)).toBe(joint);
    await write('partyOrg.coverage', { id: joint, add: [{ kind: 'building', id: f.vacuumBuilding }] });
    expect(street().buildingsCovered).toBe(start.buildingsCovered + 1);
    expect(await refused('partyOrg.coverage', { id: joint, add: [{ kind: 'tenant', id: f.tenant }] })).toMatchObject({ code: 'conflict', path: 'add.0', reason: 'already_covered' });
    expect(await refused('partyOrg.coverage', { id: joint, remove: [{ kind: 'tenant', id: 99_999_999 }] })).toMatchObject({ code: 'not_found', path: 'remove.0' });
    expect(await refused('partyOrg.coverage', { id: twoNew, remove: [{ kind: 'tenant', id: f.tenant }] })).toMatchObject({ reason: 'not_covered' });
    expect(await refused('partyOrg.coverage', { id: joint, add: [{ kind: 'grid', id: f.otherGrid }, { kind: 'grid', id: f.otherGrid }] })).toMatchObject({ path: 'add.1', message: expect.stringContaining('twice') });
    expect(await refused('partyOrg.coverage', { id: joint })).toMatchObject({ path: 'add' });
    await write('partyOrg.coverage', { id: joint, remove: [{ kind: 'building', id: f.vacuumBuilding }] });
    expect(street()).toMatchObject({ tenantsCovered: start.tenantsCovered + 1, buildingsCovered: start.buildingsCovered });
    const last = changesOf(db, 'partyOrg', joint).at(-1)!;
    expect(last).toMatchObject({ action: 'coverage', changes: [{ field: 'coverage', before: expect.arrayContaining([`building:${f.vacuumBuilding}`]) }] });
    // 变更记录 names what was covered: the building's address (and name), the tenant's name, not building:41.
    const shown = ok<RecordHistory>(await call('record.history', { kind: 'partyOrg', id: joint })).changes.find((c) => c.action === 'coverage')!.changes[0]!;
    const building = db.prepare('SELECT address FROM building WHERE id = ?').pluck().get(f.vacuumBuilding) as string;
    const tenant = db.prepare('SELECT name FROM tenant WHERE id = ?').pluck().get(f.tenant) as string;
    expect(shown.labels?.[`building:${f.vacuumBuilding}`]).toContain(building);
    expect(shown.labels?.[`tenant:${f.tenant}`]).toBe(tenant);
  });

  it('dissolves an organisation into another: its members and coverage go there, the row is kept as history', async () => {
    const member = await write('partyMember.join', { orgId: joint, name: '解散测试', gender: 'F', phone: '13977770000', category: 'retired', joinedOn: '1990-07-01' });
    await write('partyOrg.coverage', { id: joint, add: [{ kind: 'building', id: f.vacuumBuilding }] });
    expect(coverage(f.c1)).not.toContain(`building:${f.vacuumBuilding}`);
    const { tenantsCovered: covered, buildingsCovered } = street();
    expect(await refused('partyOrg.dissolve', { id: market, intoOrgId: f.c1, onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'org_has_children' });
    expect(await refused('partyOrg.dissolve', { id: joint, intoOrgId: joint, onDate: '2026-11-20' })).toMatchObject({ path: 'intoOrgId' });
    expect(await refused('partyOrg.dissolve', { id: f.street, intoOrgId: f.c1, onDate: '2026-11-20' })).toMatchObject({ path: 'id' });
    const r = await write('partyOrg.dissolve', { id: joint, intoOrgId: f.c1, onDate: '2026-11-20', note: '合并' });
    expect(r.alsoChanged).toEqual([{ kind: 'partyOrg', id: f.c1 }, { kind: 'partyMember', id: member.id }]);
    expect(org(joint)).toBeUndefined();
    expect(db.prepare('SELECT name, dissolved_on, into_org_id FROM party_org_dissolved WHERE id = ?').get(joint)).toEqual({ name: '测试联合党支部（更名）', dissolved_on: '2026-11-20', into_org_id: f.c1 });
    expect(db.prepare('SELECT org_id FROM party_member WHERE id = ?').pluck().get(member.id)).toBe(f.c1);
    expect(changesOf(db, 'partyMember', member.id).at(-1)).toMatchObject({ action: 'move', changes: [{ field: 'orgId', before: joint, after: f.c1 }] });
    expect(coverage(joint)).toEqual([]);
    expect(coverage(f.c1)).toEqual(expect.arrayContaining([`tenant:${f.tenant}`, `building:${f.vacuumBuilding}`, `building:${f.b1}`, `grid:${f.b1Grid}`]));
    expect(street()).toMatchObject({ tenantsCovered: covered, buildingsCovered });
    expect(db.prepare('SELECT covering_org_id FROM tenant WHERE id = ?').pluck().get(f.tenant)).toBe(f.c1);
    const history = ok<RecordHistory>(await call('record.history', { kind: 'partyOrg', id: joint }));
    expect(history.status).toBe('dissolved');
    expect(history.statuses.map((s) => s.status)).toEqual(['dissolved', 'founded']);
    expect(await refused('partyOrg.update', { id: joint, name: '复活' })).toMatchObject({ code: 'conflict', reason: 'org_dissolved' });
    expect(await refused('partyOrg.dissolve', { id: twoNew, intoOrgId: joint, onDate: '2026-11-20' })).toMatchObject({ path: 'intoOrgId', reason: 'org_dissolved' });
    // The search index and every count forget it; the organisations tally drops by one.
    expect(db.prepare(`SELECT count(*) FROM party_org_fts WHERE party_org_fts MATCH '"测试联合党支部"'`).pluck().get()).toBe(0);
  });

  it('refuses a role that may not, in the core itself (as the Excel import would call it)', () => {
    const input = { kind: 'joint_branch' as const, parentId: f.c1, name: '越权党支部', buildingId: f.b1, foundedOn: '2020-01-01', ...SECRETARY };
    for (const role of ['community', 'dispatcher', 'leader'] as const) {
      const attempt = () => createPartyOrg(db, { user: { id: 1, role, communityId: role === 'community' ? 1 : null }, now: TEST_ANCHOR }, input);
      expect(attempt).toThrow(ApiError);
      expect(attempt).toThrow(/may not change Party organisations/);
    }
  });
});
