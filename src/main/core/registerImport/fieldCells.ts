// One data row read by field: the cell a mapped column holds, and a refusal that names the
// column as the sheet labels it (or the field's own name when the column is missing). The
// row parsers of the organisation registers share it.
import type { ImportReason } from '../../../shared/registerImport';
import { EMPTY, shownText, type Cell } from './cell';
import type { ColumnSpec } from './columnSpec';
import type { MappedColumn } from './mapColumns';
import type { GridRow } from './readWorkbook';
import type { RowIssue } from './rowIssue';

export interface FieldCells<F extends string> {
  cell(field: F): Cell;
  /** The cell as the sheet shows it. */
  text(field: F): string;
  refuse(field: F, reason: ImportReason, detail?: string, value?: string): void;
  issues: RowIssue[];
}

export function fieldCells<F extends string>(spec: ColumnSpec<F>, sheet: string, columns: readonly MappedColumn<F>[], grid: GridRow): FieldCells<F> {
  const issues: RowIssue[] = [];
  const column = (field: F) => columns.find((c) => c.field === field);
  const cell = (field: F): Cell => {
    const c = column(field);
    return c ? (grid.cells[c.index] ?? EMPTY) : EMPTY;
  };
  return {
    cell,
    text: (field) => shownText(cell(field)),
    refuse: (field, reason, detail, value) =>
      issues.push({
        sheet,
        row: grid.number,
        column: column(field)?.label ?? spec.fields.find((f) => f.field === field)!.label.zh,
        value: value ?? shownText(cell(field)),
        reason,
        ...(detail === undefined ? {} : { detail }),
      }),
    issues,
  };
}
