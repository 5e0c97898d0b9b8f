import type { TenantDetail, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { level } from '../access/matrix';
import { maskName, maskPhone, shown } from '../privacy/mask';
import { tenantCoveringOrg } from '../registers/partyOrgsCoverage';
import { gridRef, notFound, PARTY_ORG_BRIEF_COLUMNS, toPartyOrgBrief, type PartyOrgBriefRow } from './refs';

interface TenantRow {
  id: number;
  name: string;
  category: string;
  uscc: string;
  legal_rep: string;
  phone: string;
  employees: number;
  party_members: number;
  credit_grade: 'A' | 'B' | 'C' | 'D';
  floor: number;
  lng: number;
  lat: number;
  covering: number | null;
  building_id: number;
  building_name: string;
  building_address: string;
  grid_id: number;
}

export function tenantDetail(db: Db, id: number, user: Pick<UserView, 'role' | 'communityId'>): TenantDetail {
  requireInScope(db, user, 'tenant', id);
  const t = db
    .prepare(
      `SELECT t.*, ${tenantCoveringOrg('t')} AS covering, b.name AS building_name, b.address AS building_address, b.grid_id
         FROM tenant t JOIN building b ON b.id = t.building_id WHERE t.id = ?`,
    )
    .get(id) as TenantRow | undefined;
  if (!t) throw notFound('tenant', id);
  const org = t.covering ? (db.prepare(`SELECT ${PARTY_ORG_BRIEF_COLUMNS} FROM party_org p WHERE p.id = ?`).get(t.covering) as PartyOrgBriefRow | undefined) : undefined;
  return {
    kind: 'tenant',
    id: t.id,
    name: t.name,
    category: t.category,
    uscc: t.uscc,
    legalRep: shown(t.legal_rep, level(user.role, 'tenantContact', 'name'), maskName) ?? '',
    phone: shown(t.phone, level(user.role, 'tenantContact', 'phone'), maskPhone) ?? '',
    employees: t.employees,
    partyMembers: t.party_members,
    creditGrade: t.credit_grade,
    floor: t.floor,
    center: [t.lng, t.lat],
    building: { id: t.building_id, name: t.building_name, address: t.building_address },
    grid: gridRef(db, t.grid_id),
    coveringOrg: org ? toPartyOrgBrief(org) : null,
  };
}
