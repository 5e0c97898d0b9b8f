// The grid staff commit, inside the framework's one transaction: each row through the staff
// register's own functions (staff.assign for a free post, staff.replace for a held one), which
// check the role matrix (网格长/网格员: administrators; 楼栋长/志愿者: community staff too) and
// the community, and write the history, status and audit rows. A refusal names its row.
import { ApiError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { assignStaff, replaceStaff } from '../../registers/staff';
import type { CommitCounts } from '../registerKind';
import type { PlannedStaff } from './plan';

function atRow<T>(row: PlannedStaff, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError(err.code, `${row.sheet} 第${row.row}行: ${err.message}`, err.details);
    throw err;
  }
}

export function commitStaff(db: Db, actor: RegisterActor, rows: readonly PlannedStaff[], step: () => void): CommitCounts {
  const counts: CommitCounts = { added: 0, updated: 0, created: 0, buildingIds: [], gridIds: [] };
  const grids = new Set<number>();
  const buildings = new Set<number>();
  for (const row of rows) {
    if (row.outcome === 'unchanged') continue;
    const d = row.data;
    const t = row.target;
    const holder = { name: t.name, phone: t.phone, residentId: t.residentId, isPartyMember: t.isPartyMember, ...(d.startDate ? { onDate: d.startDate } : {}) };
    if (t.kind === 'assign') {
      atRow(row, () => assignStaff(db, actor, t.role === 'building_head' ? { role: t.role, buildingId: t.buildingId!, ...holder } : { role: t.role, gridId: t.gridId, ...holder }));
      counts.added++;
      grids.add(t.gridId);
      if (t.buildingId !== null) buildings.add(t.buildingId);
    } else {
      atRow(row, () => replaceStaff(db, actor, { id: t.postId, ...holder }));
      counts.updated++;
      const p = db.prepare('SELECT grid_id, building_id FROM grid_staff WHERE id = ?').get(t.postId) as { grid_id: number; building_id: number | null };
      grids.add(p.grid_id);
      if (p.building_id !== null) buildings.add(p.building_id);
    }
    step();
  }
  counts.gridIds = [...grids].sort((a, b) => a - b);
  counts.buildingIds = [...buildings].sort((a, b) => a - b);
  return counts;
}
