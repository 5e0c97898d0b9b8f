// The facilities commit, inside the framework's one transaction: each row through the facility
// register's own functions (facility.create, .update, .move), which check the role matrix and
// the community, re-derive the grid from the point and write the history and audit rows. A
// refusal names its row.
import { ApiError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { createFacility, moveFacility, updateFacility } from '../../registers/facilities';
import type { CommitCounts } from '../registerKind';
import type { PlannedFacility } from './plan';

function atRow<T>(row: PlannedFacility, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError(err.code, `${row.sheet} 第${row.row}行: ${err.message}`, err.details);
    throw err;
  }
}

export function commitFacilities(db: Db, actor: RegisterActor, rows: readonly PlannedFacility[], step: () => void): CommitCounts {
  const counts: CommitCounts = { added: 0, updated: 0, created: 0, buildingIds: [], gridIds: [] };
  const grids = new Set<number>();
  const gridOf = db.prepare('SELECT grid_id FROM facility WHERE id = ?').pluck();
  for (const row of rows) {
    if (row.outcome === 'unchanged') continue;
    const d = row.data;
    const t = row.target;
    if (t.kind === 'create') {
      const done = atRow(row, () => createFacility(db, actor, { kind: d.kind, name: d.name, address: d.address!, openHours: d.openHours!, lng: d.lng, lat: d.lat }));
      grids.add(gridOf.get(done.id) as number);
      counts.added++;
    } else {
      grids.add(gridOf.get(t.id) as number);
      if (t.edit) atRow(row, () => updateFacility(db, actor, { id: t.id, kind: d.kind, ...(d.address !== null ? { address: d.address } : {}), ...(d.openHours !== null ? { openHours: d.openHours } : {}) }));
      if (t.move) atRow(row, () => moveFacility(db, actor, { id: t.id, lng: d.lng, lat: d.lat }));
      grids.add(gridOf.get(t.id) as number);
      counts.updated++;
    }
    step();
  }
  counts.gridIds = [...grids].sort((a, b) => a - b);
  return counts;
}
