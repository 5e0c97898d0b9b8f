// Why a row is not written: the import words each reason from the one catalog it shares with
// the register forms (src/shared/fieldReasons.ts).
import { fieldReasonText } from '../../../shared/fieldReasons';
import type { ImportReason } from '../../../shared/registerImport';

export interface ReasonParams {
  /** The column's header (or the field's name when the column is missing). */
  column: string;
  value: string;
  /** What the reason refers to: the ID's birth date, the other rows, ... */
  detail: string;
}

export function reasonText(reason: ImportReason, params: ReasonParams): { zh: string; en: string } {
  return fieldReasonText(reason, { column: params.column, value: params.value, detail: params.detail });
}
