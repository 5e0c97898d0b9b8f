// Step 6, the preview as the API answers it: counts per sheet, the mapping, what was
// skipped, every reason a row is not written (the first ISSUE_LIST_LIMIT; the error
// workbook holds them all), the addresses to pick, and which fields updates change
// (never their values: those are personal data).
import { ISSUE_LIST_LIMIT, type ImportPreview, type ImportRegister } from '../../../shared/registerImport';
import { issueView } from './rowIssue';
import { totals, type RegisterPlan } from './planImport';
import { columnLetter } from './readWorkbook';
import { registerKind } from './registerKinds';

/** Issues in workbook order: sheet by sheet, row by row. */
export function sortedIssues(plan: RegisterPlan): RegisterPlan['issues'] {
  const sheetOrder = new Map(plan.sheets.map((s, i) => [s.sheet, i]));
  return [...plan.issues].sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row);
}

export function previewView(plan: RegisterPlan, register: ImportRegister): ImportPreview {
  const issues = sortedIssues(plan);
  const updates = plan.rows.filter((r) => r.outcome === 'update');
  const kind = registerKind(register);
  const required = new Set<string>(kind.required);
  return {
    register,
    fields: kind.columns.fields.map((f) => ({ field: f.field, zh: f.label.zh, en: f.label.en, required: required.has(f.field) })),
    communityId: plan.communityId,
    fileName: plan.fileName,
    sheets: plan.sheets.map((s) => ({
      sheet: s.sheet,
      status: s.status,
      headerRows: s.headerRows,
      columns: s.columns.map((c) => ({ column: c.column, label: c.label, field: c.field, source: c.source })),
      counts: s.counts,
      newHouseholds: s.newHouseholds,
      skipped: { hiddenRows: s.skipped.hiddenRows, hiddenColumns: s.hiddenColumns.map(columnLetter), totalsRows: s.skipped.totalsRows, emptyRows: s.skipped.emptyRows },
    })),
    totals: totals(plan),
    issues: issues.slice(0, ISSUE_LIST_LIMIT).map(issueView),
    issueCount: issues.length,
    picks: plan.picks,
    updates: updates.slice(0, ISSUE_LIST_LIMIT).map((r) => ({ sheet: r.sheet, row: r.row, fields: r.fields })),
    updateCount: updates.length,
    digest: plan.digest,
  };
}
