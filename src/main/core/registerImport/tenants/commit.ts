// The planned tenant rows written through the register's own functions (openTenant,
// updateTenant, moveTenant, setTenantStatus: their role check, scope, USCC and floor rules,
// credit grade history, history and audit), inside the framework's one transaction: any
// refusal rolls back the whole import. Status changes take effect today (the import's day).
import type { Db } from '../../db/database';
import { today, type RegisterActor } from '../../registers/changeLog';
import { moveTenant, openTenant, setTenantStatus, updateTenant } from '../../registers/tenants';
import type { CommitCounts } from '../registerKind';
import { atRow } from '../residents/commitResidents';
import type { PlannedTenant } from './plan';

export function commitTenants(db: Db, actor: RegisterActor, rows: readonly PlannedTenant[], step: () => void): CommitCounts {
  const buildings = new Set<number>();
  let added = 0;
  let updated = 0;
  const onDate = today(actor);
  // Deregistrations last: a code freed by 注销 is still not reissued, and a move or update of a closed tenant would fail.
  const ordered = [...rows].sort((a, b) => Number(closes(a)) - Number(closes(b)));
  const write = (row: PlannedTenant): void => {
    const t = row.target;
    if (t.kind === 'open') {
      const { kind: _kind, status, ...input } = t;
      const opened = openTenant(db, actor, input);
      if (status === 'suspended') setTenantStatus(db, actor, { id: opened.id, status, onDate });
      added++;
      buildings.add(t.buildingId);
    } else if (t.kind === 'existing') {
      const id = row.recordId!;
      if (Object.keys(t.changes).length > 0) updateTenant(db, actor, { id, ...t.changes });
      if (t.move) {
        buildings.add(db.prepare('SELECT building_id FROM tenant WHERE id = ?').pluck().get(id) as number);
        moveTenant(db, actor, { id, ...t.move });
      }
      if (t.status) setTenantStatus(db, actor, { id, status: t.status, onDate });
      updated++;
      buildings.add(t.buildingId);
    }
  };
  for (const row of ordered) {
    if (row.outcome === 'unchanged') continue;
    atRow(row, () => write(row));
    step();
  }
  const buildingIds = [...buildings].sort((a, b) => a - b);
  const gridIds = buildingIds.length
    ? (db.prepare('SELECT DISTINCT grid_id FROM building WHERE id IN (SELECT value FROM json_each(?)) ORDER BY grid_id').pluck().all(JSON.stringify(buildingIds)) as number[])
    : [];
  return { added, updated, created: 0, buildingIds, gridIds };
}

function closes(row: PlannedTenant): boolean {
  return row.target.kind === 'existing' && row.target.status === 'closed';
}
