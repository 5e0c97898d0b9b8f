// The residents register's commit, inside the transaction the framework opened: households
// created, residents added, updated and moved, each through the register functions (which
// check the role matrix and the community, and write the history and audit rows).
import { ApiError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { createHousehold } from '../../registers/households';
import { addResident, moveResident, updateResident } from '../../registers/residents';
import type { CommitCounts } from '../registerKind';
import type { ResidentPlanned } from './planResidents';

/** Names the row in a refusal from the register functions, so the user knows which one. */
export function atRow<T>(row: { sheet: string; row: number }, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError(err.code, `${row.sheet} 第${row.row}行: ${err.message}`, err.details);
    throw err;
  }
}

export function commitResidents(db: Db, actor: RegisterActor, rows: readonly ResidentPlanned[], step: () => void): CommitCounts {
  const households = new Map<string, number>();
  const writes = rows.filter((r) => r.outcome !== 'unchanged');
  // Updates that stop someone being 户主 go before those that make someone 户主, and both before
  // additions, so a household's head can change hands within one import.
  const updates = writes.filter((r) => r.outcome === 'update').sort((a, b) => Number(a.data.relation === '户主') - Number(b.data.relation === '户主'));
  const adds = writes.filter((r) => r.outcome === 'new');
  const householdOf = (row: ResidentPlanned): number => {
    const h = row.target;
    if (h.kind === 'existing') return h.id;
    const made = households.get(h.key);
    if (made !== undefined) return made;
    const created = atRow(row, () => createHousehold(db, actor, { buildingId: h.buildingId, unit: h.unit, floor: h.floor, room: h.room, tenure: 'owner', status: 'vacant' }));
    households.set(h.key, created.id);
    return created.id;
  };
  for (const row of updates) {
    const id = row.recordId!;
    if (row.fields.includes('household')) atRow(row, () => moveResident(db, actor, { id, householdId: householdOf(row), relation: row.data.relation }));
    else if (row.fields.includes('relation')) atRow(row, () => updateResident(db, actor, { id, relation: row.data.relation }));
    if (row.fields.includes('phone')) atRow(row, () => updateResident(db, actor, { id, phone: row.data.phone }));
    step();
  }
  for (const row of adds) {
    atRow(row, () => addResident(db, actor, { householdId: householdOf(row), name: row.data.name, idNumber: row.data.idNumber, phone: row.data.phone, relation: row.data.relation }));
    step();
  }
  const householdIds = [...new Set(writes.map((r) => householdOf(r)))];
  const places = householdIds.length
    ? (db
        .prepare(`SELECT DISTINCT h.building_id AS b, b.grid_id AS g FROM household h JOIN building b ON b.id = h.building_id WHERE h.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(householdIds)) as { b: number; g: number }[])
    : [];
  return {
    added: adds.length,
    updated: updates.length,
    created: households.size,
    buildingIds: [...new Set(places.map((p) => p.b))].sort((a, b) => a - b),
    gridIds: [...new Set(places.map((p) => p.g))].sort((a, b) => a - b),
  };
}
