// department.list (应用维护's departments) and the household status the building drawer shows,
// through the API against a real encrypted demo street: departments with the handler accounts
// working for each (a handler moved by department.assignHandler shows under its new one), an
// administrator's read only; a household created as 空置 reads as such in building.detail and
// follows 迁入 (occupied) when a resident is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentList } from '../../src/shared/orgRegisters';
import type { RegisterWriteResult } from '../../src/shared/registers';
import type { BuildingDetail } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
const tokens = { admin: '', dispatcher: '', community: '' };
let departments: number[];
let buildingId: number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const ro = await openStreetReadonly(copy.dir);
  departments = ro.prepare('SELECT id FROM department ORDER BY id LIMIT 2').pluck().all() as number[];
  const mine = ro.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  buildingId = ro.prepare(`SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND b.floors >= 3 ORDER BY b.id LIMIT 1`).pluck().get(mine) as number;
  ro.close();
  await addAccounts(copy.dir, [{ username: 'handler1', role: 'handler', departmentId: departments[0]! }], TEST_ANCHOR);
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core?.close();
  remove?.();
});

describe('department.list', () => {
  it('lists departments with their handlers, and follows a handler moved to another department', async () => {
    const before = ok<DepartmentList>(await core.call('department.list', {}, tokens.admin));
    const handler = before.handlerAccounts.find((h) => h.name.length > 0 && h.departmentId === departments[0]);
    expect(handler).toBeDefined();
    expect(before.departments.find((d) => d.id === departments[0])!.handlers.map((h) => h.id)).toContain(handler!.id);
    ok<RegisterWriteResult>(await core.call('department.assignHandler', { id: departments[1], userId: handler!.id }, tokens.admin));
    const after = ok<DepartmentList>(await core.call('department.list', {}, tokens.admin));
    expect(after.departments.find((d) => d.id === departments[0])!.handlers.map((h) => h.id)).not.toContain(handler!.id);
    expect(after.departments.find((d) => d.id === departments[1])!.handlers.map((h) => h.id)).toContain(handler!.id);
    expect(after.handlerAccounts.find((h) => h.id === handler!.id)!.departmentId).toBe(departments[1]);
  });

  it('is refused to roles that do not keep departments', async () => {
    for (const token of [tokens.dispatcher, tokens.community]) {
      const e = err(await core.call('department.list', {}, token));
      expect(e.code).toBe('unauthorized');
      expect(e.details?.[0]?.reason).toBe('register_write_refused');
    }
  });
});

describe('household status in the building drawer', () => {
  it('reads a new household as 空置 and as 在住 once someone is registered in it', async () => {
    const done = ok<RegisterWriteResult>(await core.call('household.create', { buildingId, unit: 9, floor: 2, room: '299', tenure: 'renter' }, tokens.admin));
    const detail = () => core.call('building.detail', { id: buildingId }, tokens.admin).then((r) => ok<BuildingDetail>(r));
    expect((await detail()).households.find((h) => h.id === done.id)!.status).toBe('vacant');
    ok<RegisterWriteResult>(await core.call('resident.add', { householdId: done.id, name: '测试人', idNumber: '11010519491231002X', relation: '户主' }, tokens.admin));
    expect((await detail()).households.find((h) => h.id === done.id)!.status).toBe('occupied');
  });
});
