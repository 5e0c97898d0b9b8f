// One data row of a place register (buildings, tenants) read by field, and a refusal that
// names the column as the sheet heads it (or the field's own name when the column is missing).
import type { ImportReason } from '../../../shared/registerImport';
import { EMPTY, shownText, type Cell } from './cell';
import type { ColumnSpec } from './columnSpec';
import type { MappedColumn } from './mapColumns';
import type { GridRow } from './readWorkbook';
import type { RowIssue } from './rowIssue';

export class RowCells<F extends string> {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly spec: ColumnSpec<F>,
    private readonly columns: readonly MappedColumn<F>[],
    private readonly grid: GridRow,
    private readonly sheet: string,
  ) {}

  cell(field: F): Cell {
    const c = this.columns.find((col) => col.field === field);
    return c ? (this.grid.cells[c.index] ?? EMPTY) : EMPTY;
  }

  text(field: F): string {
    return shownText(this.cell(field));
  }

  label(field: F): string {
    return columnLabel(this.spec, this.columns, field);
  }

  refuse(field: F, reason: ImportReason, detail?: string, value?: string): void {
    this.issues.push({
      sheet: this.sheet,
      row: this.grid.number,
      column: this.label(field),
      value: value ?? this.text(field),
      reason,
      ...(detail === undefined ? {} : { detail }),
    });
  }
}

/** The header label of a field's column, or the field's own name when the sheet has no such column. */
export function columnLabel<F extends string>(spec: ColumnSpec<F>, columns: readonly MappedColumn<F>[], field: F): string {
  return columns.find((c) => c.field === field)?.label ?? spec.fields.find((f) => f.field === field)!.label.zh;
}
