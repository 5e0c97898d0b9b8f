// The residents register's planner: rows to people and households. Duplicated ID numbers in
// the file are all refused (which one is right is the user's call); each address is matched
// to a household of the community (or a new one in a found building, or candidates to pick);
// each person by ID number (new / update / unchanged / conflict); one 户主 per household.
import type { ImportReason, ResidentImportField } from '../../../../shared/registerImport';
import type { Db } from '../../db/database';
import type { AddressIndex } from '../addressIndex';
import type { MappedColumn } from '../mapColumns';
import { matchAddress } from '../matchAddress';
import type { KindPlan, ParsedRow, PickGroup, PlannedRow, PlanOptions } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { maskedMatcher } from './maskedResident';
import { matchResident, residentLookup } from './matchResident';
import { RESIDENT_COLUMNS } from './residentColumns';
import type { ResidentRow } from './residentRows';

export type HouseholdTarget =
  | { kind: 'existing'; id: number }
  | { kind: 'new'; key: string; buildingId: number; unit: number; floor: number; room: string };

export type ResidentPlanned = PlannedRow<ResidentRow, HouseholdTarget>;
type Parsed = ParsedRow<ResidentImportField, ResidentRow>;

function fieldColumn(columns: readonly MappedColumn<ResidentImportField>[], field: ResidentImportField): string {
  return columns.find((c) => c.field === field)?.label ?? RESIDENT_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
}

function householdKey(h: HouseholdTarget): string {
  return h.kind === 'existing' ? `h${h.id}` : h.key;
}

export function planResidents(db: Db, valid: readonly Parsed[], index: AddressIndex, options: PlanOptions): KindPlan<ResidentRow, HouseholdTarget> {
  const issues: RowIssue[] = [];
  // Duplicates in the file: every occurrence is refused (which one is right is the user's call).
  // (A masked ID is no key: 110105********1234 fits many people; those rows are checked by the person they match.)
  const byId = new Map<string, Parsed[]>();
  for (const v of valid) if (!v.data.idMasked) byId.set(v.data.idNumber, [...(byId.get(v.data.idNumber) ?? []), v]);
  const unique = valid.filter((v) => {
    if (v.data.idMasked) return true;
    const same = byId.get(v.data.idNumber)!;
    if (same.length === 1) return true;
    const others = same.filter((o) => o !== v).map((o) => `${o.data.sheet} 第${o.data.row}行`);
    issues.push({ sheet: v.data.sheet, row: v.data.row, column: fieldColumn(v.columns, 'idNumber'), value: v.data.idNumber, reason: 'duplicate_in_file', detail: others.join('、') });
    return false;
  });

  const lookup = residentLookup(db, unique.filter((v) => !v.data.idMasked).map((v) => v.data.idNumber));
  const masked = maskedMatcher(db, lookup);
  const picks = new Map<string, PickGroup>();
  const planned: ResidentPlanned[] = [];
  for (const { data, columns } of unique) {
    const addressColumn = columns.find((c) => c.field === 'address')?.label ?? fieldColumn(columns, 'room');
    const refuse = (reason: ImportReason, column: string, value: string, detail?: string) =>
      issues.push({ sheet: data.sheet, row: data.row, column, value, reason, ...(detail === undefined ? {} : { detail }) });
    const m = matchAddress(data.address, data.addressText, index, options.picks);
    let household: HouseholdTarget;
    if (m.kind === 'household') household = { kind: 'existing', id: m.householdId };
    else if (m.kind === 'newHousehold') household = { kind: 'new', key: `${m.buildingId}|${m.unit}|${m.room}`, buildingId: m.buildingId, unit: m.unit, floor: m.floor, room: m.room };
    else {
      if (m.kind === 'pick') {
        const group = picks.get(m.key) ?? { key: m.key, address: data.addressText, rows: [], candidates: m.candidates };
        group.rows.push({ sheet: data.sheet, row: data.row });
        picks.set(m.key, group);
        refuse('address_ambiguous', addressColumn, data.addressText);
      } else if (m.kind === 'noBuilding') refuse('address_no_building', addressColumn, data.addressText, m.key);
      else if (m.kind === 'unitAmbiguous') refuse('address_unit_ambiguous', addressColumn, data.addressText);
      else if (m.kind === 'floorTooHigh') refuse('address_floor', addressColumn, data.addressText, String(m.floors));
      else refuse('pick_invalid', addressColumn, data.addressText);
      continue;
    }
    const found = masked(data, household);
    if (!found.ok) {
      refuse('masked_unmatched', fieldColumn(columns, found.field), found.value);
      continue;
    }
    const person = matchResident(found.row, found.existing, options.communityId, household.kind === 'existing' ? household.id : null);
    if (person.kind === 'conflict') {
      // A community's staff do not learn that the person is registered in another community (nor which).
      const reason = person.reason === 'other_community' && options.importer.communityId !== null ? 'id_unavailable' : person.reason;
      refuse(reason, fieldColumn(columns, 'idNumber'), data.idNumber);
      continue;
    }
    planned.push({
      sheet: data.sheet,
      row: data.row,
      outcome: person.kind === 'update' ? 'update' : person.kind,
      recordId: person.kind === 'new' ? null : person.residentId,
      fields: person.kind === 'update' ? person.fields : [],
      target: household,
      creates: household.kind === 'new' ? household.key : null,
      data: found.row,
    });
  }

  // Two rows for one registered person (a masked row among them, as full IDs were checked above): all refused.
  const byRecord = new Map<number, ResidentPlanned[]>();
  for (const p of planned) if (p.recordId !== null) byRecord.set(p.recordId, [...(byRecord.get(p.recordId) ?? []), p]);
  const twice = new Set<ResidentPlanned>();
  for (const same of byRecord.values()) {
    if (same.length < 2) continue;
    for (const p of same) {
      twice.add(p);
      const others = same.filter((o) => o !== p).map((o) => `${o.sheet} 第${o.row}行`);
      const columns = unique.find((u) => u.sheet === p.sheet && u.row === p.row)?.columns ?? [];
      issues.push({ sheet: p.sheet, row: p.row, column: fieldColumn(columns, 'idNumber'), value: p.data.idNumber, reason: 'duplicate_in_file', detail: others.join('、') });
    }
  }
  if (twice.size > 0) planned.splice(0, planned.length, ...planned.filter((p) => !twice.has(p)));

  // One head per household: a second 户主 in the file is refused, and so is a 户主 for a
  // registered household whose head stays (unless that head is this row's person).
  const heads = new Map<string, ResidentPlanned>();
  const stepsDown = new Set(planned.filter((p) => p.recordId !== null && (p.data.relation !== '户主' || p.fields.includes('household'))).map((p) => p.recordId));
  const rows = planned.filter((p) => {
    if (p.data.relation !== '户主') return true;
    const key = householdKey(p.target);
    const first = heads.get(key);
    const registeredHead = p.target.kind === 'existing' ? (index.householdsById.get(p.target.id)?.headResidentId ?? null) : null;
    if (!first && (registeredHead === null || registeredHead === p.recordId || stepsDown.has(registeredHead))) {
      heads.set(key, p);
      return true;
    }
    issues.push({ sheet: p.sheet, row: p.row, column: null, value: p.data.name, reason: 'second_head', detail: first ? `${first.sheet} 第${first.row}行` : '该户已登记户主' });
    return false;
  });
  return { rows, issues, picks: [...picks.values()] };
}
