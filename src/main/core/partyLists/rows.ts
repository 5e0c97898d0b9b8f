// Items as stored (snake_case) and as the API shows them, converted in one place. Names of
// owners and claimants are joined in the same query (communities, grids, party_org units).
import type { PartyListCategory, PartyListItemView, PartyListKind, PartyListStatus, PartyRef } from '../../../shared/partyLists';
import type { Db } from '../db/database';

export interface ItemRow {
  id: number;
  code: string;
  kind: PartyListKind;
  category: PartyListCategory;
  title: string;
  description: string;
  owner_community_id: number | null;
  owner_grid_id: number | null;
  owner_unit_id: number | null;
  claimant_community_id: number | null;
  claimant_unit_id: number | null;
  need_id: number | null;
  resource_id: number | null;
  project_id: number | null;
  community_id: number;
  grid_id: number;
  building_id: number | null;
  lng: number;
  lat: number;
  starts_on: string;
  ends_on: string;
  status: PartyListStatus;
  published_at: number;
  claimed_at: number | null;
  started_at: number | null;
  completed_at: number | null;
  evaluated_at: number | null;
  rating: number | null;
  updated_at: number;
}

interface ViewRow extends ItemRow {
  community_name: string;
  grid_name: string;
  owner_community_name: string | null;
  owner_grid_name: string | null;
  owner_unit_name: string | null;
  claimant_community_name: string | null;
  claimant_unit_name: string | null;
}

/** SELECT … FROM party_list_item i with every name the view needs; append WHERE/ORDER. */
export const VIEW_SELECT = `SELECT i.*, c.name AS community_name, g.name AS grid_name,
    oc.name AS owner_community_name, og.name AS owner_grid_name, ou.name AS owner_unit_name,
    cc.name AS claimant_community_name, cu.name AS claimant_unit_name
  FROM party_list_item i
  JOIN community c ON c.id = i.community_id
  JOIN grid g ON g.id = i.grid_id
  LEFT JOIN community oc ON oc.id = i.owner_community_id
  LEFT JOIN grid og ON og.id = i.owner_grid_id
  LEFT JOIN party_org ou ON ou.id = i.owner_unit_id
  LEFT JOIN community cc ON cc.id = i.claimant_community_id
  LEFT JOIN party_org cu ON cu.id = i.claimant_unit_id`;

export function ownerRef(r: ViewRow): PartyRef {
  if (r.owner_unit_id !== null) return { kind: 'unit', id: r.owner_unit_id, name: r.owner_unit_name ?? '' };
  // A grid's name already carries its community's (九龙社区第01网格).
  if (r.owner_grid_id !== null) return { kind: 'grid', id: r.owner_grid_id, name: r.owner_grid_name ?? '' };
  return { kind: 'community', id: r.owner_community_id!, name: r.owner_community_name ?? '' };
}

function claimantRef(r: ViewRow): PartyRef | null {
  if (r.claimant_unit_id !== null) return { kind: 'unit', id: r.claimant_unit_id, name: r.claimant_unit_name ?? '' };
  if (r.claimant_community_id !== null) return { kind: 'community', id: r.claimant_community_id, name: r.claimant_community_name ?? '' };
  return null;
}

export function toView(r: ViewRow): PartyListItemView {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    category: r.category,
    title: r.title,
    description: r.description,
    owner: ownerRef(r),
    claimant: claimantRef(r),
    communityId: r.community_id,
    communityName: r.community_name,
    gridId: r.grid_id,
    gridName: r.grid_name,
    buildingId: r.building_id,
    lng: r.lng,
    lat: r.lat,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    publishedAt: r.published_at,
    claimedAt: r.claimed_at,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    evaluatedAt: r.evaluated_at,
    rating: r.rating,
    needId: r.need_id,
    resourceId: r.resource_id,
    projectId: r.project_id,
  };
}

export function itemRow(db: Db, id: number): ItemRow | undefined {
  return db.prepare('SELECT * FROM party_list_item WHERE id = ?').get(id) as ItemRow | undefined;
}

export function itemView(db: Db, id: number): PartyListItemView | undefined {
  const r = db.prepare(`${VIEW_SELECT} WHERE i.id = ?`).get(id) as ViewRow | undefined;
  return r ? toView(r) : undefined;
}

export function itemViews(db: Db, where: string, params: Record<string, unknown>, tail = ''): PartyListItemView[] {
  return (db.prepare(`${VIEW_SELECT} WHERE ${where} ${tail}`).all(params) as ViewRow[]).map(toView);
}

/** The community an item's owner answers to (a grid's is its community's). */
export function ownerCommunity(db: Db, r: Pick<ItemRow, 'owner_community_id' | 'owner_grid_id' | 'owner_unit_id'>): number | null {
  if (r.owner_community_id !== null) return r.owner_community_id;
  if (r.owner_grid_id !== null) return db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(r.owner_grid_id) as number;
  return null;
}
