/**
 * How a register plugs into the Excel import and export (台账导入 / 导出).
 *
 * One `RegisterKind` object per register, in its own folder `registerImport/<register>/`
 * (a `kind.ts` exporting it), plus ONE line in `registerKinds.ts`; its name goes into
 * IMPORT_REGISTERS in src/shared/registerImport.ts (that list is what the API accepts and the
 * UI offers). The framework does everything else alike for every kind:
 *   read the workbook → find each sheet's header by `columns` → map columns (synonyms, then a
 *   saved template, then the user's corrections) → skip hidden / totals / empty rows →
 *   `parseRow` per data row → `plan` over the parsed rows of every sheet → counts, digest,
 *   preview, error workbook (original columns + 错误原因), templates, role check (`roles`,
 *   community scoped as `requireCommunity` decides).
 * Commit: the framework opens ONE transaction, takes the preview's kept plan when nothing
 *   changed since (planCache.ts) or plans again, refuses a stale digest, calls
 *   `commit` (which writes only through the register write functions of core/registers,
 *   `(db, actor, input)`, which open no transaction of their own and check the role matrix
 *   themselves), writes the import's audit entry and commits; any throw rolls all back.
 *   `commit` calls `step()` once per written row (progress and cancel).
 * Export (`register.export`): the framework streams `exportRows` into a workbook whose header
 *   row is the FIRST synonym of each field in `exportFields`, in that order. `exportRows`
 *   masks personal values as the viewer's role sees them (core/privacy, core/access), and the
 *   export, masked cells included, must import back as all `unchanged`: `parseRow`/`plan` read a
 *   masked cell as "the value on record" when it is the mask of it (else `masked_unmatched`);
 *   see residents/maskedResident.ts. Each kind has a round-trip test that holds it to this.
 * Rules for a kind: `prepare`, `parseRow` and `plan` only read; a row refused carries every
 * reason (RowIssue: sheet, row, column label, value as shown, reason word) so one round of
 * fixing is enough; reasons are words of IMPORT_REASONS (add new ones there, worded in src/shared/fieldReasons.ts).
 */
import type { Role } from '../../../shared/domain';
import type { ImportCandidateView, ImportReason, ImportRegister } from '../../../shared/registerImport';
import type { RecordKind } from '../../../shared/registers';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import type { RegisterActor } from '../registers/changeLog';
import type { ColumnSpec } from './columnSpec';
import type { MappedColumn } from './mapColumns';
import type { GridRow } from './readWorkbook';
import type { RowIssue } from './rowIssue';

/** What `parseRow` gets besides the row: the sheet, its mapped columns, and the kind's own context from `prepare`. */
export interface RowContext<F extends string, C> {
  sheet: string;
  columns: readonly MappedColumn<F>[];
  /** The workbook's date system (Excel serials count from 1904 in some Mac files). */
  date1904: boolean;
  ctx: C;
}

export type RowResult<R> = { ok: true; row: R } | { ok: false; issues: RowIssue[] };

/** A row `parseRow` accepted, with where it came from and the columns its sheet mapped (for issue labels). */
export interface ParsedRow<F extends string, R> {
  sheet: string;
  row: number;
  data: R;
  columns: readonly MappedColumn<F>[];
}

export interface PlannedRow<R, T> {
  sheet: string;
  row: number;
  outcome: 'new' | 'update' | 'unchanged';
  /** The matched record; null for a new one. */
  recordId: number | null;
  /** Which fields an update changes (names only: the preview never shows personal values). */
  fields: string[];
  /** What the row writes to besides its record (residents: the household, existing or to create). Part of the digest. */
  target: T;
  /** A parent record the commit creates for this row (residents: a new household's key); counted once per sheet. */
  creates: string | null;
  data: R;
}

/** Rows whose address (or parent) matched no record for sure: the user picks one per key. */
export interface PickGroup {
  key: string;
  address: string;
  rows: { sheet: string; row: number }[];
  candidates: ImportCandidateView[];
}

export interface KindPlan<R, T> {
  rows: PlannedRow<R, T>[];
  /** Refused rows (rejected), conflicts (reasons in CONFLICT_REASONS) and rows to pick (address_ambiguous). */
  issues: RowIssue[];
  picks: PickGroup[];
}

/** Who imports: their role and the community their account is limited to (null: the whole street). */
export interface Importer {
  role: Role;
  communityId: number | null;
}

export interface PlanOptions {
  communityId: number;
  /** Pick key → the record the user chose. */
  picks: Readonly<Record<string, number>>;
  /** The import's clock (the call's time, injected): "today" for dates a row may not put after it. */
  now: number;
  /** The importing user: a kind refuses in the preview the rows their role may not write (the commit would refuse them anyway). */
  importer: Importer;
}

export interface CommitCounts {
  added: number;
  updated: number;
  /** Parent records the commit created (residents: households). */
  created: number;
  /** Where the writes landed, for the `register.changed` event (map and drawers refresh). */
  buildingIds: number[];
  gridIds: number[];
}

export interface ExportScope {
  communityId: number;
  gridId: number | null;
}

export type ExportCell = string | number | null;
export type ExportRow<F extends string> = Partial<Record<F, ExportCell>>;

export interface RegisterKind<F extends string, C, R, T> {
  register: ImportRegister;
  /** The register's name in Chinese (居民台账): the export's file and sheet are named after it. */
  title?: string;
  /** The record kind named by the import's audit entry and its `register.changed` event. */
  recordKind: RecordKind;
  /** Roles that may import (and export) this register; community-scoped accounts for their own community only. */
  roles: readonly Role[];
  columns: ColumnSpec<F>;
  /** Fields a row cannot do without: `parseRow` refuses a row missing one with `required_missing` (see `missingRequired`). */
  required: readonly F[];
  /** The columns the export writes, in order: each must read back through `parseRow` to the same record. */
  exportFields: readonly F[];
  /** Export columns written as text (an ID number must not become 5.00103E+17); the error workbook keeps them as text too. */
  textFields: readonly F[];
  /** Reasons that make a row a conflict (the register says otherwise) rather than rejected; `address_ambiguous` is always "to pick". */
  conflictReasons?: readonly ImportReason[];
  /** The read-only context rows are parsed and matched against (residents: the community's address index). */
  prepare(db: Db, communityId: number): C;
  parseRow(row: GridRow, rc: RowContext<F, C>): RowResult<R>;
  plan(db: Db, rows: readonly ParsedRow<F, R>[], ctx: C, options: PlanOptions): KindPlan<R, T>;
  /** Gets the rows to write (new and update); unchanged rows are only counted by the framework. */
  commit(db: Db, actor: RegisterActor, rows: readonly PlannedRow<R, T>[], step: () => void): CommitCounts;
  exportRows(db: Db, scope: ExportScope, viewer: UserView): Iterable<ExportRow<F>>;
  /** How many rows `exportRows` yields, for the export's progress bar (without it, progress moves by rows written). */
  exportCount?(db: Db, scope: ExportScope): number;
}

/** A kind as the registry holds it (its own types erased; methods are bivariant, so every kind fits). */
export type AnyRegisterKind = RegisterKind<string, unknown, unknown, unknown>;

/** The `required_missing` issues of a row, for `parseRow` to add to its own. */
export function missingRequired<F extends string>(
  row: GridRow,
  rc: Pick<RowContext<F, unknown>, 'sheet' | 'columns'>,
  required: readonly F[],
  labelOf: (field: F) => string,
): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const field of required) {
    const column = rc.columns.find((c) => c.field === field);
    const cell = column ? row.cells[column.index] : undefined;
    const blank = !cell || cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
    if (blank) issues.push({ sheet: rc.sheet, row: row.number, column: column?.label ?? labelOf(field), value: '', reason: 'required_missing' });
  }
  return issues;
}
