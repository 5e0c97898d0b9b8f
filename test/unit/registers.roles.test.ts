// Who may write which register, enforced in the core: every role × every register write
// through the API (allowed, or refused as unauthorized with nothing changed), and community
// scope: an account limited to one community writes nothing of another, neither end of a move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/shared/domain';
import { REGISTERS, type Register } from '../../src/shared/registers';
import type { Db } from '../../src/main/core/db/database';
import { REGISTER_WRITE_MATRIX } from '../../src/main/core/access/registerWrites';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';
import { writeCounts } from '../helpers/registerFixtures';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens = {} as Record<Role | 'scopedAdmin', string>;
/** The demo community account's community, and records in it (`here`) and in another (`there`). */
let mine: number;
type Records = {
  resident: number;
  household: number;
  building: number;
  tenant: number;
  grid: number;
  gridWorker: number;
  footprint: unknown;
  partyOrg: number;
  partyMember: number;
  facility: number;
};
let department: number;
let category: number;
let here: Records;
let there: Records;

/** Written down, not derived from the matrix, so a change to the matrix shows up here. */
const EXPECTED: Record<Role, readonly Register[]> = {
  admin: ['resident', 'household', 'building', 'buildingFootprint', 'tenant', 'gridPost', 'buildingPost', 'partyOrg', 'partyMember', 'facility', 'department', 'caseCategory'],
  community: ['resident', 'household', 'building', 'tenant', 'buildingPost', 'partyMember', 'facility'],
  dispatcher: [],
  operator: [],
  handler: [],
  leader: [],
};

/** One write per register, valid for a role that may (the n-th caller gets its own values). */
function writeOf(register: Register, r: Records, n: number): [string, unknown] {
  const phone = `1390002${String(n).padStart(4, '0')}`;
  switch (register) {
    case 'resident':
      return ['resident.update', { id: r.resident, phone }];
    case 'household':
      return ['household.update', { id: r.household, tenure: n % 2 ? 'owner' : 'renter' }];
    case 'building':
      return ['building.update', { id: r.building, name: `角色测试楼${n}` }];
    case 'buildingFootprint':
      return ['building.update', { id: r.building, footprint: r.footprint }];
    case 'tenant':
      return ['tenant.update', { id: r.tenant, employees: 100 + n }];
    case 'gridPost':
      return ['staff.replace', { id: r.gridWorker, name: `网格员${n}`, phone }];
    case 'buildingPost':
      return ['staff.assign', { role: 'volunteer', gridId: r.grid, name: `志愿者${n}`, phone }];
    case 'partyOrg':
      return ['partyOrg.update', { id: r.partyOrg, name: `角色测试党支部${n}` }];
    case 'partyMember':
      return ['partyMember.update', { id: r.partyMember, phone }];
    case 'facility':
      return ['facility.update', { id: r.facility, name: `角色测试服务站${n}` }];
    case 'department':
      return ['department.update', { id: department, name: `角色测试科${n}` }];
    case 'caseCategory':
      return ['caseCategory.update', { id: category, name: `角色测试小类${n}` }];
  }
}

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const ro = await openStreetReadonly(copy.dir);
  mine = ro.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  department = ro.prepare('SELECT id FROM department ORDER BY id LIMIT 1').pluck().get() as number;
  category = ro.prepare('SELECT id FROM case_category WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').pluck().get() as number;
  const pick = (community: number): Records => {
    const one = (sql: string) => ro.prepare(sql).pluck().get(community) as number;
    const grid = one(`SELECT g.id FROM grid g WHERE g.community_id = ? AND EXISTS (SELECT 1 FROM grid_staff s WHERE s.grid_id = g.id AND s.role = 'grid_worker') ORDER BY g.id LIMIT 1`);
    const building = one(`SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id) ORDER BY b.id LIMIT 1`);
    return {
      grid,
      building,
      resident: ro.prepare('SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id WHERE h.building_id = ? ORDER BY r.id LIMIT 1').pluck().get(building) as number,
      household: ro.prepare('SELECT id FROM household WHERE building_id = ? ORDER BY id LIMIT 1').pluck().get(building) as number,
      tenant: one('SELECT t.id FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY t.id LIMIT 1'),
      gridWorker: ro.prepare(`SELECT id FROM grid_staff WHERE grid_id = ? AND role = 'grid_worker'`).pluck().get(grid) as number,
      footprint: JSON.parse(ro.prepare('SELECT footprint FROM building WHERE id = ?').pluck().get(building) as string) as unknown,
      partyOrg: one(`SELECT id FROM party_org WHERE community_id = ? AND kind = 'grid_branch' ORDER BY id LIMIT 1`),
      partyMember: one('SELECT m.id FROM party_member m JOIN party_org o ON o.id = m.org_id WHERE o.community_id = ? AND m.resident_id IS NULL ORDER BY m.id LIMIT 1'),
      facility: one('SELECT f.id FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? ORDER BY f.id LIMIT 1'),
    };
  };
  here = pick(mine);
  there = pick(ro.prepare('SELECT id FROM community WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(mine) as number);
  ro.close();
  await addAccounts(
    copy.dir,
    [
      { username: 'handler1', role: 'handler', departmentId: department },
      // Any role may be limited to a community: the scope applies to an administrator too.
      { username: 'admin1', role: 'admin', communityId: mine },
    ],
    TEST_ANCHOR,
  );
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  const unlock = async (username: string) => ok<{ token: string }>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
  for (const role of ROLES) tokens[role] = await unlock(role === 'handler' ? 'handler1' : role);
  tokens.scopedAdmin = await unlock('admin1');
  db = await openStreetReadonly(copy.dir);
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('register role matrix', () => {
  it('is the matrix the README prints', () => {
    expect(REGISTER_WRITE_MATRIX).toEqual(EXPECTED);
  });

  it('lets each role write exactly its registers; a refusal is unauthorized, names the register and changes nothing', async () => {
    let n = 0;
    for (const role of ROLES) {
      for (const register of REGISTERS) {
        const [method, input] = writeOf(register, here, ++n);
        const before = writeCounts(db);
        const r = await core.call(method, input, tokens[role]);
        if (EXPECTED[role].includes(register)) {
          expect(r.ok, `${role} may write ${register}: ${r.ok ? '' : JSON.stringify(r.error)}`).toBe(true);
        } else {
          const e = err(r);
          expect([role, register, e.code, e.details?.[0]?.reason]).toEqual([role, register, 'unauthorized', 'register_write_refused']);
          expect(writeCounts(db), `${role} ${register}: nothing changed`).toEqual(before);
        }
      }
    }
  });
});

describe('community scope of register writes', () => {
  const refusedOutOfScope = async (method: string, input: unknown, token: string) => {
    const before = writeCounts(db);
    const e = err(await core.call(method, input, token));
    expect([method, e.code, e.details?.[0]?.reason]).toEqual([method, 'unauthorized', 'out_of_scope']);
    expect(writeCounts(db)).toEqual(before);
  };

  it("refuses every write to another community's records, and both ends of a move", async () => {
    for (const token of [tokens.community, tokens.scopedAdmin]) {
      await refusedOutOfScope('resident.update', { id: there.resident, phone: '13900030001' }, token);
      await refusedOutOfScope('resident.move', { id: here.resident, householdId: there.household, relation: '其他' }, token);
      await refusedOutOfScope('resident.leave', { id: there.resident, status: 'moved_out', onDate: '2026-11-20' }, token);
      await refusedOutOfScope('household.create', { buildingId: there.building, unit: 8, floor: 1, room: '801', tenure: 'owner' }, token);
      await refusedOutOfScope('household.setStatus', { id: there.household, status: 'moved_out', onDate: '2026-11-20' }, token);
      await refusedOutOfScope('building.update', { id: there.building, name: '越界楼' }, token);
      await refusedOutOfScope('tenant.update', { id: there.tenant, employees: 3 }, token);
      await refusedOutOfScope('tenant.move', { id: here.tenant, buildingId: there.building, floor: 1 }, token);
      await refusedOutOfScope('staff.assign', { role: 'volunteer', gridId: there.grid, name: '越界志愿者', phone: '13900030002' }, token);
      await refusedOutOfScope('record.history', { kind: 'building', id: there.building }, token);
      await refusedOutOfScope('partyMember.update', { id: there.partyMember, category: 'retired' }, token);
      await refusedOutOfScope('partyMember.move', { id: here.partyMember, orgId: there.partyOrg }, token);
      await refusedOutOfScope('facility.update', { id: there.facility, openHours: '全天' }, token);
    }
    await refusedOutOfScope('staff.replace', { id: there.gridWorker, name: '越界网格员', phone: '13900030003' }, tokens.scopedAdmin);
  });

  it('lets the same accounts write in their own community', async () => {
    for (const token of [tokens.community, tokens.scopedAdmin]) {
      expect((await core.call('resident.update', { id: here.resident, tags: ['key_care'] }, token)).ok).toBe(true);
      expect((await core.call('record.history', { kind: 'resident', id: here.resident }, token)).ok).toBe(true);
    }
  });
});
