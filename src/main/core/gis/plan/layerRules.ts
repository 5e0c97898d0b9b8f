// The 到底到边 rules on the street as the import would leave it, reusing grid management's
// validator and planner: a street boundary against the grids, an import's grids as a draft
// replacing the street's (whole street checked), footprints against the grid lines.
import type { Polygon } from 'geojson';
import type { GridProblem } from '../../../../shared/gridEdit';
import type { GisLayer } from '../../../../shared/gis';
import type { Db } from '../../db/database';
import { loadBuildingLoads } from '../../grids/buildingLoad';
import { Draft, loadStreetGrids } from '../../grids/draftState';
import { validateGrids } from '../../grids/geometry';
import { planDraft, type EditPlan } from '../../grids/previewEdit';
import { readValidationInput } from '../../grids/validationInput';
import { footprintCenter } from './footprintCenter';
import type { GisRecord } from './gisRecord';

export interface LayerRules {
  problems: GridProblem[];
  removed: number;
  /** Grids: the planned edit, written as it stands by the commit. */
  plan: EditPlan | null;
}

/** The street's grids replaced by the file's: matched codes keep their grid (id, staff, history), new codes are new grids, grids the file leaves out are removed. */
export function gridDraft(db: Db, records: readonly GisRecord[]): Draft {
  const draft = new Draft(loadStreetGrids(db));
  const kept = new Set<number>();
  records.forEach((r, i) => {
    const id = r.recordId ?? -(i + 1);
    if (r.recordId) kept.add(r.recordId);
    draft.set({ id, code: r.code, name: r.name, communityId: r.communityId!, geometry: r.geometry as Polygon });
  });
  for (const id of draft.base.saved.keys()) if (!kept.has(id)) draft.remove(id);
  return draft;
}

export function layerRules(db: Db, layer: GisLayer, records: readonly GisRecord[]): LayerRules {
  if (layer === 'grids') {
    const plan = planDraft(db, gridDraft(db, records), loadBuildingLoads(db), { wholeStreet: true });
    return { problems: plan.preview.problems, removed: plan.preview.removedGridIds.length, plan };
  }
  if (layer === 'street') {
    const input = readValidationInput(db);
    if (input.grids.length === 0) return { problems: [], removed: 0, plan: null };
    return { problems: validateGrids({ ...input, street: records[0]!.geometry as Polygon }), removed: 0, plan: null };
  }
  if (layer === 'buildings') {
    const input = readValidationInput(db);
    if (input.grids.length === 0) return { problems: [], removed: 0, plan: null };
    const replaced = new Set(records.map((r) => r.recordId).filter((id): id is number => id !== null));
    const ids = records.map((r, i) => r.recordId ?? -(i + 1));
    const imported = new Set(ids);
    const buildings = [
      ...input.buildings.filter((b) => !replaced.has(b.id)),
      ...records.map((r, i) => ({ id: ids[i]!, footprint: r.geometry as Polygon, center: footprintCenter(r.geometry as Polygon) })),
    ];
    const problems = validateGrids({ street: input.street, grids: input.grids, buildings }).filter((p) => p.kind === 'buildingCut' && imported.has(Number(p.detail.buildingId)));
    return { problems, removed: 0, plan: null };
  }
  return { problems: [], removed: 0, plan: null };
}
