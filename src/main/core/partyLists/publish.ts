// 发布: a community or a grid lists a need, a unit or a community offers a resource. The place
// is a building (its centre) or a point, placed in a grid exactly as facilities are
// (PointGridIndex through placePoint). Runs inside the caller's transaction.
import type { PartyListPublishInput } from '../../../shared/partyLists';
import { requireCommunity } from '../access/communityScope';
import type { Db } from '../db/database';
import { placePoint } from '../registers/facilities';
import { requireSideInScope, type Actor } from './access';
import { refuse } from './errors';
import { recordStep } from './history';
import { resolveSide } from './parties';

export const CODE_PREFIX = { need: 'XQ', resource: 'ZY', project: 'XM' } as const;

export function codeFor(kind: keyof typeof CODE_PREFIX, id: number): string {
  return `${CODE_PREFIX[kind]}${String(id).padStart(6, '0')}`;
}

export function nextItemId(db: Db): number {
  return ((db.prepare('SELECT coalesce(max(id), 0) FROM party_list_item').pluck().get() as number) + 1);
}

export interface Place {
  gridId: number;
  communityId: number;
  buildingId: number | null;
  lng: number;
  lat: number;
}

export function resolvePlace(db: Db, place: PartyListPublishInput['place']): Place {
  if ('buildingId' in place) {
    const b = db
      .prepare('SELECT b.id, b.grid_id, g.community_id, b.center_lng, b.center_lat FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?')
      .get(place.buildingId) as { id: number; grid_id: number; community_id: number; center_lng: number; center_lat: number } | undefined;
    if (!b) throw refuse('not_found', 'place.buildingId', 'not_found', `names no building (id ${place.buildingId})`);
    return { gridId: b.grid_id, communityId: b.community_id, buildingId: b.id, lng: b.center_lng, lat: b.center_lat };
  }
  const p = placePoint(db, place.lng, place.lat, 'place.lng');
  return { ...p, buildingId: null, lng: place.lng, lat: place.lat };
}

export function requirePeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw refuse('invalid_input', 'endsOn', 'bad_period', `(${endsOn}) is before startsOn (${startsOn})`, { startsOn, endsOn });
}

export function publishItem(db: Db, actor: Actor, at: number, input: PartyListPublishInput): { id: number; communityId: number } {
  const owner = resolveSide(db, 'owner', input.owner);
  if (input.kind === 'need' && owner.kind === 'unit') {
    throw refuse('invalid_input', 'owner.kind', 'wrong_party', 'of a need must be a community or a grid (units offer resources and claim needs)');
  }
  if (input.kind === 'resource' && owner.kind === 'grid') {
    throw refuse('invalid_input', 'owner.kind', 'wrong_party', 'of a resource must be a unit or a community');
  }
  requirePeriod(input.startsOn, input.endsOn);
  const place = resolvePlace(db, input.place);
  requireCommunity(actor, place.communityId, 'a place');
  requireSideInScope(actor, owner);
  if (input.kind === 'need' && owner.communityId !== place.communityId) {
    throw refuse('invalid_input', 'place', 'wrong_party', `lies in community ${place.communityId}, not in the need's own community ${owner.communityId}`);
  }
  const id = nextItemId(db);
  db.prepare(
    `INSERT INTO party_list_item (id, code, kind, category, title, description, owner_community_id, owner_grid_id, owner_unit_id,
       community_id, grid_id, building_id, lng, lat, starts_on, ends_on, status, published_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?)`,
  ).run(
    id,
    codeFor(input.kind, id),
    input.kind,
    input.category,
    input.title,
    input.description,
    owner.kind === 'community' ? owner.id : owner.kind === 'grid' ? owner.communityId : null,
    owner.kind === 'grid' ? owner.id : null,
    owner.kind === 'unit' ? owner.id : null,
    place.communityId,
    place.gridId,
    place.buildingId,
    place.lng,
    place.lat,
    input.startsOn,
    input.endsOn,
    at,
    at,
  );
  recordStep(db, actor, at, { itemId: id, step: 'publish', from: null, to: 'published' });
  return { id, communityId: place.communityId };
}
