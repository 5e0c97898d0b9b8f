// A register import from a read workbook to a plan, alike for every register kind (see
// registerKind.ts): per sheet the header, the column mapping and what was skipped; per row
// new / update / unchanged, or the reasons it is not written (rejected, a conflict, an address
// still to pick). Only reads the database: the preview shows this plan, the error workbook
// lists its issues, the commit makes it again and writes it.
import { createHash } from 'node:crypto';
import type { ImportCounts, ImportReason, ResidentImportField } from '../../../shared/registerImport';
import type { Db } from '../db/database';
import { findHeader } from './headerRow';
import { dataRows } from './dataRows';
import { mapColumns, type MappedColumn, type MappingOverrides } from './mapColumns';
import type { GridRow, SheetGrid, WorkbookGrid } from './readWorkbook';
import type { AnyRegisterKind, Importer, ParsedRow, PickGroup, PlannedRow, RegisterKind } from './registerKind';
import { residentsKind } from './residents/kind';
import type { HouseholdTarget } from './residents/planResidents';
import type { ResidentRow } from './residents/residentRows';
import type { RowIssue } from './rowIssue';

export type { PickGroup } from './registerKind';

export interface ImportOptions {
  communityId: number;
  fileName: string;
  /** sha256 of the file's bytes: part of the plan's digest. */
  fileDigest: string;
  template?: MappingOverrides;
  mapping?: MappingOverrides;
  picks?: Readonly<Record<string, number>>;
  /** The import's clock and who imports, passed to the kind's `plan` (PlanOptions). */
  now: number;
  importer: Importer;
}

export interface SheetPlan<F extends string = string> {
  sheet: string;
  status: 'read' | 'hidden' | 'no_header';
  headerRows: number[];
  /** Per column (0 = A) its header label; empty for a sheet without a header. */
  labels: string[];
  columns: MappedColumn<F>[];
  hiddenColumns: number[];
  skipped: { hiddenRows: number[]; totalsRows: number[]; emptyRows: number };
  counts: ImportCounts;
  /** Parent records (residents: households) the import would create in this sheet. */
  newHouseholds: number;
}

export interface RegisterPlan<R = unknown, T = unknown, F extends string = string> {
  communityId: number;
  fileName: string;
  /** Columns the error workbook keeps as text (the kind's textFields). */
  textFields: readonly string[];
  sheets: SheetPlan<F>[];
  rows: PlannedRow<R, T>[];
  issues: RowIssue[];
  picks: PickGroup[];
  /** The data rows each issue refers to, by `${sheet}|${row}`: the error workbook copies their cells. */
  sourceRows: Map<string, GridRow>;
  digest: string;
}

const TO_PICK: ReadonlySet<ImportReason> = new Set(['address_ambiguous']);

const rowKey = (sheet: string, row: number) => `${sheet}|${row}`;
const zeroCounts = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, needsPick: 0, rejected: 0 });

/** The residents register's plan, its rows typed (the residents tests read it). */
export type ImportPlan = RegisterPlan<ResidentRow, HouseholdTarget, ResidentImportField>;

export function planImport(db: Db, grid: WorkbookGrid, options: ImportOptions): ImportPlan {
  return planRegister(residentsKind, db, grid, options);
}

export function planRegister<F extends string, C, R, T>(kind: RegisterKind<F, C, R, T>, db: Db, grid: WorkbookGrid, options: ImportOptions): RegisterPlan<R, T, F> {
  const ctx = kind.prepare(db, options.communityId);
  const sheets: SheetPlan<F>[] = [];
  const valid: ParsedRow<F, R>[] = [];
  const issues: RowIssue[] = [];
  const sourceRows = new Map<string, GridRow>();

  for (const sheet of grid.sheets) sheets.push(readSheet(kind, ctx, sheet, grid.date1904, options, valid, issues, sourceRows));
  const planned = kind.plan(db, valid, ctx, { communityId: options.communityId, picks: options.picks ?? {}, now: options.now, importer: { role: options.importer.role, communityId: options.importer.communityId } });
  issues.push(...planned.issues);

  countOutcomes(sheets, planned.rows, issues, new Set(kind.conflictReasons ?? []));
  const plan: RegisterPlan<R, T, F> = {
    communityId: options.communityId,
    fileName: options.fileName,
    textFields: kind.textFields,
    sheets,
    rows: planned.rows,
    issues,
    picks: planned.picks,
    sourceRows,
    digest: '',
  };
  plan.digest = planDigest(plan, options.fileDigest);
  return plan;
}

/** The plan for a register named at run time (the API's `register`). */
export function planAny(kind: AnyRegisterKind, db: Db, grid: WorkbookGrid, options: ImportOptions): RegisterPlan {
  return planRegister(kind, db, grid, options);
}

function readSheet<F extends string, C, R, T>(
  kind: RegisterKind<F, C, R, T>,
  ctx: C,
  sheet: SheetGrid,
  date1904: boolean,
  options: ImportOptions,
  valid: ParsedRow<F, R>[],
  issues: RowIssue[],
  sourceRows: Map<string, GridRow>,
): SheetPlan<F> {
  const plan: SheetPlan<F> = {
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
  const header = findHeader(sheet, kind.columns);
  if (!header) return { ...plan, status: 'no_header' };
  const overrides = { ...(options.template ? { template: options.template } : {}), ...(options.mapping ? { user: options.mapping } : {}) };
  const columns = mapColumns(kind.columns, header.labels, sheet.hiddenColumns, overrides);
  const rows = dataRows(sheet, header);
  const rc = { sheet: sheet.name, columns, date1904, ctx };
  for (const row of rows.rows) {
    sourceRows.set(rowKey(sheet.name, row.number), row);
    const result = kind.parseRow(row, rc);
    if (result.ok) valid.push({ sheet: sheet.name, row: row.number, data: result.row, columns });
    else issues.push(...result.issues);
  }
  return { ...plan, headerRows: header.headerRows, labels: header.labels, columns, skipped: { hiddenRows: rows.hiddenRows, totalsRows: rows.totalsRows, emptyRows: rows.emptyRows } };
}

/** Each row counts once: rejected if any reason is a rejection, else a conflict, else an address to pick. */
export function rowCategory(reasons: readonly ImportReason[], conflicts: ReadonlySet<ImportReason>): 'rejected' | 'conflict' | 'needsPick' {
  if (reasons.some((r) => !conflicts.has(r) && !TO_PICK.has(r))) return 'rejected';
  return reasons.some((r) => conflicts.has(r)) ? 'conflict' : 'needsPick';
}

function countOutcomes<F extends string, R, T>(sheets: SheetPlan<F>[], rows: readonly PlannedRow<R, T>[], issues: readonly RowIssue[], conflicts: ReadonlySet<ImportReason>): void {
  const bySheet = new Map(sheets.map((s) => [s.sheet, s]));
  const created = new Map<string, Set<string>>();
  for (const r of rows) {
    const s = bySheet.get(r.sheet)!;
    if (r.outcome === 'new') s.counts.new++;
    else if (r.outcome === 'update') s.counts.updated++;
    else s.counts.unchanged++;
    if (r.creates !== null) created.set(r.sheet, (created.get(r.sheet) ?? new Set()).add(r.creates));
  }
  const reasons = new Map<string, ImportReason[]>();
  for (const i of issues) reasons.set(rowKey(i.sheet, i.row), [...(reasons.get(rowKey(i.sheet, i.row)) ?? []), i.reason]);
  for (const [key, list] of reasons) {
    const sheet = key.slice(0, key.lastIndexOf('|'));
    bySheet.get(sheet)!.counts[rowCategory(list, conflicts)]++;
  }
  for (const s of sheets) s.newHouseholds = created.get(s.sheet)?.size ?? 0;
}

function planDigest<R, T>(plan: Omit<RegisterPlan<R, T>, 'digest'>, fileDigest: string): string {
  const h = createHash('sha256').update(fileDigest).update(String(plan.communityId));
  for (const r of plan.rows) h.update(JSON.stringify([r.sheet, r.row, r.outcome, r.recordId, r.fields, r.target]));
  // Which rows are refused, not the words for why: a reason may be worded per importer (id_unavailable
  // for a community's staff, other_community for the street) while the rows written are the same.
  for (const i of plan.issues) h.update(JSON.stringify([i.sheet, i.row, i.column]));
  return h.digest('hex');
}

export function totals(plan: Pick<RegisterPlan, 'sheets'>): ImportCounts {
  const t = zeroCounts();
  for (const s of plan.sheets) for (const k of Object.keys(t) as (keyof ImportCounts)[]) t[k] += s.counts[k];
  return t;
}
