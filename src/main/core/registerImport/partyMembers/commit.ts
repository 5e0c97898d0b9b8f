// Writes a Party members plan through the register functions (core/registers/
// partyMembers.ts): join for a new member, 转接 to another organisation, then the edits
// (name, phone, category, home, 双报到 community, own ID number). Runs inside the framework's one
// transaction; each function checks the role and the community itself (the preview already
// refused a joining date after today), and a refusal names the row and rolls all back.
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { joinPartyMember, movePartyMember, updatePartyMember } from '../../registers/partyMembers';
import type { CommitCounts } from '../registerKind';
import { atRow } from '../residents/commitResidents';
import { fullDate, type PlannedMember } from './plan';

export function commitPartyMembers(db: Db, actor: RegisterActor, rows: readonly PlannedMember[], step: () => void): CommitCounts {
  const counts: CommitCounts = { added: 0, updated: 0, created: 0, buildingIds: [], gridIds: [] };
  const residents = new Set<number>();
  for (const row of rows) {
    if (row.outcome === 'unchanged') continue;
    const { data, target } = row;
    if (row.outcome === 'new') {
      atRow(row, () => joinPartyMember(db, actor, {
        orgId: target.orgId,
        name: target.name,
        gender: data.gender,
        phone: target.phone,
        category: data.category,
        joinedOn: fullDate(data.joinedOn),
        residentId: target.residentId,
        ...(target.idNumber === null ? {} : { idNumber: target.idNumber }),
        reportCommunityId: target.reportCommunityId,
      }));
      counts.added++;
    } else {
      const id = row.recordId!;
      if (row.fields.includes('org')) atRow(row, () => movePartyMember(db, actor, { id, orgId: target.orgId }));
      const f = new Set(row.fields);
      if (f.has('name') || f.has('phone') || f.has('category') || f.has('residentId') || f.has('reportCommunity') || f.has('idNumber')) {
        atRow(row, () => updatePartyMember(db, actor, {
          id,
          ...(f.has('name') ? { name: target.name } : {}),
          ...(f.has('phone') ? { phone: target.phone } : {}),
          ...(f.has('category') ? { category: data.category } : {}),
          ...(f.has('residentId') ? { residentId: target.residentId } : {}),
          ...(f.has('reportCommunity') ? { reportCommunityId: target.reportCommunityId } : {}),
          ...(f.has('idNumber') ? { idNumber: target.idNumber } : {}),
        }));
      }
      counts.updated++;
    }
    if (target.residentId !== null) residents.add(target.residentId);
    step();
  }
  if (residents.size > 0) {
    const places = db
      .prepare('SELECT DISTINCT h.building_id AS b, b.grid_id AS g FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE r.id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...residents])) as { b: number; g: number }[];
    counts.buildingIds = [...new Set(places.map((p) => p.b))].sort((a, b) => a - b);
    counts.gridIds = [...new Set(places.map((p) => p.g))].sort((a, b) => a - b);
  }
  return counts;
}
