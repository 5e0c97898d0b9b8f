// What the Party members import matches against, read once per import: the street's live
// organisations by name, its communities by name (社区 or without it), and the live members
// with their ID number (the linked resident's, or their own when they have no resident
// record: migration 0014), name and community of the resident each is linked to (where they live).
import type { PartyMemberCategory } from '../../../../shared/domain';
import { communityShortName } from '../../../../shared/gridLabel';
import type { Db } from '../../db/database';
import { compactText } from '../cleanText';

export interface ExistingMember {
  id: number;
  orgId: number;
  residentId: number | null;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: PartyMemberCategory;
  joinedOn: string;
  reportCommunityId: number | null;
  /** The linked resident's ID number, else the member's own, else null. */
  idNumber: string | null;
  /** The member's own number (party_member.id_number): kept only for a member with no resident record. */
  ownIdNumber: string | null;
}

export interface ResidentRef {
  id: number;
  name: string;
  gender: 'M' | 'F';
  communityId: number;
}

export interface MemberContext {
  orgs: Map<string, { id: number; communityId: number | null }[]>;
  communities: Map<string, number>;
  communityNames: Map<number, string>;
  members: ExistingMember[];
  byResident: Map<number, ExistingMember>;
  /** Members with no resident record, by their own ID number. */
  byOwnId: Map<string, ExistingMember>;
  /** A live resident of the street by ID number. */
  resident(idNumber: string): ResidentRef | undefined;
}

export function prepareMemberContext(db: Db): MemberContext {
  const orgs = new Map<string, { id: number; communityId: number | null }[]>();
  for (const o of db.prepare('SELECT id, name, community_id AS communityId FROM party_org ORDER BY id').all() as { id: number; name: string; communityId: number | null }[]) {
    const key = compactText(o.name);
    orgs.set(key, [...(orgs.get(key) ?? []), { id: o.id, communityId: o.communityId }]);
  }
  const communities = new Map<string, number>();
  const communityNames = new Map<number, string>();
  for (const c of db.prepare('SELECT id, name FROM community ORDER BY id').all() as { id: number; name: string }[]) {
    communityNames.set(c.id, c.name);
    communities.set(compactText(c.name), c.id);
    if (!communities.has(compactText(communityShortName(c.name)))) communities.set(compactText(communityShortName(c.name)), c.id);
  }
  const members = db
    .prepare(
      `SELECT m.id, m.org_id AS orgId, m.resident_id AS residentId, m.name, m.gender, m.phone, m.category, m.joined_on AS joinedOn,
              m.report_community_id AS reportCommunityId, COALESCE(r.id_number, m.id_number) AS idNumber, m.id_number AS ownIdNumber
         FROM party_member m LEFT JOIN resident r ON r.id = m.resident_id ORDER BY m.id`,
    )
    .all() as ExistingMember[];
  const byResident = new Map<number, ExistingMember>();
  const byOwnId = new Map<string, ExistingMember>();
  for (const m of members) {
    if (m.residentId !== null) byResident.set(m.residentId, m);
    if (m.ownIdNumber !== null) byOwnId.set(m.ownIdNumber, m);
  }
  const residentStmt = db.prepare(
    `SELECT r.id, r.name, r.gender, g.community_id AS communityId
       FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
      WHERE r.id_number = ?`,
  );
  return { orgs, communities, communityNames, members, byResident, byOwnId, resident: (idNumber) => residentStmt.get(idNumber) as ResidentRef | undefined };
}
