// Step 5c, a person to the register by ID number (unique in the street): new, an update
// (which fields), unchanged, or a conflict (the ID belongs to someone of another name, or
// to a resident of another community, whom this import must not move).
import type { Db } from '../../db/database';
import type { ResidentRow } from './residentRows';

export interface ExistingResident {
  id: number;
  idNumber: string;
  householdId: number;
  communityId: number;
  name: string;
  phone: string | null;
  relation: string;
}

/** Fields an import may change on a registered resident; the ID's own birth date and gender never differ. */
export const UPDATABLE_FIELDS = ['phone', 'relation', 'household'] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

export type ResidentMatch =
  | { kind: 'new' }
  | { kind: 'update'; residentId: number; fields: UpdatableField[] }
  | { kind: 'unchanged'; residentId: number }
  | { kind: 'conflict'; reason: 'name_differs' | 'other_community' };

const EXISTING = `SELECT r.id, r.id_number AS idNumber, r.household_id AS householdId, g.community_id AS communityId, r.name, r.phone, r.relation
       FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id`;

/** The registered resident by ID number. The file's numbers (`known`) are read in one query up
 *  front: a community's register is some 20,000 rows, one lookup each cost most of the plan. */
export function residentLookup(db: Db, known: readonly string[] = []): (idNumber: string) => ExistingResident | undefined {
  const found = new Map<string, ExistingResident>();
  if (known.length > 0) {
    const rows = db.prepare(`${EXISTING} WHERE r.id_number IN (SELECT value FROM json_each(?))`).all(JSON.stringify(known)) as ExistingResident[];
    for (const r of rows) found.set(r.idNumber, r);
  }
  const asked = new Set(known);
  const one = db.prepare(`${EXISTING} WHERE r.id_number = ?`);
  return (idNumber) => {
    const hit = found.get(idNumber);
    if (hit || asked.has(idNumber)) return hit;
    return one.get(idNumber) as ExistingResident | undefined;
  };
}

/** `householdId` is the household the row's address matched, or null for a household the import creates. */
export function matchResident(row: ResidentRow, existing: ExistingResident | undefined, communityId: number, householdId: number | null): ResidentMatch {
  if (!existing) return { kind: 'new' };
  if (existing.communityId !== communityId) return { kind: 'conflict', reason: 'other_community' };
  if (existing.name !== row.name) return { kind: 'conflict', reason: 'name_differs' };
  const fields: UpdatableField[] = [];
  // An empty phone cell keeps the phone on record: registers often leave it out.
  if (row.phone !== null && row.phone !== existing.phone) fields.push('phone');
  if (row.relation !== existing.relation) fields.push('relation');
  if (householdId !== existing.householdId) fields.push('household');
  return fields.length > 0 ? { kind: 'update', residentId: existing.id, fields } : { kind: 'unchanged', residentId: existing.id };
}
