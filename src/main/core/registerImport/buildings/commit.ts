// The planned building updates written through the register's own function (updateBuilding:
// its role check, scope, floor and year rules, history and audit), inside the framework's one
// transaction: any refusal rolls back the whole import.
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { updateBuilding } from '../../registers/buildings';
import type { CommitCounts } from '../registerKind';
import { atRow } from '../residents/commitResidents';
import type { PlannedBuilding } from './plan';

export function commitBuildings(db: Db, actor: RegisterActor, rows: readonly PlannedBuilding[], step: () => void): CommitCounts {
  const ids: number[] = [];
  for (const row of rows) {
    if (row.outcome !== 'update') continue;
    // updateBuilding checks again (the preview refused a year after this one by the import's clock): a refusal names the row, all rolls back.
    atRow(row, () => updateBuilding(db, actor, { id: row.recordId!, ...row.target }));
    ids.push(row.recordId!);
    step();
  }
  const gridIds = ids.length
    ? (db.prepare('SELECT DISTINCT grid_id FROM building WHERE id IN (SELECT value FROM json_each(?)) ORDER BY grid_id').pluck().all(JSON.stringify(ids)) as number[])
    : [];
  return { added: 0, updated: ids.length, created: 0, buildingIds: [...ids].sort((a, b) => a - b), gridIds };
}
