// Register API methods: each write runs its core function (which checks the role matrix and
// the community scope itself) inside one transaction with its history and audit rows, then
// pushes register.changed so every open window (map, drawers, wall) reloads what it shows.
import type { ApiParsedInput } from '../../../shared/api';
import type { OrgRegisterMethod } from '../../../shared/orgRegisters';
import type { RecordKind, RegisterWriteResult } from '../../../shared/registers';
import type { CallContext } from '../api/context';
import type { HandlerMap } from '../api/handlers';
import { currentUser, personalRead } from '../api/roles';
import type { Db } from '../db/database';
import { updateBuilding } from './buildings';
import { createCategory, updateCategory } from './categories';
import type { RegisterActor } from './changeLog';
import { assignDepartmentHandler, createDepartment, deactivateDepartment, updateDepartment } from './departments';
import { departmentList } from './departmentList';
import { partyMemberList } from './partyMemberList';
import { createFacility, moveFacility, updateFacility } from './facilities';
import { createHousehold, setHouseholdStatusBy, updateHousehold } from './households';
import { joinPartyMember, movePartyMember, transferInPartyMember, transferOutPartyMember, updatePartyMember } from './partyMembers';
import { createPartyOrg, dissolvePartyOrg, movePartyOrg, setPartyOrgCoverage, updatePartyOrg } from './partyOrgs';
import { carriesPersonalValues, recordHistory } from './recordHistory';
import { addResident, leaveResident, moveResident, updateResident } from './residents';
import { assignStaff, replaceStaff, vacateStaff } from './staff';
import { moveTenant, openTenant, setTenantStatus, updateTenant } from './tenants';

type WriteMethods =
  | 'resident.add'
  | 'resident.update'
  | 'resident.move'
  | 'resident.leave'
  | 'household.create'
  | 'household.update'
  | 'household.setStatus'
  | 'building.update'
  | 'tenant.open'
  | 'tenant.update'
  | 'tenant.move'
  | 'tenant.setStatus'
  | 'staff.assign'
  | 'staff.replace'
  | 'staff.vacate'
  | OrgRegisterMethod;

const BUILDING_OF: Record<RecordKind, string> = {
  resident: `SELECT h.building_id FROM household h WHERE h.id IN (SELECT household_id FROM resident WHERE id = @id UNION ALL SELECT household_id FROM resident_departed WHERE id = @id)`,
  household: 'SELECT building_id FROM household WHERE id = @id',
  building: 'SELECT id FROM building WHERE id = @id',
  tenant: 'SELECT building_id FROM tenant WHERE id = @id UNION ALL SELECT building_id FROM tenant_closed WHERE id = @id',
  gridStaff: 'SELECT building_id FROM grid_staff WHERE id = @id AND building_id IS NOT NULL',
  partyOrg: 'SELECT building_id FROM party_org WHERE id = @id AND building_id IS NOT NULL UNION ALL SELECT building_id FROM party_org_dissolved WHERE id = @id AND building_id IS NOT NULL',
  partyMember: 'SELECT h.building_id FROM party_member m JOIN resident r ON r.id = m.resident_id JOIN household h ON h.id = r.household_id WHERE m.id = @id',
  facility: 'SELECT NULL WHERE 0',
  department: 'SELECT NULL WHERE 0',
  caseCategory: 'SELECT NULL WHERE 0',
};

/** Records placed by a point rather than a building: their grid. */
const GRID_OF: Partial<Record<RecordKind, string>> = {
  gridStaff: 'SELECT grid_id FROM grid_staff WHERE id = @id',
  facility: 'SELECT grid_id FROM facility WHERE id = @id',
};

function gridsOf(db: Db, kind: RecordKind, id: number): number[] {
  const sql = GRID_OF[kind];
  return sql ? (db.prepare(sql).pluck().all({ id }) as number[]) : [];
}

function kindOf(method: WriteMethods): RecordKind {
  return method.startsWith('staff.') ? 'gridStaff' : (method.split('.')[0] as RecordKind);
}

function buildingsOf(db: Db, kind: RecordKind, id: number): number[] {
  return db.prepare(BUILDING_OF[kind]).pluck().all({ id }) as number[];
}

/** The building a write is about before it runs (a move's origin), when the input names an existing record. */
function buildingsBefore(db: Db, method: WriteMethods, input: object): number[] {
  if (!('id' in input) || typeof input.id !== 'number') return [];
  return buildingsOf(db, kindOf(method), input.id);
}

/** The grid a point-placed record is in before the write (a facility's move). */
function gridsBefore(db: Db, method: WriteMethods, input: object): number[] {
  if (!('id' in input) || typeof input.id !== 'number') return [];
  return gridsOf(db, kindOf(method), input.id);
}

function write<M extends WriteMethods>(method: M, run: (db: Db, actor: RegisterActor, input: ApiParsedInput<M>) => RegisterWriteResult) {
  return (input: ApiParsedInput<M>, ctx: CallContext): RegisterWriteResult => {
    const db = ctx.db();
    const actor: RegisterActor = { user: currentUser(ctx), now: ctx.now };
    const before = buildingsBefore(db, method, input);
    const gridsBeforeWrite = gridsBefore(db, method, input);
    const done = db.transaction(() => run(db, actor, input))();
    if (done.changed.length === 0 && done.alsoChanged.length === 0) return done;
    const buildingIds = [...new Set([...before, ...buildingsOf(db, done.kind, done.id)])];
    const gridIds = buildingIds.length
      ? (db.prepare(`SELECT DISTINCT grid_id FROM building WHERE id IN (${buildingIds.map(() => '?').join(',')})`).pluck().all(...buildingIds) as number[])
      : [...new Set([...gridsBeforeWrite, ...gridsOf(db, done.kind, done.id)])];
    ctx.emit('register.changed', { kind: done.kind, id: done.id, action: done.action, buildingIds, gridIds, at: ctx.now });
    return done;
  };
}

export const registerHandlers: Pick<HandlerMap, WriteMethods | 'record.history' | 'department.list' | 'partyMember.list'> = {
  'resident.add': write('resident.add', addResident),
  'resident.update': write('resident.update', updateResident),
  'resident.move': write('resident.move', moveResident),
  'resident.leave': write('resident.leave', (db, actor, input) => leaveResident(db, actor, input)),
  'household.create': write('household.create', createHousehold),
  'household.update': write('household.update', updateHousehold),
  'household.setStatus': write('household.setStatus', setHouseholdStatusBy),
  'building.update': write('building.update', updateBuilding),
  'tenant.open': write('tenant.open', openTenant),
  'tenant.update': write('tenant.update', updateTenant),
  'tenant.move': write('tenant.move', moveTenant),
  'tenant.setStatus': write('tenant.setStatus', setTenantStatus),
  'staff.assign': write('staff.assign', assignStaff),
  'staff.replace': write('staff.replace', replaceStaff),
  'staff.vacate': write('staff.vacate', vacateStaff),
  'partyOrg.create': write('partyOrg.create', createPartyOrg),
  'partyOrg.update': write('partyOrg.update', updatePartyOrg),
  'partyOrg.move': write('partyOrg.move', movePartyOrg),
  'partyOrg.dissolve': write('partyOrg.dissolve', dissolvePartyOrg),
  'partyOrg.coverage': write('partyOrg.coverage', setPartyOrgCoverage),
  'partyMember.join': write('partyMember.join', joinPartyMember),
  'partyMember.transferIn': write('partyMember.transferIn', transferInPartyMember),
  'partyMember.transferOut': write('partyMember.transferOut', transferOutPartyMember),
  'partyMember.update': write('partyMember.update', updatePartyMember),
  'partyMember.move': write('partyMember.move', movePartyMember),
  'facility.create': write('facility.create', createFacility),
  'facility.update': write('facility.update', updateFacility),
  'facility.move': write('facility.move', moveFacility),
  'department.create': write('department.create', createDepartment),
  'department.update': write('department.update', updateDepartment),
  'department.deactivate': write('department.deactivate', deactivateDepartment),
  'department.assignHandler': (input, ctx) => {
    const done = write('department.assignHandler', assignDepartmentHandler)(input, ctx);
    // The handler's open session reads its department from the account: refresh it now.
    ctx.accounts.refreshUser(input.userId);
    return done;
  },
  'caseCategory.create': write('caseCategory.create', createCategory),
  'caseCategory.update': write('caseCategory.update', updateCategory),
  'department.list': (_input, ctx) => departmentList(ctx.db(), currentUser(ctx)),
  'partyMember.list': (input, ctx) => partyMemberList(ctx.db(), currentUser(ctx), input),
  'record.history': (input, ctx) => {
    const history = recordHistory(ctx.db(), currentUser(ctx), input);
    if (input.kind === 'resident' && carriesPersonalValues(history)) {
      personalRead(ctx, { method: 'record.history', entity: 'resident', entityId: input.id, persons: [`resident:${input.id}`] });
    }
    return history;
  },
};
