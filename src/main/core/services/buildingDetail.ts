import type { BuildingUse, ResidentTag } from '../../../shared/domain';
import type { BuildingDetail, HouseholdView, ResidentBrief, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { level } from '../access/matrix';
import { maskIdNumber, maskName, maskPhone, shown } from '../privacy/mask';
import { tenantCoveringOrg } from '../registers/partyOrgsCoverage';
import { ageAt, gridRef, notFound, openCaseBriefs, PARTY_ORG_BRIEF_COLUMNS, toPartyOrgBrief, type PartyOrgBriefRow } from './refs';

interface BuildingRow {
  id: number;
  code: string;
  name: string;
  address: string;
  floors: number;
  use: BuildingUse;
  has_lift: number;
  built_year: number;
  center_lng: number;
  center_lat: number;
  grid_id: number;
}
interface HouseholdRow {
  id: number;
  unit: number;
  floor: number;
  room: string;
  address: string;
  tenure: HouseholdView['tenure'];
  status: HouseholdView['status'];
}
interface ResidentRow {
  id: number;
  household_id: number;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_number: string;
  phone: string | null;
  relation: string;
  tags: string;
  is_party_member: number;
}
interface TenantRow {
  id: number;
  name: string;
  category: string;
  floor: number;
  employees: number;
  credit_grade: 'A' | 'B' | 'C' | 'D';
  covering_org_name: string | null;
}

/** A resident as this role may see them (see access/matrix.ts); absent fields are '' / null / []. */
export function toResidentBrief(r: ResidentRow, now: number, user: Pick<UserView, 'role'>): ResidentBrief {
  const at = (field: 'name' | 'phone' | 'idNumber' | 'tags') => level(user.role, 'resident', field);
  return {
    id: r.id,
    name: shown(r.name, at('name'), maskName) ?? '',
    gender: r.gender,
    age: ageAt(r.birth_date, now),
    relation: r.relation,
    idNumberMasked: shown(r.id_number, at('idNumber'), maskIdNumber) ?? '',
    phone: shown(r.phone, at('phone'), maskPhone),
    tags: at('tags') === 'full' ? (JSON.parse(r.tags) as ResidentTag[]) : [],
    isPartyMember: r.is_party_member === 1,
  };
}

/**
 * Households and their members are listed only to roles that may see residents' home
 * addresses (unit and room); every other role gets the counts. Community accounts see
 * buildings of their own community only.
 */
export function buildingDetail(db: Db, id: number, now: number, user: Pick<UserView, 'role' | 'communityId'>): BuildingDetail {
  requireInScope(db, user, 'building', id);
  const b = db
    .prepare('SELECT id, code, name, address, floors, use, has_lift, built_year, center_lng, center_lat, grid_id FROM building WHERE id = ?')
    .get(id) as BuildingRow | undefined;
  if (!b) throw notFound('building', id);
  const households = db.prepare('SELECT id, unit, floor, room, address, tenure, status FROM household WHERE building_id = ? ORDER BY unit, floor, room').all(id) as HouseholdRow[];
  const listed = level(user.role, 'resident', 'address') === 'full';
  const residents = db
    .prepare(
      `SELECT r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number, r.phone, r.relation, r.tags, r.is_party_member
         FROM resident r JOIN household h ON h.id = r.household_id WHERE h.building_id = ? ORDER BY r.household_id, r.id`,
    )
    .all(id) as ResidentRow[];
  const byHousehold = new Map<number, ResidentBrief[]>();
  for (const r of residents) {
    const list = byHousehold.get(r.household_id) ?? [];
    list.push(toResidentBrief(r, now, user));
    byHousehold.set(r.household_id, list);
  }
  const tenants = db
    .prepare(
      `SELECT t.id, t.name, t.category, t.floor, t.employees, t.credit_grade, p.name AS covering_org_name
         FROM tenant t LEFT JOIN party_org p ON p.id = ${tenantCoveringOrg('t')} WHERE t.building_id = ? ORDER BY t.floor, t.name`,
    )
    .all(id) as TenantRow[];
  const orgs = db.prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.building_id = ? ORDER BY p.level, p.id`).all(id) as PartyOrgBriefRow[];
  return {
    kind: 'building',
    id: b.id,
    code: b.code,
    name: b.name,
    address: b.address,
    floors: b.floors,
    use: b.use,
    hasLift: b.has_lift === 1,
    builtYear: b.built_year,
    center: [b.center_lng, b.center_lat],
    grid: gridRef(db, b.grid_id),
    householdCount: households.length,
    residentCount: residents.length,
    households: (listed ? households : []).map((h) => ({ id: h.id, unit: h.unit, floor: h.floor, room: h.room, address: h.address, tenure: h.tenure, status: h.status, members: byHousehold.get(h.id) ?? [] })),
    tenants: tenants.map((t) => ({ id: t.id, name: t.name, category: t.category, floor: t.floor, employees: t.employees, creditGrade: t.credit_grade, coveringOrgName: t.covering_org_name })),
    partyOrgs: orgs.map(toPartyOrgBrief),
    openCases: openCaseBriefs(db, 'c.building_id = ?', [id], now),
  };
}

