// The sides of an exchange: communities, grids (a grid's own need) and units. A unit is a
// non-territorial Party organisation in the street (驻区单位, 两新, 楼宇党委, 商圈/市场): the
// organisation stands for its unit or firm, so its community is where it meets.
import type { PartyPartyKind } from '../../../shared/partyLists';
import type { Db } from '../db/database';
import { refuse } from './errors';

export const UNIT_ORG_KINDS = ['resident_unit', 'two_new', 'commercial_building', 'market'] as const;
const UNIT_KINDS_SQL = UNIT_ORG_KINDS.map((k) => `'${k}'`).join(', ');

export interface Side {
  kind: PartyPartyKind;
  id: number;
  /** The community the side belongs to (a unit's is where it meets; null for a street-level one). */
  communityId: number | null;
}

export function resolveSide(db: Db, path: string, ref: { kind: PartyPartyKind; id: number }): Side {
  if (ref.kind === 'community') {
    const ok = db.prepare('SELECT id FROM community WHERE id = ?').pluck().get(ref.id);
    if (ok === undefined) throw refuse('not_found', `${path}.id`, 'not_found', `names no community (id ${ref.id})`);
    return { kind: 'community', id: ref.id, communityId: ref.id };
  }
  if (ref.kind === 'grid') {
    const c = db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(ref.id) as number | undefined;
    if (c === undefined) throw refuse('not_found', `${path}.id`, 'not_found', `names no grid (id ${ref.id})`);
    return { kind: 'grid', id: ref.id, communityId: c };
  }
  const org = db.prepare('SELECT kind, community_id FROM party_org WHERE id = ?').get(ref.id) as { kind: string; community_id: number | null } | undefined;
  if (!org) throw refuse('not_found', `${path}.id`, 'not_found', `names no Party organisation (id ${ref.id})`);
  if (!(UNIT_ORG_KINDS as readonly string[]).includes(org.kind)) {
    throw refuse('invalid_input', `${path}.id`, 'not_a_unit', `is a ${org.kind} organisation, not a unit (${UNIT_ORG_KINDS.join(', ')})`, { orgKind: org.kind });
  }
  return { kind: 'unit', id: ref.id, communityId: org.community_id };
}

/** Units of the street, by name. */
export function unitRows(db: Db): { id: number; name: string; kind: string; community_id: number | null }[] {
  return db.prepare(`SELECT id, name, kind, community_id FROM party_org WHERE kind IN (${UNIT_KINDS_SQL}) ORDER BY id`).all() as { id: number; name: string; kind: string; community_id: number | null }[];
}
