// Step 1c, the rows under the header: hidden rows, empty rows and the totals row (合计,
// 总计, 小计) are left out and counted, so the preview can say what it skipped.
import { compactText } from './cleanText';
import { shownText } from './cell';
import type { HeaderLayout } from './headerRow';
import type { GridRow, SheetGrid } from './readWorkbook';

const TOTALS = /^(合计|总计|小计|共计|累计)/;

export interface DataRows {
  rows: GridRow[];
  hiddenRows: number[];
  totalsRows: number[];
  emptyRows: number;
}

function visibleTexts(row: GridRow, sheet: SheetGrid): string[] {
  return row.cells.filter((_, i) => !sheet.hiddenColumns.has(i + 1)).map((c) => compactText(shownText(c)));
}

export function dataRows(sheet: SheetGrid, header: HeaderLayout): DataRows {
  const out: DataRows = { rows: [], hiddenRows: [], totalsRows: [], emptyRows: 0 };
  let previous = header.headerRows[header.headerRows.length - 1]!;
  for (const row of sheet.rows.slice(header.dataFrom)) {
    // Rows Excel holds no cell for at all are empty rows too.
    out.emptyRows += row.number - previous - 1;
    previous = row.number;
    if (row.hidden) {
      out.hiddenRows.push(row.number);
      continue;
    }
    const texts = visibleTexts(row, sheet).filter((t) => t !== '');
    if (texts.length === 0) out.emptyRows++;
    else if (TOTALS.test(texts[0]!)) out.totalsRows.push(row.number);
    else out.rows.push(row);
  }
  return out;
}
