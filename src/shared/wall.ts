// The unified command wall (一网统管): what the big screen shows, as the core sends it.
// Everything here is aggregated, and every person's name in it is masked in the core
// before it leaves (src/main/core/wall): the wall is seen by visitors.
import { z } from 'zod';
import type { CaseClass, CaseEventKind, CaseStatus } from './domain';
import type { ActorLabel } from './caseNotes';
import type { BBox } from './views';
import type { PartyWorkSummary } from './partyFigures';
import type { MeetingsShared } from './meetings';
import type { AssessmentShared } from './partyAssessment';
import type { WallGridState, WallTileKey } from './vocab/wall';

const id = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');

/** Omit communityId for the whole street; with it, the figures cover that community (rotation). */
export const wallSnapshotInput = z.strictObject({ communityId: id.optional() });

/** What changed since the last case event the wall has seen (its `lastEventId`). */
export const wallDeltaInput = z.strictObject({
  sinceEventId: z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative'),
  communityId: id.optional(),
});

/** Feed items in a snapshot. */
export const WALL_FEED_SIZE = 20;
/** At most this many events in one delta; past it the wall reloads its snapshot instead. */
export const WALL_DELTA_MAX_EVENTS = 60;
export const WALL_TREND_DAYS = 30;
export const WALL_RANKING_SIZE = 6;
/** The rolling window of the rate tiles (按期结案率, 满意率), in days. */
export const WALL_RATE_DAYS = 30;

export { WALL_GRID_STATES, WALL_TILE_KEYS, type WallGridState, type WallTileKey } from './vocab/wall';

/**
 * A grid's open work: cases in an open status (OPEN_CASE_STATUSES: reported through
 * awaiting verification; 挂账 suspended and 上报 escalated ones are parked elsewhere and
 * left out), as the console's map and the dispatch desk's queues count them.
 */
export interface WallGridStatus {
  gridId: number;
  /** Open cases (在办). */
  open: number;
  /** 超期: open cases past their due time, as the dispatch desk's 超期 queue counts them. */
  overdue: number;
  /** Open cases under 督办. */
  supervised: number;
  state: WallGridState;
}

/** A headline figure now, and the same figure for the same span one day and one week earlier. */
export interface WallFigure {
  value: number | null;
  yesterday: number | null;
  lastWeek: number | null;
}

/**
 * newToday: valid reports since midnight (indicators' 上报数), against yesterday and the
 * same weekday last week up to the same time of day; closedToday: cases closed since
 * midnight, likewise; onTimeRate (按期结案率) and satisfaction (满意率, share of 4–5 stars):
 * computeIndicators over the last 30 days, against the 30 days ending a day / a week ago;
 * overdueOpen: open cases past due now (the dispatch desk's 超期 queue, the console's
 * 超期 figure), against the cases that were open and past due at this time yesterday /
 * last week (their status then is read from the case history). The indicators'
 * 超期未结案数 also counts 挂账/上报 cases; that is the briefing's period figure.
 */
export type WallTiles = Record<WallTileKey, WallFigure>;
/** Only the current values: what a case changing now can move. */
export type WallTilesNow = Record<WallTileKey, number | null>;

export interface WallFeedItem {
  eventId: number;
  at: number;
  kind: CaseEventKind;
  toStatus: CaseStatus | null;
  caseId: number;
  caseCode: string;
  caseClass: CaseClass;
  /** Subcategory name, e.g. 暴露垃圾, and its catalogue code (the UI names it in its language). */
  category: string;
  categoryCode: string;
  gridId: number;
  gridName: string;
  communityName: string;
  /** Who acted, masked: '网格员 张*', '12345热线', a department's name. */
  actor: string;
  /** The same read as a role (named by the UI) and the masked name or the department. */
  actorLabel: ActorLabel;
}

/** An open case on the wall map. No address, description or reporter: only where and what. */
export interface WallMarker {
  caseId: number;
  code: string;
  lng: number;
  lat: number;
  status: CaseStatus;
  gridId: number;
  communityId: number;
  category: string;
  supervised: boolean;
  reportedAt: number;
  dispatchedAt: number | null;
  dueAt: number | null;
}

export interface WallRankingRow {
  gridId: number;
  gridName: string;
  communityName: string;
  open: number;
  overdue: number;
  supervised: number;
}

export interface WallCategoryRow {
  /** The large category (大类). */
  categoryId: number;
  /** Its catalogue code: the UI names it in its language. */
  code: string;
  caseClass: CaseClass;
  name: string;
  /** Valid reports in the last 30 days. */
  reported: number;
  /** Open now. */
  open: number;
}

export interface WallTrendDay {
  /** 'YYYY-MM-DD', China time. */
  day: string;
  reported: number;
  closed: number;
}

export interface WallParty {
  /** Organisations per level: 1 党工委, 2 党委/党总支, 3 党支部, 4 党小组 (all kinds). */
  orgsByLevel: { level: 1 | 2 | 3 | 4; count: number }[];
  orgs: number;
  /** 软弱涣散 (rated weak or under rectification). */
  weakOrgs: number;
  members: number;
  /** 在职党员 registered with their home community (双报到), of those who must. */
  dualRegistered: number;
  dualRequired: number;
  tenants: number;
  tenantsCovered: number;
  /** Buildings with tenants; covered = a Party organisation sits in it, or covers every tenant in it. */
  buildings: number;
  buildingsCovered: number;
  /** Party work over the twelve months to the end of today (三张清单, 微心愿, 双报到 service, volunteers): figures only, from partyFigures. */
  work: PartyWorkSummary;
  /** 楼栋工作日 visits this week and organisations under 整顿转化 (partyAssessment/sharedFigures.ts). */
  assessment: AssessmentShared;
}

export interface WallCommunity {
  id: number;
  name: string;
  bbox: BBox;
}

export interface WallSnapshot {
  /** The core's clock when this was computed. */
  at: number;
  streetName: string;
  district: string;
  /** null: the whole street. */
  communityId: number | null;
  communities: WallCommunity[];
  tiles: WallTiles;
  /** Every grid of the street (the map always shows the whole street). */
  gridStates: WallGridStatus[];
  /** Every open case of the street. */
  markers: WallMarker[];
  /** Newest first. */
  feed: WallFeedItem[];
  /** The newest case event id: pass it to wall.delta. */
  lastEventId: number;
  ranking: WallRankingRow[];
  categories: WallCategoryRow[];
  /** Oldest first, today last. */
  trend: WallTrendDay[];
  party: WallParty;
  /** Decisions by progress and resident matters by stage, now: counts only. */
  meetings: MeetingsShared;
}

export interface WallDelta {
  at: number;
  lastEventId: number;
  /** Events after sinceEventId, newest first. */
  feed: WallFeedItem[];
  /** More events happened than one delta carries: reload the snapshot. */
  truncated: boolean;
  /** Cases touched by those events that are still open, as they are now. */
  markers: WallMarker[];
  /** Cases touched by those events that are no longer open (closed, cancelled, 挂账, 上报). */
  removedCaseIds: number[];
  gridStates: WallGridStatus[];
  tiles: WallTilesNow;
  ranking: WallRankingRow[];
  categories: WallCategoryRow[];
  /** Today's trend point. */
  today: WallTrendDay;
  /** The Party panel as it is now (moved by partyService.changed and partyList.changed as well as by cases). */
  party: WallParty;
  meetings: MeetingsShared;
}

/** The worst state of a grid: overdue over supervised over open. */
export function gridStateOf(counts: { open: number; overdue: number; supervised: number }): WallGridState {
  if (counts.overdue > 0) return 'overdue';
  if (counts.supervised > 0) return 'supervised';
  if (counts.open > 0) return 'open';
  return 'calm';
}
