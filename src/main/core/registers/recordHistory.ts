// 变更记录: a record's changes, statuses and (tenants) credit grades, newest first, for its
// drawer. The history is stored with values as they were; here each personal field is shaped
// by the caller's role exactly as the record's own drawer shapes it (access/matrix.ts): in
// full, masked (张**, 138****1234, the building without the room), or hidden (both values
// null, `hidden: true`, the field name still shown so the drawer can say "changed").
// Community accounts read the history of their community's records only.
import type { Role, StaffRole } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { FieldChangeView, HistoryValue, RecordHistory, RecordHistoryInput, RecordKind } from '../../../shared/registers';
import type { UserView } from '../../../shared/views';
import { outOfScope, scopeOf, type ScopedEntity } from '../access/communityScope';
import { level, type PersonalField, type PersonKind } from '../access/matrix';
import type { Db } from '../db/database';
import { maskIdNumber, maskName, maskPhone, scrubNumbers } from '../privacy/mask';
import type { FieldChange } from './changeLog';
import { labelChanges, type LabelRules } from './historyLabels';

interface Shape {
  kind: PersonKind;
  field: PersonalField;
  /** How a masked string value looks; non-string values of a masked field are hidden. */
  mask: (v: string) => string;
}

export const maskAddress = (v: string) => `${v.replace(/\d+单元.*$/, '')}…`;
const maskBirth = (v: string) => `${v.slice(0, 4)}-**-**`;
const hideAll = () => '';

function residentShape(field: PersonalField, mask: (v: string) => string): Shape {
  return { kind: 'resident', field, mask };
}

/** The personal fields of each kind of record; every other field is shown as stored. */
function shapesOf(kind: RecordKind, staffRole: StaffRole | null): Record<string, Shape> {
  if (kind === 'resident') {
    return {
      name: residentShape('name', maskName),
      idNumber: residentShape('idNumber', maskIdNumber),
      birthDate: residentShape('idNumber', maskBirth),
      phone: residentShape('phone', maskPhone),
      tags: residentShape('tags', hideAll),
      address: residentShape('address', maskAddress),
      householdId: residentShape('address', hideAll),
    };
  }
  if (kind === 'household') {
    return { address: residentShape('address', maskAddress), unit: residentShape('address', hideAll), floor: residentShape('address', hideAll), room: residentShape('address', hideAll) };
  }
  if (kind === 'tenant') return { legalRep: { kind: 'tenantContact', field: 'name', mask: maskName }, phone: { kind: 'tenantContact', field: 'phone', mask: maskPhone } };
  if (kind === 'gridStaff') {
    const person: PersonKind = staffRole === 'grid_head' || staffRole === 'grid_worker' ? 'staff' : 'volunteer';
    return { name: { kind: person, field: 'name', mask: maskName }, phone: { kind: person, field: 'phone', mask: maskPhone }, residentId: { kind: 'resident', field: 'name', mask: hideAll } };
  }
  if (kind === 'partyMember') {
    return {
      name: { kind: 'partyMember', field: 'name', mask: maskName },
      phone: { kind: 'partyMember', field: 'phone', mask: maskPhone },
      idNumber: { kind: 'partyMember', field: 'idNumber', mask: maskIdNumber },
      // Where a member lives says who they are: shown as the resident's address would be.
      residentId: residentShape('address', hideAll),
    };
  }
  if (kind === 'partyOrg') return { secretaryName: { kind: 'secretary', field: 'name', mask: maskName }, secretaryPhone: { kind: 'secretary', field: 'phone', mask: maskPhone } };
  return {};
}

function shapeValue(v: HistoryValue, lvl: 'full' | 'masked' | 'none', shape: Shape): HistoryValue | undefined {
  if (v === null) return null;
  if (lvl === 'full') return v;
  if (lvl === 'masked' && typeof v === 'string') {
    const masked = shape.mask(v);
    return masked === '' ? undefined : masked;
  }
  return undefined;
}

export function maskChange(c: FieldChange, role: Role, shapes: Record<string, Shape>): FieldChangeView {
  const shape = shapes[c.field];
  if (!shape) return { field: c.field, before: c.before, after: c.after, hidden: false };
  const lvl = level(role, shape.kind, shape.field);
  const before = shapeValue(c.before, lvl, shape);
  const after = shapeValue(c.after, lvl, shape);
  if (before === undefined || after === undefined) return { field: c.field, before: null, after: null, hidden: true };
  return { field: c.field, before, after, hidden: false };
}

interface Located {
  communityId: number | null;
  status: string | null;
  staffRole: StaffRole | null;
}

const GRID_OF_BUILDING = 'SELECT g.community_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?';

/** Where the record lives (its community) and its status now, looking in the departed and closed tables too. */
function locate(db: Db, kind: RecordKind, id: number): Located | undefined {
  const community = (sql: string, param: number) => (db.prepare(sql).pluck().get(param) as number | undefined) ?? null;
  const householdCommunity = (householdId: number) => community(`SELECT g.community_id FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE h.id = ?`, householdId);
  if (kind === 'resident') {
    const live = db.prepare('SELECT household_id FROM resident WHERE id = ?').pluck().get(id) as number | undefined;
    if (live !== undefined) return { communityId: householdCommunity(live), status: 'registered', staffRole: null };
    const gone = db.prepare('SELECT household_id, status FROM resident_departed WHERE id = ?').get(id) as { household_id: number; status: string } | undefined;
    return gone && { communityId: householdCommunity(gone.household_id), status: gone.status, staffRole: null };
  }
  if (kind === 'household') {
    const h = db.prepare('SELECT status FROM household WHERE id = ?').pluck().get(id) as string | undefined;
    return h === undefined ? undefined : { communityId: householdCommunity(id), status: h, staffRole: null };
  }
  if (kind === 'building') {
    const c = db.prepare(GRID_OF_BUILDING).pluck().get(id) as number | undefined;
    return c === undefined ? undefined : { communityId: c, status: null, staffRole: null };
  }
  if (kind === 'tenant') {
    const t = (db.prepare('SELECT building_id, status FROM tenant WHERE id = ?').get(id) ??
      db.prepare(`SELECT building_id, 'closed' AS status FROM tenant_closed WHERE id = ?`).get(id)) as { building_id: number; status: string } | undefined;
    return t && { communityId: community(GRID_OF_BUILDING, t.building_id), status: t.status, staffRole: null };
  }
  if (kind !== 'gridStaff') return locateOrgRegister(db, kind, id);
  const s = db.prepare('SELECT g.community_id, s.role, s.vacated_on FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.id = ?').get(id) as
    | { community_id: number; role: StaffRole; vacated_on: string | null }
    | undefined;
  return s && { communityId: s.community_id, status: s.vacated_on === null ? 'serving' : 'vacated', staffRole: s.role };
}

/** Party organisations and members (live, dissolved, transferred out), facilities, departments and categories. */
function locateOrgRegister(db: Db, kind: Exclude<RecordKind, 'resident' | 'household' | 'building' | 'tenant' | 'gridStaff'>, id: number): Located | undefined {
  const row = (sql: string) => db.prepare(sql).get({ id }) as { communityId: number | null; status: string | null } | undefined;
  let found: { communityId: number | null; status: string | null } | undefined;
  if (kind === 'partyOrg') {
    found = row(`SELECT community_id AS communityId, 'founded' AS status FROM party_org WHERE id = @id UNION ALL SELECT community_id, 'dissolved' FROM party_org_dissolved WHERE id = @id`);
  } else if (kind === 'partyMember') {
    const orgCommunity = 'COALESCE((SELECT community_id FROM party_org WHERE id = m.org_id), (SELECT community_id FROM party_org_dissolved WHERE id = m.org_id))';
    found = row(
      `SELECT ${orgCommunity} AS communityId, 'member' AS status FROM party_member m WHERE m.id = @id
       UNION ALL SELECT ${orgCommunity}, 'transferred_out' FROM party_member_departed m WHERE m.id = @id`,
    );
  } else if (kind === 'facility') {
    found = row('SELECT g.community_id AS communityId, NULL AS status FROM facility f JOIN grid g ON g.id = f.grid_id WHERE f.id = @id');
  } else if (kind === 'department') {
    found = row(`SELECT NULL AS communityId, CASE WHEN deactivated_on IS NULL THEN 'active' ELSE 'deactivated' END AS status FROM department WHERE id = @id`);
  } else {
    found = row('SELECT NULL AS communityId, NULL AS status FROM case_category WHERE id = @id');
  }
  return found && { communityId: found.communityId, status: found.status, staffRole: null };
}

const SCOPED: Record<RecordKind, ScopedEntity | null> = {
  resident: 'resident',
  household: 'household',
  building: 'building',
  tenant: 'tenant',
  gridStaff: 'grid',
  partyOrg: 'partyOrg',
  partyMember: 'partyMember',
  facility: 'facility',
  department: null,
  caseCategory: null,
};

/** The newest changes first; 200 at most (a record edited more often than that shows its latest). */
const LIMIT = 200;

export function recordHistory(db: Db, user: Pick<UserView, 'role' | 'communityId'>, input: RecordHistoryInput): RecordHistory {
  const found = locate(db, input.kind, input.id);
  if (!found) throw new ApiError('not_found', `${input.kind} ${input.id} does not exist`);
  const scope = scopeOf(user);
  if (scope !== null && found.communityId !== scope) {
    const entity = SCOPED[input.kind];
    if (entity) throw outOfScope(entity, input.id, scope);
    const message = `${input.kind} ${input.id} is kept by the street, not by community ${scope}`;
    throw new ApiError('unauthorized', message, [{ path: '(scope)', message, reason: 'out_of_scope' }]);
  }
  const shapes = shapesOf(input.kind, found.staffRole);
  const rows = db
    .prepare(
      `SELECT c.id, c.at, c.action, c.changes, u.display_name FROM record_change c LEFT JOIN app_user u ON u.id = c.user_id
        WHERE c.kind = ? AND c.record_id = ? ORDER BY c.id DESC LIMIT ${LIMIT}`,
    )
    .all(input.kind, input.id) as { id: number; at: number; action: string; changes: string; display_name: string | null }[];
  const statuses = db
    .prepare(
      `SELECT s.status, s.on_date, s.at, s.note, u.display_name FROM register_status s LEFT JOIN app_user u ON u.id = s.user_id
        WHERE s.kind = ? AND s.record_id = ? ORDER BY s.id DESC LIMIT ${LIMIT}`,
    )
    .all(input.kind, input.id) as { status: string; on_date: string; at: number; note: string; display_name: string | null }[];
  const grades =
    input.kind === 'tenant'
      ? (db
          .prepare(
            `SELECT g.grade, g.since, g.at, g.note, u.display_name FROM tenant_credit_grade g LEFT JOIN app_user u ON u.id = g.user_id
              WHERE g.tenant_id = ? ORDER BY g.id DESC LIMIT ${LIMIT}`,
          )
          .all(input.id) as { grade: string; since: string; at: number; note: string; display_name: string | null }[])
      : [];
  const addressLevel = level(user.role, 'resident', 'address');
  const labelRules: LabelRules = {
    address: (a) => (addressLevel === 'full' ? a : addressLevel === 'masked' ? maskAddress(a) : null),
    residentNames: level(user.role, 'resident', 'name') === 'full',
  };
  return {
    kind: input.kind,
    id: input.id,
    status: found.status,
    changes: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userName: r.display_name,
      action: r.action,
      changes: labelChanges(
        db,
        input.kind,
        (JSON.parse(r.changes) as FieldChange[]).map((c) => maskChange(c, user.role, shapes)),
        labelRules,
      ),
    })),
    // Notes are free text: a number typed into one is masked like any other.
    statuses: statuses.map((s) => ({ status: s.status, onDate: s.on_date, at: s.at, userName: s.display_name, note: scrubNumbers(s.note) })),
    creditGrades: grades.map((g) => ({ grade: g.grade, since: g.since, at: g.at, userName: g.display_name, note: scrubNumbers(g.note) })),
  };
}

/** Whether the answer carries any personal value (it then counts against the bulk-read limit). */
export function carriesPersonalValues(history: RecordHistory): boolean {
  if (history.kind !== 'resident' && history.kind !== 'household') return false;
  const shapes = shapesOf(history.kind, null);
  return history.changes.some((c) => c.changes.some((f) => !f.hidden && shapes[f.field] !== undefined && (f.before !== null || f.after !== null)));
}
