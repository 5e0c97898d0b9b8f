// Step 7, the rows that were not written, back as a workbook to fix and import again:
// one sheet per source sheet, its header (one row, the labels the importer read), the
// rows' original cells, and 错误原因 last. The ID number column is text, so Excel cannot
// turn a retyped number into 5.00103E+17 again.
import ExcelJS from 'exceljs';
import { streamingWorkbook } from '../xlsx/streamingWorkbook';
import { issueView } from './rowIssue';
import { shownText, type Cell } from './cell';
import type { RegisterPlan } from './planImport';
import type { WorkbookGrid } from './readWorkbook';
import { sortedIssues } from './previewView';

export const ERROR_COLUMN = '错误原因';

function excelValue(cell: Cell | undefined): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'date':
      return cell.date;
    case 'bool':
      return cell.value;
  }
}

export async function errorWorkbook(grid: WorkbookGrid, plan: RegisterPlan): Promise<Buffer> {
  const { workbook, finish } = streamingWorkbook();
  const issues = sortedIssues(plan);
  for (const sheetPlan of plan.sheets) {
    const mine = issues.filter((i) => i.sheet === sheetPlan.sheet);
    if (mine.length === 0) continue;
    const source = grid.sheets.find((s) => s.name === sheetPlan.sheet)!;
    const keep = sheetPlan.labels.map((_, i) => i).filter((i) => !source.hiddenColumns.has(i + 1));
    const sheet = workbook.addWorksheet(sheetPlan.sheet);
    // Text columns (ID numbers, codes) stay text, as the sheet showed them.
    const textColumns = new Set(sheetPlan.columns.filter((c) => c.field !== null && plan.textFields.includes(c.field)).map((c) => c.index));
    sheet.columns = [
      ...keep.map((i) => ({ width: Math.max(10, Math.min(30, (sheetPlan.labels[i] ?? '').length * 2 + 4)), ...(textColumns.has(i) ? { style: { numFmt: '@' } } : {}) })),
      { width: 60 },
    ];
    sheet.addRow([...keep.map((i) => sheetPlan.labels[i] ?? ''), ERROR_COLUMN]).commit();
    // One row per source row, its reasons joined.
    const byRow = new Map<number, string[]>();
    for (const i of mine) byRow.set(i.row, [...(byRow.get(i.row) ?? []), `${i.column ? `【${i.column}】` : ''}${issueView(i).message}`]);
    for (const [rowNumber, reasons] of byRow) {
      const cells = plan.sourceRows.get(`${sheetPlan.sheet}|${rowNumber}`)?.cells ?? [];
      // The ID column is written as the sheet showed it (5.00107E+17 stays that): a rounded number
      // must not come back as 18 plausible digits.
      const values = keep.map((i) => (textColumns.has(i) ? shownText(cells[i] ?? { kind: 'empty' }) || null : excelValue(cells[i])));
      sheet.addRow([...values, `第${rowNumber}行：${reasons.join('；')}`]).commit();
    }
    sheet.commit();
  }
  return finish();
}
