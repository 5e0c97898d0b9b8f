// 认领 and the steps after it. A need is claimed by a unit (a unit takes on a community's
// need), a resource by a community (a community takes up a unit's offer): 双向认领. Items paired
// into a project move only with their project: a project's step carries its need and resource
// along, and withdrawing or giving up a project frees both (back to 发布, unpaired).
// Every function runs inside the caller's transaction; refusals come before any write.
import type { PartyListActInput, PartyListClaimInput, PartyListStatus } from '../../../shared/partyLists';
import type { Db } from '../db/database';
import { requireItemInScope, requireSideInScope, type Actor } from './access';
import { refuse } from './errors';
import { recordStep } from './history';
import { resolveSide } from './parties';
import { itemRow, type ItemRow } from './rows';
import { nextStatus } from './stateMachine';

export function itemInScope(db: Db, actor: Actor, id: number, path = 'id'): ItemRow {
  const row = itemRow(db, id);
  if (!row) throw refuse('not_found', path, 'not_found', `names no item of the lists (id ${id})`);
  requireItemInScope(actor, row);
  return row;
}

export function claimItem(db: Db, actor: Actor, at: number, input: PartyListClaimInput): ItemRow {
  const row = itemRow(db, input.id);
  if (!row) throw refuse('not_found', 'id', 'not_found', `names no item of the lists (id ${input.id})`);
  const claimant = resolveSide(db, 'claimant', input.claimant);
  // A community account claims for its own side; the item it claims may be anywhere (a unit's
  // resource is offered street-wide, a need is claimed by a unit of the community for it).
  requireSideInScope(actor, claimant);
  if (row.kind === 'need') requireItemInScope(actor, row);
  nextStatus(row.kind, row.status, 'claim', undefined);
  if (row.kind === 'need' && claimant.kind !== 'unit') {
    throw refuse('invalid_input', 'claimant.kind', 'wrong_party', 'of a need must be a unit (a community lists needs, units claim them)');
  }
  if (row.kind === 'resource' && claimant.kind !== 'community') {
    throw refuse('invalid_input', 'claimant.kind', 'wrong_party', 'of a resource must be a community (units offer resources, communities claim them)');
  }
  if (row.kind === 'resource' && row.owner_community_id === claimant.id && row.owner_unit_id === null) {
    throw refuse('conflict', 'claimant.id', 'own_item', `is the community that offers resource ${row.id}`);
  }
  db.prepare('UPDATE party_list_item SET status = ?, claimant_community_id = ?, claimant_unit_id = ?, claimed_at = ?, updated_at = ? WHERE id = ?').run(
    'claimed',
    claimant.kind === 'community' ? claimant.id : null,
    claimant.kind === 'unit' ? claimant.id : null,
    at,
    at,
    row.id,
  );
  recordStep(db, actor, at, { itemId: row.id, step: 'claim', from: row.status, to: 'claimed', party: claimant, reason: input.note });
  return itemRow(db, row.id)!;
}

const STAMP: Partial<Record<PartyListStatus, string>> = { in_progress: 'started_at', completed: 'completed_at', evaluated: 'evaluated_at' };

function claimantOf(row: ItemRow): { kind: 'community' | 'unit'; id: number } | null {
  if (row.claimant_unit_id !== null) return { kind: 'unit', id: row.claimant_unit_id };
  if (row.claimant_community_id !== null) return { kind: 'community', id: row.claimant_community_id };
  return null;
}

/** Moves one row to a status (clearing the claim when it goes back to 发布). */
function move(db: Db, row: ItemRow, to: PartyListStatus, at: number, rating: number | null): void {
  if (to === 'published') {
    db.prepare('UPDATE party_list_item SET status = ?, claimant_community_id = NULL, claimant_unit_id = NULL, claimed_at = NULL, started_at = NULL, project_id = NULL, updated_at = ? WHERE id = ?').run(to, at, row.id);
    return;
  }
  const stamp = STAMP[to];
  db.prepare(`UPDATE party_list_item SET status = @to, ${stamp ? `${stamp} = @at,` : ''} rating = coalesce(@rating, rating), updated_at = @at WHERE id = @id`).run({ to, at, rating, id: row.id });
}

/** reject, release, start, complete, evaluate, withdraw. Returns the ids changed. */
export function actOnItem(db: Db, actor: Actor, at: number, input: PartyListActInput): { row: ItemRow; ids: number[] } {
  const row = itemInScope(db, actor, input.id);
  if (row.project_id !== null) {
    throw refuse('conflict', 'id', 'in_project', `is part of project ${row.project_id}: act on the project`, { projectId: String(row.project_id) });
  }
  const to = nextStatus(row.kind, row.status, input.action, input.reason);
  if (input.action === 'evaluate' && input.rating === undefined) {
    throw refuse('invalid_input', 'rating', 'rating_required', 'is required to evaluate (1–5)');
  }
  const party = input.action === 'reject' || input.action === 'release' ? claimantOf(row) : null;
  const rating = input.action === 'evaluate' ? (input.rating ?? null) : null;
  const ids = [row.id];
  if (row.kind === 'project') {
    const linked = [row.need_id, row.resource_id].filter((x): x is number => x !== null).map((id) => itemRow(db, id)!);
    const freed = to === 'published' || to === 'withdrawn';
    for (const l of linked) {
      // Freed items go back on their list, unpaired; the others follow the project.
      const lTo: PartyListStatus = freed ? 'published' : to;
      move(db, l, lTo, at, rating);
      recordStep(db, actor, at, { itemId: l.id, step: freed ? 'unpair' : input.action, from: l.status, to: lTo, party: freed ? claimantOf(l) : null, reason: input.reason, rating });
      ids.push(l.id);
    }
  }
  if (to === 'withdrawn') db.prepare('UPDATE party_list_item SET status = ?, updated_at = ? WHERE id = ?').run(to, at, row.id);
  else move(db, row, to, at, rating);
  recordStep(db, actor, at, { itemId: row.id, step: input.action, from: row.status, to, party, reason: input.reason, rating });
  return { row: itemRow(db, row.id)!, ids };
}
