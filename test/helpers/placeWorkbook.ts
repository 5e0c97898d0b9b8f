// Workbooks for the place registers' tests (buildings, tenants), built with exceljs: sheets
// of rows as typed (a string stays text, a number is a number cell), with merged cells.
import ExcelJS from 'exceljs';

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
