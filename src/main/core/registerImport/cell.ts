// One spreadsheet cell as the importer sees it: what Excel holds (text, a number, a date),
// independent of exceljs's many value shapes (rich text, formulas, hyperlinks, errors).
import type ExcelJS from 'exceljs';

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: Date }
  | { kind: 'bool'; value: boolean };

export const EMPTY: Cell = { kind: 'empty' };

export function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { kind: 'date', date: value };
  if ('richText' in value) return cellOf(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf(value.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return { kind: 'text', text: String(value.error) };
  return EMPTY;
}

export function isEmpty(cell: Cell): boolean {
  return cell.kind === 'empty';
}

/** Excel's General format: at most 11 characters, so long numbers show as 5.00107E+17. */
function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) < 1e11 && Math.abs(n) >= 1e-4) return String(Number(n.toPrecision(10)));
  const [mantissa, exponent] = n.toExponential(5).split('e') as [string, string];
  const m = mantissa.replace(/\.?0+$/, '');
  const e = Number(exponent);
  return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** The cell as the sheet shows it (dates as YYYY-MM-DD), for messages and the error workbook. */
export function shownText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return generalNumber(cell.value);
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}
