// One reason a row is not written, where it lies in the workbook, worded from the catalog.
import type { ImportIssueView, ImportReason } from '../../../shared/registerImport';
import { reasonText } from './reasons';

export interface RowIssue {
  sheet: string;
  row: number;
  /** Header label, or the field's name when its column is missing; null for the row as a whole. */
  column: string | null;
  value: string;
  reason: ImportReason;
  detail?: string;
}

export function issueView(issue: RowIssue): ImportIssueView {
  const words = reasonText(issue.reason, { column: issue.column ?? '', value: issue.value, detail: issue.detail ?? '' });
  return { sheet: issue.sheet, row: issue.row, column: issue.column, value: issue.value, reason: issue.reason, message: words.zh, messageEn: words.en };
}
