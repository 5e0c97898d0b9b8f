// The export's header: each exported field with the FIRST of its header synonyms, the label
// the import's column mapping ranks highest, so the file maps itself when it comes back.
import type { AnyRegisterKind } from '../registerImport/registerKind';

export interface ExportColumn {
  field: string;
  label: string;
}

export function exportHeader(kind: Pick<AnyRegisterKind, 'columns' | 'exportFields' | 'register'>): ExportColumn[] {
  return kind.exportFields.map((field) => {
    const spec = kind.columns.fields.find((f) => f.field === field);
    const label = spec?.synonyms[0];
    if (!spec || label === undefined) throw new Error(`the ${kind.register} register exports "${field}", which its columns do not name`);
    return { field, label };
  });
}
