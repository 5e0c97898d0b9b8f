// Matching (供需对接): for an open need, the resources on offer ranked by how well they fit;
// for a resource, the open needs around it. A suggestion's score weighs
//   category fit   0.45 × (1 same category, 0.6 a related one; no fit: not suggested)
//   walking        0.35 × 1 / (1 + (d / 800 m)²)   (the walking model's service radius:
//                         1 at the door, ½ at 800 m, ⅕ at 1,600 m)
//   the unit       0.20 × its finishing rate (claims finished against claims given up,
//                         smoothed: a unit with no record counts ½; a community ½)
// and carries those parts as reasons, so the screen can say why it ranks where it does.
import { distance } from '@turf/turf';
import type { PartyListItemView, PartyMatchReasons, PartyMatchSuggestion, PartyUnitRecord } from '../../../shared/partyLists';
import { SERVICE_RADIUS_M } from '../../../shared/walkingModel';
import type { Db } from '../db/database';
import { categoryFit } from './categories';
import { itemViews } from './rows';
import { NO_RECORD, unitRecords } from './unitRecord';

export const WEIGHTS = { category: 0.45, walking: 0.35, record: 0.2 } as const;
const RELATED_FIT = 0.6;

export function walkingScore(distanceM: number): number {
  return 1 / (1 + (distanceM / SERVICE_RADIUS_M) ** 2);
}

export function scoreOf(reasons: PartyMatchReasons): number {
  const fit = reasons.categoryFit === 'same' ? 1 : RELATED_FIT;
  const rate = reasons.record ? reasons.record.rate : NO_RECORD.rate;
  return WEIGHTS.category * fit + WEIGHTS.walking * walkingScore(reasons.distanceM) + WEIGHTS.record * rate;
}

function metres(a: PartyListItemView, b: PartyListItemView): number {
  return Math.round(distance([a.lng, a.lat], [b.lng, b.lat], { units: 'meters' }));
}

/** Ranks candidates for one item; `recordOfCandidate` gives the side whose record counts. */
function rank(item: PartyListItemView, candidates: readonly PartyListItemView[], recordOfCandidate: (c: PartyListItemView) => PartyUnitRecord | null, limit: number): PartyMatchSuggestion[] {
  const out: PartyMatchSuggestion[] = [];
  for (const c of candidates) {
    const fit = item.kind === 'need' ? categoryFit(item.category, c.category) : categoryFit(c.category, item.category);
    if (fit === null) continue;
    const distanceM = metres(item, c);
    const reasons: PartyMatchReasons = { categoryFit: fit, distanceM, withinWalk: distanceM <= SERVICE_RADIUS_M, record: recordOfCandidate(c) };
    out.push({ item: c, score: Math.round(scoreOf(reasons) * 1000) / 1000, reasons });
  }
  out.sort((a, b) => b.score - a.score || a.reasons.distanceM - b.reasons.distanceM || a.item.id - b.item.id);
  return out.slice(0, limit);
}

/** Resources on offer: published and not in a project. */
export function offeredResources(db: Db): PartyListItemView[] {
  return itemViews(db, "i.kind = 'resource' AND i.status = 'published' AND i.project_id IS NULL", {}, 'ORDER BY i.id');
}

/** Needs still waiting for a claim: published and not in a project. */
export function openNeeds(db: Db, communityId: number | null = null): PartyListItemView[] {
  return itemViews(db, "i.kind = 'need' AND i.status = 'published' AND i.project_id IS NULL AND (@c IS NULL OR i.community_id = @c)", { c: communityId }, 'ORDER BY i.id');
}

/** The offering side's record: a unit's, or null for a community. */
function offerRecord(records: Map<number, PartyUnitRecord>) {
  return (c: PartyListItemView) => (c.owner.kind === 'unit' ? (records.get(c.owner.id) ?? NO_RECORD) : null);
}

/** Whether the two could be paired: not the need's own community's offer, and a claim made
 *  already (a unit on the need, a community on the resource) names the other side. */
export function pairable(need: PartyListItemView, resource: PartyListItemView): boolean {
  if (resource.owner.kind === 'community' && resource.owner.id === need.communityId) return false;
  if (need.claimant && (need.claimant.kind !== resource.owner.kind || need.claimant.id !== resource.owner.id)) return false;
  if (resource.claimant && resource.claimant.id !== need.communityId) return false;
  return true;
}

export function matchesForNeed(db: Db, need: PartyListItemView, limit = 10, pool?: { resources: PartyListItemView[]; records: Map<number, PartyUnitRecord> }): PartyMatchSuggestion[] {
  const resources = (pool?.resources ?? offeredResources(db)).filter((r) => pairable(need, r));
  const records = pool?.records ?? unitRecords(db);
  return rank(need, resources, offerRecord(records), limit);
}

export function needsAroundResource(db: Db, resource: PartyListItemView, limit = 10, communityId: number | null = null): PartyMatchSuggestion[] {
  return rank(resource, openNeeds(db, communityId).filter((n) => pairable(n, resource)), () => null, limit);
}

/** Matching for every open need at once (the bench, and any all-street view): one read of the
 *  pool and the records, then a rank per need. */
export function matchAllOpenNeeds(db: Db, limit = 5): { needId: number; suggestions: PartyMatchSuggestion[] }[] {
  const pool = { resources: offeredResources(db), records: unitRecords(db) };
  return openNeeds(db).map((n) => ({ needId: n.id, suggestions: matchesForNeed(db, n, limit, pool) }));
}
