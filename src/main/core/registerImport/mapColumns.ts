// Step 2, mapping columns to fields: automatically by the header synonyms, then a saved
// template's corrections, then the user's own (both keyed by the header label, so they
// apply to every sheet and to next month's file). Hidden columns are left out.
import { ApiError } from '../../../shared/errors';
import { IGNORE_COLUMN, type ColumnSource } from '../../../shared/registerImport';
import { fieldForLabel, headerKey, type ColumnSpec } from './columnSpec';
import { columnLetter } from './readWorkbook';

export interface MappedColumn<F extends string> {
  /** 0 = column A. */
  index: number;
  column: string;
  label: string;
  field: F | null;
  source: ColumnSource;
}

export type MappingOverrides = Readonly<Record<string, string>>;

/** Refuses a mapping that names a field the register does not have. */
export function checkMapping<F extends string>(spec: ColumnSpec<F>, mapping: MappingOverrides, path: string): void {
  const known = new Set<string>([...spec.fields.map((f) => f.field), IGNORE_COLUMN]);
  const bad = Object.entries(mapping).filter(([, field]) => !known.has(field));
  if (bad.length === 0) return;
  const details = bad.map(([label, field]) => ({ path: `${path}.${label}`, message: `"${field}" is not a column of this register (one of ${[...known].join(', ')})` }));
  throw new ApiError('invalid_input', `${path}: ${details[0]!.message}`, details);
}

function keyed(mapping: MappingOverrides | undefined): Map<string, string> {
  return new Map(Object.entries(mapping ?? {}).map(([label, field]) => [headerKey(label), field]));
}

export function mapColumns<F extends string>(
  spec: ColumnSpec<F>,
  labels: readonly string[],
  hiddenColumns: ReadonlySet<number>,
  overrides: { template?: MappingOverrides; user?: MappingOverrides } = {},
): MappedColumn<F>[] {
  const template = keyed(overrides.template);
  const user = keyed(overrides.user);
  const columns: MappedColumn<F>[] = [];
  /** Per column index: the matched synonym's rank (-1 for a chosen mapping, which always wins). */
  const ranks = new Map<number, number>();
  labels.forEach((label, index) => {
    if (hiddenColumns.has(index + 1) || label === '') return;
    const key = headerKey(label);
    const chosen = user.get(key) ?? template.get(key);
    const source: ColumnSource = user.has(key) ? 'user' : template.has(key) ? 'template' : 'auto';
    if (chosen !== undefined) {
      const field = chosen === IGNORE_COLUMN ? null : (chosen as F);
      columns.push({ index, column: columnLetter(index + 1), label, field, source });
      ranks.set(index, -1);
      return;
    }
    const hit = fieldForLabel(spec, label);
    columns.push({ index, column: columnLetter(index + 1), label, field: hit?.field ?? null, source: hit ? 'auto' : 'none' });
    ranks.set(index, hit?.rank ?? 0);
  });
  // One column per field: a chosen mapping wins, then the more specific synonym, then the leftmost.
  const owner = new Map<F, MappedColumn<F>>();
  for (const c of columns) {
    if (c.field === null) continue;
    const held = owner.get(c.field);
    if (!held || ranks.get(c.index)! < ranks.get(held.index)!) owner.set(c.field, c);
  }
  return columns.map((c) => {
    if (c.field !== null && owner.get(c.field)?.index !== c.index) return { ...c, field: null, source: 'none' as const };
    return c;
  });
}
