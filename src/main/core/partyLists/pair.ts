// A need and a resource together become a project (项目清单). The need's community owns the
// project; the resource's owner (usually a unit) is its partner. Both items must be open and
// unpaired; a claim already made must agree (a need claimed by another unit, or a resource
// claimed by another community, cannot be paired away from its claimant). The project starts
// at 认领 (both sides have agreed); the need and the resource are claimed by each other's side.
// Runs inside the caller's transaction.
import type { PartyListPairInput } from '../../../shared/partyLists';
import type { Db } from '../db/database';
import { requireItemInScope, type Actor } from './access';
import { refuse } from './errors';
import { recordStep } from './history';
import { codeFor, nextItemId, requirePeriod } from './publish';
import { ownerCommunity, type ItemRow } from './rows';
import { itemInScope } from './steps';
import { itemRow } from './rows';

const PAIRABLE = ['published', 'claimed'];

function requirePairable(row: ItemRow, path: string, kind: 'need' | 'resource'): void {
  if (row.kind !== kind) throw refuse('invalid_input', path, 'wrong_kind', `names a ${row.kind}, not a ${kind}`);
  if (row.project_id !== null) throw refuse('conflict', path, 'in_project', `is already part of project ${row.project_id}`, { projectId: String(row.project_id) });
  if (!PAIRABLE.includes(row.status)) {
    throw refuse('conflict', path, 'illegal_step', `is ${row.status}; only a published or claimed ${kind} can be paired`, { step: 'pair', kind, status: row.status });
  }
}

export function pairItems(db: Db, actor: Actor, at: number, input: PartyListPairInput): { id: number; communityId: number; ids: number[] } {
  const need = itemInScope(db, actor, input.needId, 'needId');
  const resource = itemRow(db, input.resourceId);
  if (!resource) throw refuse('not_found', 'resourceId', 'not_found', `names no item of the lists (id ${input.resourceId})`);
  requirePairable(need, 'needId', 'need');
  requirePairable(resource, 'resourceId', 'resource');
  requireItemInScope(actor, need);
  const needCommunity = ownerCommunity(db, need)!;
  const partner = resource.owner_unit_id !== null ? { kind: 'unit' as const, id: resource.owner_unit_id } : { kind: 'community' as const, id: resource.owner_community_id! };
  if (partner.kind === 'community' && partner.id === needCommunity) {
    throw refuse('conflict', 'resourceId', 'own_item', `is offered by community ${needCommunity}, the need's own community`);
  }
  const needClaimant = need.claimant_unit_id !== null ? { kind: 'unit', id: need.claimant_unit_id } : need.claimant_community_id !== null ? { kind: 'community', id: need.claimant_community_id } : null;
  if (needClaimant && (needClaimant.kind !== partner.kind || needClaimant.id !== partner.id)) {
    throw refuse('conflict', 'needId', 'claimed_by_other', `is claimed by ${needClaimant.kind} ${needClaimant.id}, not by the resource's owner (${partner.kind} ${partner.id})`);
  }
  if (resource.claimant_community_id !== null && resource.claimant_community_id !== needCommunity) {
    throw refuse('conflict', 'resourceId', 'claimed_by_other', `is claimed by community ${resource.claimant_community_id}, not by the need's community ${needCommunity}`);
  }
  const startsOn = input.startsOn ?? (need.starts_on > resource.starts_on ? need.starts_on : resource.starts_on);
  const endsOn = input.endsOn ?? (need.ends_on < resource.ends_on ? resource.ends_on : need.ends_on);
  requirePeriod(startsOn, endsOn);

  const id = nextItemId(db);
  db.prepare(
    `INSERT INTO party_list_item (id, code, kind, category, title, description, owner_community_id, owner_grid_id, owner_unit_id,
       claimant_community_id, claimant_unit_id, need_id, resource_id, community_id, grid_id, building_id, lng, lat, starts_on, ends_on,
       status, published_at, claimed_at, updated_at)
     VALUES (?, ?, 'project', ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?, ?)`,
  ).run(
    id,
    codeFor('project', id),
    need.category,
    input.title ?? need.title,
    `${need.description}\n${resource.title}：${resource.description}`.slice(0, 500),
    needCommunity,
    need.owner_grid_id,
    partner.kind === 'community' ? partner.id : null,
    partner.kind === 'unit' ? partner.id : null,
    need.id,
    resource.id,
    need.community_id,
    need.grid_id,
    need.building_id,
    need.lng,
    need.lat,
    startsOn,
    endsOn,
    at,
    at,
    at,
  );
  recordStep(db, actor, at, { itemId: id, step: 'pair', from: null, to: 'claimed', party: partner });
  const claim = db.prepare('UPDATE party_list_item SET status = ?, claimant_community_id = ?, claimant_unit_id = ?, claimed_at = coalesce(claimed_at, ?), project_id = ?, updated_at = ? WHERE id = ?');
  claim.run('claimed', partner.kind === 'community' ? partner.id : null, partner.kind === 'unit' ? partner.id : null, at, id, at, need.id);
  recordStep(db, actor, at, { itemId: need.id, step: 'pair', from: need.status, to: 'claimed', party: partner });
  claim.run('claimed', needCommunity, null, at, id, at, resource.id);
  recordStep(db, actor, at, { itemId: resource.id, step: 'pair', from: resource.status, to: 'claimed', party: { kind: 'community', id: needCommunity } });
  return { id, communityId: need.community_id, ids: [id, need.id, resource.id] };
}
