// Workbooks for the place registers' tests (buildings, tenants), built with exceljs: sheets
// of rows as typed (a string stays text, a number is a number cell), with merged cells; and
// a register kind's export rows written under its export header (each field's first synonym),
// its text fields as text, as the export writes them.
import ExcelJS from 'exceljs';
import type { Db } from '../../src/main/core/db/database';
import type { ExportScope, RegisterKind } from '../../src/main/core/registerImport/registerKind';
import type { UserView } from '../../src/shared/views';

export type TypedCell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: TypedCell[][];
  /** Ranges like 'A1:H1'. */
  merges?: string[];
}

export async function workbookBytes(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((v, c) => {
        if (v !== null) row.getCell(c + 1).value = v;
      });
      row.commit();
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The register as its export writes it: one sheet, the header, the rows. */
export async function exportedWorkbook<F extends string, C, R, T>(kind: RegisterKind<F, C, R, T>, db: Db, scope: ExportScope, viewer: UserView): Promise<{ bytes: Buffer; rows: number }> {
  const header = kind.exportFields.map((f) => kind.columns.fields.find((s) => s.field === f)!.synonyms[0]!);
  const rows: TypedCell[][] = [];
  for (const r of kind.exportRows(db, scope, viewer)) {
    rows.push(kind.exportFields.map((f) => {
      const v = r[f] ?? null;
      return v !== null && kind.textFields.includes(f) ? String(v) : v;
    }));
  }
  return { bytes: await workbookBytes([{ name: '台账', rows: [header, ...rows] }]), rows: rows.length };
}
