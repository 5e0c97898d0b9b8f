// The residents import from a read workbook to a plan: per sheet the header, the column
// mapping and what was skipped; per row new / update / unchanged, or the reasons it is not
// written (rejected, a conflict, an address still to pick). Only reads the database: the
// preview shows this plan, the error workbook lists its issues, the commit writes it.
import { createHash } from 'node:crypto';
import type { ImportCandidateView, ImportCounts, ImportReason, ResidentImportField } from '../../../shared/registerImport';
import type { Db } from '../db/database';
import { buildAddressIndex, type AddressIndex } from './addressIndex';
import { findHeader } from './headerRow';
import { dataRows } from './dataRows';
import { mapColumns, type MappedColumn, type MappingOverrides } from './mapColumns';
import { matchAddress } from './matchAddress';
import { matchResident, residentLookup, type UpdatableField } from './matchResident';
import { RESIDENT_COLUMNS } from './residentColumns';
import { residentRow, type ResidentRow } from './residentRows';
import type { GridRow, SheetGrid, WorkbookGrid } from './readWorkbook';
import type { RowIssue } from './rowIssue';

export interface ImportOptions {
  communityId: number;
  fileName: string;
  /** sha256 of the file's bytes: part of the plan's digest. */
  fileDigest: string;
  template?: MappingOverrides;
  mapping?: MappingOverrides;
  picks?: Readonly<Record<string, number>>;
}

export interface SheetPlan {
  sheet: string;
  status: 'read' | 'hidden' | 'no_header';
  headerRows: number[];
  /** Per column (0 = A) its header label; empty for a sheet without a header. */
  labels: string[];
  columns: MappedColumn<ResidentImportField>[];
  hiddenColumns: number[];
  skipped: { hiddenRows: number[]; totalsRows: number[]; emptyRows: number };
  counts: ImportCounts;
  newHouseholds: number;
}

export type HouseholdTarget =
  | { kind: 'existing'; id: number }
  | { kind: 'new'; key: string; buildingId: number; unit: number; floor: number; room: string };

export interface PlannedRow {
  sheet: string;
  row: number;
  outcome: 'new' | 'update' | 'unchanged';
  residentId: number | null;
  fields: UpdatableField[];
  household: HouseholdTarget;
  data: ResidentRow;
}

export interface PickGroup {
  key: string;
  address: string;
  rows: { sheet: string; row: number }[];
  candidates: ImportCandidateView[];
}

export interface ImportPlan {
  communityId: number;
  fileName: string;
  sheets: SheetPlan[];
  rows: PlannedRow[];
  issues: RowIssue[];
  picks: PickGroup[];
  /** The data rows each issue refers to, by `${sheet}|${row}`: the error workbook copies their cells. */
  sourceRows: Map<string, GridRow>;
  digest: string;
}

const CONFLICT: ReadonlySet<ImportReason> = new Set(['name_differs', 'other_community']);
const TO_PICK: ReadonlySet<ImportReason> = new Set(['address_ambiguous']);

const rowKey = (sheet: string, row: number) => `${sheet}|${row}`;
const zeroCounts = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, needsPick: 0, rejected: 0 });

function fieldColumn(columns: readonly MappedColumn<ResidentImportField>[], field: ResidentImportField): string {
  return columns.find((c) => c.field === field)?.label ?? RESIDENT_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
}

function householdKey(h: HouseholdTarget): string {
  return h.kind === 'existing' ? `h${h.id}` : h.key;
}

export function planImport(db: Db, grid: WorkbookGrid, options: ImportOptions): ImportPlan {
  const index: AddressIndex = buildAddressIndex(db, options.communityId);
  const sheets: SheetPlan[] = [];
  const valid: { data: ResidentRow; columns: MappedColumn<ResidentImportField>[] }[] = [];
  const issues: RowIssue[] = [];
  const sourceRows = new Map<string, GridRow>();

  for (const sheet of grid.sheets) sheets.push(readSheet(sheet, grid.date1904, index, options, valid, issues, sourceRows));

  // Duplicates in the file: every occurrence is refused (which one is right is the user's call).
  const byId = new Map<string, typeof valid>();
  for (const v of valid) byId.set(v.data.idNumber, [...(byId.get(v.data.idNumber) ?? []), v]);
  const unique = valid.filter((v) => {
    const same = byId.get(v.data.idNumber)!;
    if (same.length === 1) return true;
    const others = same.filter((o) => o !== v).map((o) => `${o.data.sheet} 第${o.data.row}行`);
    issues.push({ sheet: v.data.sheet, row: v.data.row, column: fieldColumn(v.columns, 'idNumber'), value: v.data.idNumber, reason: 'duplicate_in_file', detail: others.join('、') });
    return false;
  });

  const lookup = residentLookup(db);
  const picks = new Map<string, PickGroup>();
  const planned: PlannedRow[] = [];
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
    const person = matchResident(data, lookup(data.idNumber), options.communityId, household.kind === 'existing' ? household.id : null);
    if (person.kind === 'conflict') {
      refuse(person.reason, fieldColumn(columns, 'idNumber'), data.idNumber);
      continue;
    }
    planned.push({
      sheet: data.sheet,
      row: data.row,
      outcome: person.kind === 'update' ? 'update' : person.kind,
      residentId: person.kind === 'new' ? null : person.residentId,
      fields: person.kind === 'update' ? person.fields : [],
      household,
      data,
    });
  }

  // One head per household: a second 户主 in the file is refused, and so is a 户主 for a
  // registered household whose head stays (unless that head is this row's person).
  const heads = new Map<string, PlannedRow>();
  const stepsDown = new Set(planned.filter((p) => p.residentId !== null && (p.data.relation !== '户主' || p.fields.includes('household'))).map((p) => p.residentId));
  const rows = planned.filter((p) => {
    if (p.data.relation !== '户主') return true;
    const key = householdKey(p.household);
    const first = heads.get(key);
    const registeredHead = p.household.kind === 'existing' ? (index.householdsById.get(p.household.id)?.headResidentId ?? null) : null;
    if (!first && (registeredHead === null || registeredHead === p.residentId || stepsDown.has(registeredHead))) {
      heads.set(key, p);
      return true;
    }
    issues.push({ sheet: p.sheet, row: p.row, column: null, value: p.data.name, reason: 'second_head', detail: first ? `${first.sheet} 第${first.row}行` : '该户已登记户主' });
    return false;
  });

  countOutcomes(sheets, rows, issues);
  const plan = { communityId: options.communityId, fileName: options.fileName, sheets, rows, issues, picks: [...picks.values()], sourceRows, digest: '' };
  plan.digest = planDigest(plan, options.fileDigest);
  return plan;
}

function readSheet(
  sheet: SheetGrid,
  date1904: boolean,
  index: AddressIndex,
  options: ImportOptions,
  valid: { data: ResidentRow; columns: MappedColumn<ResidentImportField>[] }[],
  issues: RowIssue[],
  sourceRows: Map<string, GridRow>,
): SheetPlan {
  const plan: SheetPlan = {
    sheet: sheet.name,
    status: 'read',
    headerRows: [],
    labels: [],
    columns: [],
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    skipped: { hiddenRows: [], totalsRows: [], emptyRows: 0 },
    counts: zeroCounts(),
    newHouseholds: 0,
  };
  if (sheet.hidden) return { ...plan, status: 'hidden' };
  const header = findHeader(sheet, RESIDENT_COLUMNS);
  if (!header) return { ...plan, status: 'no_header' };
  const overrides = { ...(options.template ? { template: options.template } : {}), ...(options.mapping ? { user: options.mapping } : {}) };
  const columns = mapColumns(RESIDENT_COLUMNS, header.labels, sheet.hiddenColumns, overrides);
  const rows = dataRows(sheet, header);
  const ctx = { sheet: sheet.name, columns, date1904, addressPrefixes: index.prefixes };
  for (const row of rows.rows) {
    sourceRows.set(rowKey(sheet.name, row.number), row);
    const result = residentRow(row, ctx);
    if (result.ok) valid.push({ data: result.row, columns });
    else issues.push(...result.issues);
  }
  return { ...plan, headerRows: header.headerRows, labels: header.labels, columns, skipped: { hiddenRows: rows.hiddenRows, totalsRows: rows.totalsRows, emptyRows: rows.emptyRows } };
}

/** Each row counts once: rejected if any reason is a rejection, else a conflict, else an address to pick. */
export function rowCategory(reasons: readonly ImportReason[]): 'rejected' | 'conflict' | 'needsPick' {
  if (reasons.some((r) => !CONFLICT.has(r) && !TO_PICK.has(r))) return 'rejected';
  return reasons.some((r) => CONFLICT.has(r)) ? 'conflict' : 'needsPick';
}

function countOutcomes(sheets: SheetPlan[], rows: readonly PlannedRow[], issues: readonly RowIssue[]): void {
  const bySheet = new Map(sheets.map((s) => [s.sheet, s]));
  const newHouseholds = new Map<string, Set<string>>();
  for (const r of rows) {
    const s = bySheet.get(r.sheet)!;
    if (r.outcome === 'new') s.counts.new++;
    else if (r.outcome === 'update') s.counts.updated++;
    else s.counts.unchanged++;
    if (r.household.kind === 'new') newHouseholds.set(r.sheet, (newHouseholds.get(r.sheet) ?? new Set()).add(r.household.key));
  }
  const reasons = new Map<string, ImportReason[]>();
  for (const i of issues) reasons.set(rowKey(i.sheet, i.row), [...(reasons.get(rowKey(i.sheet, i.row)) ?? []), i.reason]);
  for (const [key, list] of reasons) {
    const sheet = key.slice(0, key.lastIndexOf('|'));
    bySheet.get(sheet)!.counts[rowCategory(list)]++;
  }
  for (const s of sheets) s.newHouseholds = newHouseholds.get(s.sheet)?.size ?? 0;
}

function planDigest(plan: Omit<ImportPlan, 'digest'>, fileDigest: string): string {
  const h = createHash('sha256').update(fileDigest).update(String(plan.communityId));
  for (const r of plan.rows) h.update(JSON.stringify([r.sheet, r.row, r.outcome, r.residentId, r.fields, r.household]));
  for (const i of plan.issues) h.update(JSON.stringify([i.sheet, i.row, i.reason, i.column]));
  return h.digest('hex');
}

export function totals(plan: Pick<ImportPlan, 'sheets'>): ImportCounts {
  const t = zeroCounts();
  for (const s of plan.sheets) for (const k of Object.keys(t) as (keyof ImportCounts)[]) t[k] += s.counts[k];
  return t;
}

