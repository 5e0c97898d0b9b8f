// Facilities, departments with their handlers, and case categories (应用维护) through the API
// against a real encrypted demo street: a facility placed by its point (grid and community
// re-derived on a move); a department created, renamed, given a handler and deactivated
// while its open case stays with it; a subcategory's limit edited as a new version while a
// case reported before the edit keeps the limit it was given (its deadline unchanged) and a
// case reported after takes the new one. Bad input refused naming the field, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssigneeOption, CaseReportResult } from '../../src/shared/cases';
import type { RegisterWriteResult } from '../../src/shared/registers';
import type { Db } from '../../src/main/core/db/database';
import { loadCalendar } from '../../src/main/core/cases/calendarStore';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';
import { auditOf, changesOf, writeCounts } from '../helpers/registerFixtures';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens = { admin: '', dispatcher: '', community: '' };
let mine: number;
let handlerId: number;
/** Building centres: one in the community account's community, one in another. */
let here: { lng: number; lat: number; grid: number };
let there: { lng: number; lat: number; grid: number; community: number };

const call = (method: string, input: unknown, token = tokens.admin) => core.call(method, input, token);
const write = async (method: string, input: unknown, token = tokens.admin) => ok<RegisterWriteResult>(await call(method, input, token));
const refused = (method: string, input: unknown, token = tokens.admin) => expectRefusal(method, () => call(method, input, token), () => writeCounts(db));

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const ro = await openStreetReadonly(copy.dir);
  const firstDepartment = ro.prepare('SELECT id FROM department ORDER BY id LIMIT 1').pluck().get() as number;
  ro.close();
  await addAccounts(copy.dir, [{ username: 'handler1', role: 'handler', departmentId: firstDepartment }], TEST_ANCHOR);
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  mine = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  handlerId = db.prepare(`SELECT id FROM app_user WHERE username = 'handler1'`).pluck().get() as number;
  const centre = (sql: string, p: number) => db.prepare(`SELECT b.center_lng AS lng, b.center_lat AS lat, b.grid_id AS grid, g.community_id AS community FROM building b JOIN grid g ON g.id = b.grid_id WHERE ${sql} ORDER BY b.id LIMIT 1`).get(p) as { lng: number; lat: number; grid: number; community: number };
  here = centre('g.community_id = ?', mine);
  there = centre('g.community_id <> ?', mine);
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('facilities', () => {
  let id: number;
  it('opens a facility at a point: its grid and community come from the point; history and audit with values', async () => {
    const r = await write('facility.create', { kind: 'convenience_station', name: '测试便民服务站', address: '测试路1号', openHours: '09:00-17:00', lng: here.lng, lat: here.lat }, tokens.community);
    id = r.id;
    expect(db.prepare('SELECT grid_id, community_id, kind FROM facility WHERE id = ?').get(id)).toEqual({ grid_id: here.grid, community_id: mine, kind: 'convenience_station' });
    expect(JSON.parse(auditOf(db, 'facility', id)[0]!.detail)).toMatchObject({ values: { name: { from: null, to: '测试便民服务站' }, gridId: { from: null, to: here.grid } } });
  });

  it('moves it: grid and community re-derived; community staff keep to their own community at both ends', async () => {
    expect(await refused('facility.move', { id, lng: there.lng, lat: there.lat }, tokens.community)).toMatchObject({ code: 'unauthorized', reason: 'out_of_scope' });
    expect(await refused('facility.create', { kind: 'volunteer_point', name: '越界服务点', address: '越界路', openHours: '全天', lng: there.lng, lat: there.lat }, tokens.community)).toMatchObject({ reason: 'out_of_scope' });
    const r = await write('facility.move', { id, lng: there.lng, lat: there.lat, address: '新址路2号' });
    expect(r.changed).toEqual(['location', 'gridId', 'communityId', 'address']);
    expect(db.prepare('SELECT grid_id, community_id, address FROM facility WHERE id = ?').get(id)).toEqual({ grid_id: there.grid, community_id: there.community, address: '新址路2号' });
    expect(await refused('facility.update', { id, openHours: '全天' }, tokens.community)).toMatchObject({ reason: 'out_of_scope' });
    expect(await refused('facility.move', { id, lng: 0.5, lat: 0.5 })).toMatchObject({ path: 'lng', reason: 'outside_street' });
    expect(await refused('facility.move', { id, lng: there.lng, lat: there.lat })).toMatchObject({ path: 'lng', message: expect.stringContaining('already') });
    expect((await write('facility.update', { id, name: '测试便民服务站（新）', openHours: '08:30-18:00' })).changed).toEqual(['name', 'openHours']);
  });
});

describe('departments and case categories', () => {
  let department: number;
  let sub: { id: number; limit_value: number; limit_unit: 'work_hour' | 'work_day' };
  let before: CaseReportResult;

  const report = async () => ok<CaseReportResult>(await call('case.report', { source: 'patrol', categoryId: sub.id, lng: here.lng, lat: here.lat, description: '测试时限版本的案件' }, tokens.dispatcher));
  const act = (input: Record<string, unknown>) => call('case.act', input, tokens.dispatcher);
  const caseRow = (caseId: number) => db.prepare('SELECT status, due_at, dispatched_at, assignee_department_id, category_version_id FROM case_file WHERE id = ?').get(caseId) as Record<string, number | string | null>;
  const options = async () => ok<AssigneeOption[]>(await call('case.assignees', {}, tokens.dispatcher)).filter((o) => o.kind === 'department').map((o) => o.id);

  it('creates a department and renames it; a clash and a bad phone are refused', async () => {
    department = (await write('department.create', { code: 'jd-test', name: '测试科室', kind: 'street', phone: '023 6878 0000' })).id;
    expect(db.prepare('SELECT code, phone, deactivated_on FROM department WHERE id = ?').get(department)).toEqual({ code: 'JD-TEST', phone: '023-68780000', deactivated_on: null });
    expect(await options()).toContain(department);
    expect(await refused('department.create', { code: 'JD-TEST', name: '另一个科室', kind: 'street', phone: '12345' })).toMatchObject({ code: 'conflict', reason: 'code_taken' });
    expect(await refused('department.create', { code: 'JD-T2', name: '另一个科室', kind: 'street', phone: '8888' })).toMatchObject({ path: 'phone' });
    expect((await write('department.update', { id: department, name: '测试科室（更名）' })).changed).toEqual(['name']);
  });

  it('moves a handler account to the department; only handler accounts', async () => {
    const r = await write('department.assignHandler', { id: department, userId: handlerId });
    expect(r.changed).toEqual(['handler']);
    expect(db.prepare('SELECT department_id FROM app_user WHERE id = ?').pluck().get(handlerId)).toBe(department);
    const dispatcherId = db.prepare(`SELECT id FROM app_user WHERE username = 'dispatcher'`).pluck().get() as number;
    expect(await refused('department.assignHandler', { id: department, userId: dispatcherId })).toMatchObject({ path: 'userId', message: expect.stringContaining('handler') });
  });

  it('edits a subcategory limit as a new version: a case reported before keeps its limit, a case reported after takes the new one', async () => {
    sub = db.prepare(`SELECT id, limit_value, limit_unit FROM case_category WHERE parent_id IS NOT NULL AND limit_unit = 'work_day' ORDER BY id LIMIT 1`).get() as typeof sub;
    const v1 = db.prepare('SELECT id FROM case_category_version WHERE category_id = ? AND version = 1').pluck().get(sub.id) as number;
    before = await report();
    expect(caseRow(before.caseId).category_version_id).toBe(v1);
    expect(ok(await act({ caseId: before.caseId, action: 'register' }))).toMatchObject({ status: 'registered' });
    const dispatchedCase = db.prepare(`SELECT id, due_at FROM case_file WHERE category_id = ? AND status = 'dispatched' ORDER BY id LIMIT 1`).get(sub.id) as { id: number; due_at: number } | undefined;

    const r = await write('caseCategory.update', { id: sub.id, limitValue: sub.limit_value + 5 });
    expect(r.changed).toEqual(['limitValue', 'version']);
    expect(changesOf(db, 'caseCategory', sub.id).at(-1)!.changes).toEqual([
      { field: 'limitValue', before: sub.limit_value, after: sub.limit_value + 5 },
      { field: 'version', before: 1, after: 2 },
    ]);
    expect(JSON.parse(auditOf(db, 'case_category', sub.id).at(-1)!.detail)).toMatchObject({ values: { limitValue: { from: sub.limit_value, to: sub.limit_value + 5 } } });
    if (dispatchedCase) expect(caseRow(dispatchedCase.id).due_at).toBe(dispatchedCase.due_at);

    // Dispatched after the edit, the case reported before it runs on the limit it was given.
    expect(ok(await act({ caseId: before.caseId, action: 'dispatch', assignee: { kind: 'department', id: department } }))).toMatchObject({ status: 'dispatched' });
    const calendar = loadCalendar(db);
    expect(caseRow(before.caseId)).toMatchObject({ category_version_id: v1, due_at: calendar.addWorkingTime(TEST_ANCHOR, sub.limit_value, sub.limit_unit), assignee_department_id: department });

    const after = await report();
    const v2 = db.prepare('SELECT id FROM case_category_version WHERE category_id = ? AND version = 2').pluck().get(sub.id) as number;
    expect(caseRow(after.caseId).category_version_id).toBe(v2);
    await act({ caseId: after.caseId, action: 'register' });
    await act({ caseId: after.caseId, action: 'dispatch', assignee: { kind: 'department', id: department } });
    expect(caseRow(after.caseId).due_at).toBe(calendar.addWorkingTime(TEST_ANCHOR, sub.limit_value + 5, sub.limit_unit));
    expect(caseRow(after.caseId).due_at).not.toBe(caseRow(before.caseId).due_at);
  });

  it('deactivates a department: out of the dispatch choices, its open cases stay with it; refused while it owns categories', async () => {
    const r = await write('department.deactivate', { id: department, onDate: '2026-11-20', note: '机构调整' });
    expect(r.changed).toEqual(['status']);
    expect(await options()).not.toContain(department);
    expect(caseRow(before.caseId)).toMatchObject({ status: 'dispatched', assignee_department_id: department });
    expect(JSON.parse(auditOf(db, 'department', department).at(-1)!.detail)).toMatchObject({ openCasesKept: 2 });
    const third = await report();
    await act({ caseId: third.caseId, action: 'register' });
    expect(err(await act({ caseId: third.caseId, action: 'dispatch', assignee: { kind: 'department', id: department } }))).toMatchObject({ code: 'invalid_input', message: expect.stringContaining(`department with id ${department}`) });
    expect(await refused('department.deactivate', { id: department, onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'department_inactive' });
    const owner = db.prepare('SELECT owner_department_id FROM case_category WHERE owner_department_id IS NOT NULL LIMIT 1').pluck().get() as number;
    expect(await refused('department.deactivate', { id: owner, onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'department_owns_categories' });
  });

  it('creates categories and subcategories; refuses a limit on a large category, a subcategory without one, an inactive owner', async () => {
    const large = await write('caseCategory.create', { code: 'sj99', name: '测试大类', caseClass: 'event' });
    expect(db.prepare('SELECT code, class, limit_value FROM case_category WHERE id = ?').get(large.id)).toEqual({ code: 'SJ99', class: 'event', limit_value: null });
    const owner = db.prepare('SELECT id FROM department WHERE deactivated_on IS NULL ORDER BY id LIMIT 1').pluck().get() as number;
    const small = await write('caseCategory.create', { parentId: large.id, code: 'SJ9901', name: '测试小类', limitValue: 3, limitUnit: 'work_day', ownerDepartmentId: owner });
    expect(db.prepare('SELECT class, dispatch_to FROM case_category WHERE id = ?').get(small.id)).toEqual({ class: 'event', dispatch_to: 'territory' });
    expect(db.prepare('SELECT version, limit_value, limit_unit FROM case_category_version WHERE category_id = ?').all(small.id)).toEqual([{ version: 1, limit_value: 3, limit_unit: 'work_day' }]);
    expect(await refused('caseCategory.create', { code: 'SJ98', name: '错误大类', caseClass: 'event', limitValue: 2 })).toMatchObject({ path: 'limitValue' });
    expect(await refused('caseCategory.create', { parentId: large.id, code: 'SJ9902', name: '无时限', limitUnit: 'work_day' })).toMatchObject({ path: 'limitValue', message: expect.stringContaining('time limit') });
    expect(await refused('caseCategory.create', { parentId: large.id, code: 'BJ9903', name: '错码', limitValue: 1, limitUnit: 'work_day' })).toMatchObject({ path: 'code' });
    expect(await refused('caseCategory.create', { parentId: large.id, code: 'SJ9904', name: '停用主管', limitValue: 1, limitUnit: 'work_day', ownerDepartmentId: department })).toMatchObject({ reason: 'department_inactive' });
    expect(await refused('caseCategory.update', { id: large.id, limitValue: 4 })).toMatchObject({ path: 'limitValue' });
    expect(await refused('caseCategory.update', { id: small.id, dispatchTo: 'owner', ownerDepartmentId: null })).toMatchObject({ path: 'ownerDepartmentId' });
  });
});
