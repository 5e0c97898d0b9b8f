// Tenants register rows matched to the street's tenants, on a read-only connection: by USCC
// first (a code is the tenant's for good), else by name within its building. Where the row
// puts it (所在楼栋, 楼栋编码, 经营地址) is resolved within the community. A matched tenant is
// compared field by field: update (fields, a move, a status) or unchanged; an unmatched one
// is new and must carry what opening a tenant needs.
import type { CreditGrade } from '../../../../shared/domain';
import type { ImportReason } from '../../../../shared/registerImport';
import type { TENANT_CATEGORIES, TenantStatus } from '../../../../shared/registers';
import type { Db } from '../../db/database';
import { buildingIndex, type BuildingIndex } from '../buildings/plan';
import { compactText } from '../cleanText';
import type { KindPlan, ParsedRow, PlannedRow } from '../registerKind';
import { columnLabel } from '../rowCells';
import type { RowIssue } from '../rowIssue';
import { TENANT_COLUMNS, type TenantImportField } from './columns';
import type { TenantRow } from './rows';

type Category = (typeof TENANT_CATEGORIES)[number];

/** The fields updateTenant changes. */
export interface TenantChanges {
  name?: string;
  category?: Category;
  uscc?: string;
  legalRep?: string;
  phone?: string;
  employees?: number;
  creditGrade?: CreditGrade;
}

/** What a planned row writes (part of the plan's digest). */
export type TenantTarget =
  | { kind: 'open'; buildingId: number; floor: number; name: string; category: Category; uscc: string; legalRep: string; phone: string; employees: number; creditGrade: CreditGrade; status: 'open' | 'suspended' }
  | { kind: 'existing'; changes: TenantChanges; move: { buildingId: number; floor: number } | null; status: TenantStatus | null; buildingId: number }
  /** Written as 注销 and deregistered already: nothing to do. */
  | { kind: 'deregistered' };

export type PlannedTenant = PlannedRow<TenantRow, TenantTarget>;

/** Reasons that make a row a conflict (the register says otherwise) rather than a rejected row. */
export const TENANT_CONFLICTS: readonly ImportReason[] = ['tenant_other_community', 'tenant_deregistered', 'building_other_community', 'building_keys_differ'];

interface StoredTenant {
  id: number;
  building_id: number;
  community_id: number;
  community: string;
  name: string;
  category: string;
  uscc: string;
  legal_rep: string;
  phone: string;
  employees: number;
  credit_grade: CreditGrade;
  floor: number;
  status: 'open' | 'suspended';
}

export interface TenantIndex {
  communityId: number;
  prefixes: string[];
  buildings: BuildingIndex;
  byUscc: Map<string, StoredTenant>;
  /** This community's tenants by `${buildingId}|${compact name}`, and by compact name alone. */
  byBuildingName: Map<string, StoredTenant[]>;
  byName: Map<string, StoredTenant[]>;
  closed: Map<string, string>;
  /** A building of the community, to show in a refusal how names are written. */
  exampleBuilding: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function tenantIndex(db: Db, communityId: number): TenantIndex {
  const buildings = buildingIndex(db, communityId);
  const tenants = db
    .prepare(
      `SELECT t.id, t.building_id, g.community_id, c.name AS community, t.name, t.category, t.uscc, t.legal_rep, t.phone, t.employees, t.credit_grade, t.floor, t.status
         FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id ORDER BY t.id`,
    )
    .all() as StoredTenant[];
  const index: TenantIndex = {
    communityId,
    prefixes: buildings.prefixes,
    buildings,
    byUscc: new Map(),
    byBuildingName: new Map(),
    byName: new Map(),
    closed: new Map((db.prepare('SELECT uscc, closed_on FROM tenant_closed').all() as { uscc: string; closed_on: string }[]).map((r) => [r.uscc, r.closed_on])),
    exampleBuilding: [...buildings.byId.values()].find((b) => b.community_id === communityId)?.name ?? '',
  };
  for (const t of tenants) {
    index.byUscc.set(t.uscc, t);
    if (t.community_id !== communityId) continue;
    push(index.byBuildingName, `${t.building_id}|${compactText(t.name)}`, t);
    push(index.byName, compactText(t.name), t);
  }
  return index;
}

type Parsed = ParsedRow<TenantImportField, TenantRow>;
type Issue = Omit<RowIssue, 'sheet' | 'row'>;
type Resolved = { ok: true; buildingId: number | null } | { ok: false; issue: Issue };

/** The building the row names (code, name, address; all it gives must agree), within the community; null when it names none. */
function resolveBuilding(parsed: Parsed, index: TenantIndex): Resolved {
  const { data } = parsed;
  const b = index.buildings;
  const label = (f: TenantImportField) => columnLabel(TENANT_COLUMNS, parsed.columns, f);
  const keys: { field: TenantImportField; value: string; found: number[]; elsewhere: boolean }[] = [];
  const add = (field: TenantImportField, value: string | null, list: { id: number; community_id: number }[]) => {
    if (value === null) return;
    const here = list.filter((x) => x.community_id === index.communityId).map((x) => x.id);
    keys.push({ field, value, found: here, elsewhere: here.length === 0 && list.length > 0 });
  };
  add('buildingCode', data.buildingCode, data.buildingCode !== null && b.byCode.has(data.buildingCode) ? [b.byCode.get(data.buildingCode)!] : []);
  add('building', data.building, data.building !== null ? (b.byName.get(compactText(data.building)) ?? []) : []);
  add('address', data.address, data.address !== null ? (b.byAddress.get(data.address) ?? []) : []);
  if (keys.length === 0) return { ok: true, buildingId: null };
  const by = keys.find((k) => k.found.length === 1);
  if (!by) {
    const elsewhere = keys.find((k) => k.elsewhere);
    if (elsewhere) return { ok: false, issue: { column: label(elsewhere.field), value: elsewhere.value, reason: 'building_other_community' } };
    const several = keys.find((k) => k.found.length > 1);
    if (several) return { ok: false, issue: { column: label(several.field), value: several.value, reason: 'building_ambiguous', detail: several.found.map((id) => b.byId.get(id)!.code).join('、') } };
    return { ok: false, issue: { column: label(keys[0]!.field), value: keys[0]!.value, reason: 'building_unknown', detail: index.exampleBuilding } };
  }
  const id = by.found[0]!;
  const other = keys.find((k) => k !== by && !k.found.includes(id));
  if (other) return { ok: false, issue: { column: label(other.field), value: other.value, reason: 'building_keys_differ', detail: b.byId.get(id)!.name } };
  return { ok: true, buildingId: id };
}

type Matched = { kind: 'tenant'; tenant: StoredTenant } | { kind: 'closed' } | { kind: 'none' };

export function planTenants(index: TenantIndex, rows: readonly Parsed[]): KindPlan<TenantRow, TenantTarget> {
  const issues: RowIssue[] = [];
  const at = (p: Parsed, issue: Issue) => issues.push({ sheet: p.sheet, row: p.row, ...issue });
  const label = (p: Parsed, f: TenantImportField) => columnLabel(TENANT_COLUMNS, p.columns, f);

  // A code twice in the file: every occurrence is refused (which one is right is the user's call).
  const byCode = new Map<string, Parsed[]>();
  for (const p of rows) if (p.data.uscc !== null) push(byCode, p.data.uscc, p);
  const planned: PlannedTenant[] = [];
  const seen = new Map<number, Parsed[]>();
  for (const p of rows) {
    const d = p.data;
    if (d.uscc !== null && byCode.get(d.uscc)!.length > 1) {
      const others = byCode.get(d.uscc)!.filter((o) => o !== p).map((o) => `${o.sheet} 第${o.row}行`);
      at(p, { column: label(p, 'uscc'), value: d.uscc, reason: 'uscc_twice_in_file', detail: others.join('、') });
      continue;
    }
    // Another community's tenant is that community's to change, wherever the row puts it.
    const elsewhere = d.uscc !== null ? index.byUscc.get(d.uscc) : undefined;
    if (elsewhere && elsewhere.community_id !== index.communityId) {
      at(p, { column: label(p, 'uscc'), value: d.uscc!, reason: 'tenant_other_community', detail: elsewhere.community });
      continue;
    }
    const where = resolveBuilding(p, index);
    if (!where.ok) {
      at(p, where.issue);
      continue;
    }
    const m = matchTenant(p, index, where.buildingId);
    if ('issue' in m) {
      at(p, m.issue);
      continue;
    }
    if (m.kind === 'closed') {
      // A deregistered tenant written as 注销 is how the register stands; anything else cannot reopen it.
      if (d.status === 'closed') planned.push({ sheet: p.sheet, row: p.row, outcome: 'unchanged', recordId: null, fields: [], target: { kind: 'deregistered' }, creates: null, data: d });
      else at(p, { column: label(p, 'uscc'), value: d.uscc ?? '', reason: 'tenant_deregistered', detail: index.closed.get(d.uscc ?? '') ?? '' });
      continue;
    }
    if (m.kind === 'none') {
      const open = planOpen(p, index, where.buildingId);
      if ('issues' in open) issues.push(...open.issues);
      else planned.push(open.row);
      continue;
    }
    const t = m.tenant;
    push(seen, t.id, p);
    const existing = planExisting(p, index, t, where.buildingId);
    if ('issue' in existing) at(p, existing.issue);
    else planned.push(existing.row);
  }
  // One tenant matched by two rows (by code in one, by name in another): both are refused.
  const twice = new Set([...seen.values()].filter((list) => list.length > 1).flat());
  const kept = planned.filter((r) => {
    const p = rows.find((x) => x.sheet === r.sheet && x.row === r.row)!;
    if (!twice.has(p)) return true;
    const others = [...seen.values()].find((list) => list.includes(p))!.filter((o) => o !== p).map((o) => `${o.sheet} 第${o.row}行`);
    at(p, { column: label(p, 'name'), value: p.data.name, reason: 'uscc_twice_in_file', detail: others.join('、') });
    return false;
  });
  return { rows: kept, issues, picks: [] };
}

function matchTenant(p: Parsed, index: TenantIndex, buildingId: number | null): Matched | { issue: Issue } {
  const d = p.data;
  if (d.uscc !== null) {
    const t = index.byUscc.get(d.uscc);
    if (t && t.community_id !== index.communityId) return { issue: { column: columnLabel(TENANT_COLUMNS, p.columns, 'uscc'), value: d.uscc, reason: 'tenant_other_community', detail: t.community } };
    if (t) return { kind: 'tenant', tenant: t };
    if (index.closed.has(d.uscc)) return { kind: 'closed' };
  }
  const name = compactText(d.name);
  const list = buildingId !== null ? (index.byBuildingName.get(`${buildingId}|${name}`) ?? []) : (index.byName.get(name) ?? []);
  // A different code under a known name and building is that tenant's code corrected.
  if (list.length === 1) return { kind: 'tenant', tenant: list[0]! };
  if (list.length > 1) return { issue: { column: columnLabel(TENANT_COLUMNS, p.columns, 'name'), value: d.name, reason: 'tenant_ambiguous' } };
  return { kind: 'none' };
}

function floorIssue(p: Parsed, index: TenantIndex, buildingId: number, floor: number): Issue | null {
  const top = index.buildings.byId.get(buildingId)!.floors;
  return floor > top ? { column: columnLabel(TENANT_COLUMNS, p.columns, 'floor'), value: String(floor), reason: 'tenant_floor_above', detail: String(top) } : null;
}

/** The fields opening a tenant needs (openTenant's input). */
const OPEN_NEEDS: readonly TenantImportField[] = ['uscc', 'category', 'building', 'floor', 'employees', 'legalRep', 'phone', 'creditGrade'];

function planOpen(p: Parsed, index: TenantIndex, buildingId: number | null): { row: PlannedTenant } | { issues: RowIssue[] } {
  const d = p.data;
  const issues: RowIssue[] = [];
  const missing = (f: TenantImportField) => issues.push({ sheet: p.sheet, row: p.row, column: columnLabel(TENANT_COLUMNS, p.columns, f), value: '', reason: 'required_missing' });
  const has: Record<TenantImportField, boolean> = {
    name: true,
    uscc: d.uscc !== null,
    category: d.category !== undefined,
    building: buildingId !== null,
    buildingCode: true,
    address: true,
    floor: d.floor !== undefined,
    employees: d.employees !== undefined,
    legalRep: d.legalRep !== undefined,
    phone: d.phone !== undefined,
    creditGrade: d.creditGrade !== undefined,
    status: true,
  };
  for (const f of OPEN_NEEDS) if (!has[f]) missing(f);
  if (d.status === 'closed') issues.push({ sheet: p.sheet, row: p.row, column: columnLabel(TENANT_COLUMNS, p.columns, 'status'), value: '注销', reason: 'tenant_new_closed' });
  if (buildingId !== null && d.floor !== undefined) {
    const f = floorIssue(p, index, buildingId, d.floor);
    if (f) issues.push({ sheet: p.sheet, row: p.row, ...f });
  }
  if (issues.length > 0 || buildingId === null) return { issues };
  const target: TenantTarget = {
    kind: 'open',
    buildingId,
    floor: d.floor!,
    name: d.name,
    category: d.category!,
    uscc: d.uscc!,
    legalRep: d.legalRep!,
    phone: d.phone!,
    employees: d.employees!,
    creditGrade: d.creditGrade!,
    status: d.status === 'suspended' ? 'suspended' : 'open',
  };
  return { row: { sheet: p.sheet, row: p.row, outcome: 'new', recordId: null, fields: [], target, creates: null, data: d } };
}

function planExisting(p: Parsed, index: TenantIndex, t: StoredTenant, buildingId: number | null): { row: PlannedTenant } | { issue: Issue } {
  const d = p.data;
  const changes: TenantChanges = {};
  if (compactText(d.name) !== compactText(t.name)) changes.name = d.name;
  if (d.category !== undefined && d.category !== t.category) changes.category = d.category;
  if (d.uscc !== null && d.uscc !== t.uscc) changes.uscc = d.uscc;
  if (d.legalRep !== undefined && d.legalRep !== t.legal_rep) changes.legalRep = d.legalRep;
  if (d.phone !== undefined && d.phone !== t.phone) changes.phone = d.phone;
  if (d.employees !== undefined && d.employees !== t.employees) changes.employees = d.employees;
  if (d.creditGrade !== undefined && d.creditGrade !== t.credit_grade) changes.creditGrade = d.creditGrade;
  const toBuilding = buildingId ?? t.building_id;
  const toFloor = d.floor ?? t.floor;
  const move = toBuilding !== t.building_id || toFloor !== t.floor ? { buildingId: toBuilding, floor: toFloor } : null;
  if (move) {
    const f = floorIssue(p, index, move.buildingId, move.floor);
    if (f) return { issue: f };
  }
  const status = d.status !== undefined && d.status !== t.status ? d.status : null;
  const fields: string[] = [...Object.keys(changes), ...(move ? (move.buildingId !== t.building_id ? ['buildingId', 'floor'] : ['floor']) : []), ...(status ? ['status'] : [])];
  const target: TenantTarget = { kind: 'existing', changes, move, status, buildingId: toBuilding };
  return { row: { sheet: p.sheet, row: p.row, outcome: fields.length > 0 ? 'update' : 'unchanged', recordId: t.id, fields, target, creates: null, data: d } };
}
