// The figures an edit is remembered by in the history list and the audit log.
import type { GridEditPreview, GridEditSummary } from '../../../shared/gridEdit';

export function editSummary(preview: GridEditPreview, codeOfRemoved: (id: number) => string): GridEditSummary {
  const flows = preview.flows;
  return {
    created: preview.grids.filter((g) => g.id < 0).map((g) => g.code),
    removed: preview.removedGridIds.map(codeOfRemoved),
    changed: preview.grids.filter((g) => g.id > 0).map((g) => g.code),
    householdsMoved: flows.reduce((n, f) => n + f.households, 0),
    openCasesMoved: flows.reduce((n, f) => n + f.openCases, 0),
  };
}
