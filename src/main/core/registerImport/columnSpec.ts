// What a register's import knows about its columns: the field, the header synonyms
// (most specific first: a column takes the field whose synonym it matches earliest), and
// how its cells are normalised. A new register plugs in as a list of these plus a row
// validator (see residentColumns.ts and residentRows.ts).
import { compactText } from './cleanText';

export type FieldKind = 'text' | 'name' | 'idNumber' | 'date' | 'phone' | 'gender' | 'relation' | 'address' | 'addressPart' | 'note';

export interface FieldSpec<F extends string> {
  field: F;
  kind: FieldKind;
  synonyms: readonly string[];
  /** How the field is named in messages. */
  label: { zh: string; en: string };
}

export interface ColumnSpec<F extends string> {
  fields: readonly FieldSpec<F>[];
}

/** A header label as compared: NFKC, no spaces, no bracketed hints (（18位）), no required-marks (*) or colons. */
export function headerKey(label: string): string {
  return compactText(label)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .replace(/[*:：]/g, '');
}

/** The field a header label names, with the rank of the synonym that matched (0 = its first). */
export function fieldForLabel<F extends string>(spec: ColumnSpec<F>, label: string): { field: F; rank: number } | null {
  const key = headerKey(label);
  if (key === '') return null;
  for (const f of spec.fields) {
    const rank = f.synonyms.indexOf(key);
    if (rank >= 0) return { field: f.field, rank };
  }
  return null;
}
