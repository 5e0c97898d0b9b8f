// Runs one register kind through the import's steps on a workbook's bytes (read → header →
// columns → data rows → parseRow → plan) and its commit in one transaction, and writes its
// export as a workbook: the same steps the framework takes, so a kind's tests do not wait for
// the API around it. Header row = each export field's first synonym; text fields as text.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Db } from '../../src/main/core/db/database';
import type { RegisterActor } from '../../src/main/core/registers/changeLog';
import { dataRows } from '../../src/main/core/registerImport/dataRows';
import { findHeader } from '../../src/main/core/registerImport/headerRow';
import { mapColumns } from '../../src/main/core/registerImport/mapColumns';
import { readWorkbook } from '../../src/main/core/registerImport/readWorkbook';
import type { CommitCounts, ExportScope, ParsedRow, PlannedRow, RegisterKind } from '../../src/main/core/registerImport/registerKind';
import type { RowIssue } from '../../src/main/core/registerImport/rowIssue';
import type { UserView } from '../../src/shared/views';
import { ADMIN_IMPORTER } from './importer';

export interface KindRun<R, T> {
  rows: PlannedRow<R, T>[];
  issues: RowIssue[];
  totalsRows: number[];
  headerRows: number[];
}

/** Planned as `who` imports (the administrator at the demo anchor unless a test says otherwise). */
export async function planKind<F extends string, C, R, T>(db: Db, kind: RegisterKind<F, C, R, T>, bytes: Buffer, communityId: number, who: RegisterActor = ADMIN_IMPORTER): Promise<KindRun<R, T>> {
  const grid = await readWorkbook(bytes);
  const ctx = kind.prepare(db, communityId);
  const parsed: ParsedRow<F, R>[] = [];
  const issues: RowIssue[] = [];
  const totalsRows: number[] = [];
  const headerRows: number[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.hidden) continue;
    const header = findHeader(sheet, kind.columns);
    if (!header) continue;
    headerRows.push(...header.headerRows);
    const columns = mapColumns(kind.columns, header.labels, sheet.hiddenColumns);
    const data = dataRows(sheet, header);
    totalsRows.push(...data.totalsRows);
    for (const row of data.rows) {
      const r = kind.parseRow(row, { sheet: sheet.name, columns, date1904: grid.date1904, ctx });
      if (r.ok) parsed.push({ sheet: sheet.name, row: row.number, data: r.row, columns });
      else issues.push(...r.issues);
    }
  }
  const plan = kind.plan(db, parsed, ctx, { communityId, picks: {}, now: who.now, importer: who.user });
  return { rows: plan.rows, issues: [...issues, ...plan.issues], totalsRows, headerRows };
}

export function commitKind<F extends string, C, R, T>(db: Db, kind: RegisterKind<F, C, R, T>, actor: RegisterActor, rows: readonly PlannedRow<R, T>[]): CommitCounts {
  return db.transaction(() => kind.commit(db, actor, rows, () => undefined))();
}

export async function exportKind<F extends string, C, R, T>(db: Db, kind: RegisterKind<F, C, R, T>, scope: ExportScope, viewer: UserView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(kind.exportFields.map((f) => kind.columns.fields.find((s) => s.field === f)!.synonyms[0]!));
  for (const r of kind.exportRows(db, scope, viewer)) {
    ws.addRow(kind.exportFields.map((f) => {
      const v = r[f] ?? null;
      return v !== null && kind.textFields.includes(f) ? String(v) : v;
    }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A digest of every row of some tables: a round trip must leave them all as they were. */
export function tableDigest(db: Db, tables: readonly string[]): string {
  const h = createHash('sha256');
  for (const t of tables) h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  return h.digest('hex');
}
