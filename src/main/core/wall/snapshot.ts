// wall.snapshot and wall.delta: everything the wall shows, aggregated and masked here in
// the core, so the wall's API never carries a full name, phone or ID number.
import { ApiError } from '../../../shared/errors';
import { WALL_DELTA_MAX_EVENTS, WALL_FEED_SIZE, type WallCommunity, type WallDelta, type WallSnapshot } from '../../../shared/wall';
import type { Db } from '../db/database';
import { wallCategories } from './categories';
import { feedSince, lastEventId, latestFeed } from './feed';
import { gridLoads, gridRanking, gridStatuses } from './gridStates';
import { allMarkers, markersFor } from './markers';
import { wallParty } from './party';
import type { PartyWorkSummary } from '../../../shared/partyFigures';
import { wallPeriods } from './periods';
import type { Scope } from './sql';
import { wallTiles, wallTilesNow } from './tiles';
import { wallToday, wallTrend } from './trend';
import { meetingsShared } from '../meetings/sharedFigures';
import { assessmentShared, thisWeek } from '../partyAssessment/sharedFigures';

function scopeOf(db: Db, communityId: number | undefined): Scope {
  if (communityId === undefined) return { communityId: null };
  const found = db.prepare('SELECT id FROM community WHERE id = ?').pluck().get(communityId) as number | undefined;
  if (found === undefined) throw new ApiError('not_found', `no community ${communityId}`);
  return { communityId };
}

function communities(db: Db): WallCommunity[] {
  const rows = db.prepare('SELECT id, name, min_lng, min_lat, max_lng, max_lat FROM community ORDER BY code').all() as {
    id: number;
    name: string;
    min_lng: number;
    min_lat: number;
    max_lng: number;
    max_lat: number;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat] }));
}

/** `work`: the Party-work figures of the scope (partyFigures/workSummary.ts: kept, or computed in a worker). */
export function wallSnapshot(db: Db, input: { communityId?: number | undefined }, now: number, work: PartyWorkSummary): WallSnapshot {
  const scope = scopeOf(db, input.communityId);
  const street = db.prepare('SELECT name, district FROM street LIMIT 1').get() as { name: string; district: string } | undefined;
  if (!street) throw new ApiError('not_ready', 'the database holds no street');
  // Read in one transaction: the figures, the feed and lastEventId describe one moment.
  return db.transaction((): WallSnapshot => {
    const loads = gridLoads(db, now);
    return {
      at: now,
      streetName: street.name,
      district: street.district,
      communityId: scope.communityId,
      communities: communities(db),
      tiles: wallTiles(db, now, scope),
      gridStates: gridStatuses(loads),
      markers: allMarkers(db),
      feed: latestFeed(db, WALL_FEED_SIZE),
      lastEventId: lastEventId(db),
      ranking: gridRanking(loads, scope),
      categories: wallCategories(db, wallPeriods(now).rate.from, scope),
      trend: wallTrend(db, now, scope),
      meetings: meetingsShared(db, now, scope.communityId),
      party: { ...wallParty(db, scope), work, assessment: wallAssessment(db, scope.communityId, now) },
    };
  })();
}

export function wallDelta(db: Db, input: { sinceEventId: number; communityId?: number | undefined }, now: number, work: PartyWorkSummary): WallDelta {
  const scope = scopeOf(db, input.communityId);
  return db.transaction((): WallDelta => {
    const { items, truncated } = feedSince(db, input.sinceEventId, WALL_DELTA_MAX_EVENTS);
    const touched = [...new Set(items.map((i) => i.caseId))];
    const markers = markersFor(db, touched);
    const still = new Set(markers.map((m) => m.caseId));
    const loads = gridLoads(db, now);
    return {
      at: now,
      lastEventId: Math.max(input.sinceEventId, lastEventId(db)),
      feed: items,
      truncated,
      markers,
      removedCaseIds: touched.filter((id) => !still.has(id)),
      gridStates: gridStatuses(loads),
      tiles: wallTilesNow(db, now, scope),
      ranking: gridRanking(loads, scope),
      categories: wallCategories(db, wallPeriods(now).rate.from, scope),
      today: wallToday(db, now, scope),
      meetings: meetingsShared(db, now, scope.communityId),
      party: { ...wallParty(db, scope), work, assessment: wallAssessment(db, scope.communityId, now) },
    };
  })();
}

/** 楼栋工作日 visits this week and organisations under 整顿转化: counts only. */
function wallAssessment(db: Db, communityId: number | null, now: number) {
  const week = thisWeek(now);
  return assessmentShared(db, communityId, week.from, week.to);
}
