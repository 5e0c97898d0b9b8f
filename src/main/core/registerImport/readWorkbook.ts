// Step 1, reading: every sheet of an .xlsx as a grid of cells, with what Excel hides
// (hidden sheets, rows and columns) marked so the importer can ignore it and say so.
// Merged cells read as their top-left value in every cell they cover (exceljs does this),
// so a 住址 merged down a household's rows reaches each member's row.
import ExcelJS from 'exceljs';
import { ApiError } from '../../../shared/errors';
import { cellOf, type Cell } from './cell';

export interface GridRow {
  /** The row number Excel shows. */
  number: number;
  hidden: boolean;
  /** Index 0 is column A. */
  cells: Cell[];
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  rows: GridRow[];
  columnCount: number;
  /** 1-based column numbers Excel hides. */
  hiddenColumns: Set<number>;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The workbook counts dates from 1904 (old Mac Excel), which moves every serial. */
  date1904: boolean;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const columnCount = ws.columnCount;
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c);
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(cellOf(row.getCell(c).value));
    rows.push({ number, hidden: row.hidden, cells });
  });
  return { name: ws.name, hidden: ws.state !== 'visible', rows, columnCount, hiddenColumns };
}

/** Reads an .xlsx file's bytes; a file that is not one is refused with a message that says so. */
export async function readWorkbook(bytes: Buffer): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    const message = `the file is not an Excel workbook (.xlsx) that can be read: ${err instanceof Error ? err.message : String(err)}. Save it as .xlsx (Excel 2007 or later) and try again`;
    throw new ApiError('invalid_input', message, [{ path: 'file', message, reason: 'not_xlsx' }]);
  }
  return { sheets: wb.worksheets.map(readSheet), date1904: wb.properties.date1904 === true };
}
