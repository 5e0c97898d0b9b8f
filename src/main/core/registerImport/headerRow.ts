// Step 1b, finding the header: registers open with title rows (XX社区居民信息台账, merged
// across the sheet), a date line, sometimes a two-row header (住址 over 楼栋/单元/房号, 姓名
// merged down both rows). Each of the first rows is scored by how many distinct fields its
// cells name; the best row is the header, joined by the row above or below when that row
// continues it.
import { compactText } from './cleanText';
import { fieldForLabel, type ColumnSpec } from './columnSpec';
import { shownText } from './cell';
import type { GridRow, SheetGrid } from './readWorkbook';

/** Headers sit near the top; a row further down is data. */
const SCAN_ROWS = 30;
/** A header names at least two of the register's fields. */
const MIN_SCORE = 2;

export interface HeaderLayout {
  /** The header's rows as Excel numbers them (one or two). */
  headerRows: number[];
  /** Index into sheet.rows of the first row after the header. */
  dataFrom: number;
  /** Per column (index 0 = A): its header label, '' when it has none. */
  labels: string[];
}

function texts(row: GridRow, sheet: SheetGrid): string[] {
  return row.cells.map((c, i) => (sheet.hiddenColumns.has(i + 1) ? '' : compactText(shownText(c))));
}

function score<F extends string>(cells: string[], spec: ColumnSpec<F>): number {
  const fields = new Set<F>();
  for (const t of cells) {
    const hit = fieldForLabel(spec, t);
    if (hit) fields.add(hit.field);
  }
  return fields.size;
}

/** Whether `other` (the row above or below the header) is part of it: a cell merged down from the
 *  header, or only header words where it differs from the header. */
function continues<F extends string>(other: string[], header: string[], spec: ColumnSpec<F>): boolean {
  let mergedDown = false;
  let headerWords = 0;
  for (let i = 0; i < header.length; i++) {
    const t = other[i] ?? '';
    if (t === '') continue;
    if (t === header[i]) {
      mergedDown = true;
      continue;
    }
    if (!fieldForLabel(spec, t)) return false;
    headerWords++;
  }
  return mergedDown || headerWords > 0;
}

/** The label of one column: the lowest header cell that names a field, else the header cells joined. */
function labelOf<F extends string>(stack: string[], spec: ColumnSpec<F>): string {
  const distinct = stack.filter((t, k) => t !== '' && stack.indexOf(t) === k);
  for (let k = distinct.length - 1; k >= 0; k--) if (fieldForLabel(spec, distinct[k]!)) return distinct[k]!;
  return distinct.join('/');
}

export function findHeader<F extends string>(sheet: SheetGrid, spec: ColumnSpec<F>): HeaderLayout | null {
  let best = -1;
  let bestScore = MIN_SCORE - 1;
  const scanned = sheet.rows.slice(0, SCAN_ROWS).map((r) => texts(r, sheet));
  scanned.forEach((cells, i) => {
    const s = score(cells, spec);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  if (best < 0) return null;
  const header = scanned[best]!;
  let first = best;
  let last = best;
  const adjacent = (i: number, j: number) => sheet.rows[j] !== undefined && Math.abs(sheet.rows[j]!.number - sheet.rows[i]!.number) === 1;
  if (best > 0 && adjacent(best, best - 1) && continues(scanned[best - 1]!, header, spec)) first = best - 1;
  else if (adjacent(best, best + 1) && scanned[best + 1] && continues(scanned[best + 1]!, header, spec)) last = best + 1;
  const stacks = header.map((_, c) => scanned.slice(first, last + 1).map((row) => row[c] ?? ''));
  return {
    headerRows: sheet.rows.slice(first, last + 1).map((r) => r.number),
    dataFrom: last + 1,
    labels: stacks.map((stack) => labelOf(stack, spec)),
  };
}
