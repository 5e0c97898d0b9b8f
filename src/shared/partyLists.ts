// 三张清单 (需求清单, 资源清单, 项目清单) as the API carries them. Needs belong to a community
// or a grid; resources to a unit (a non-territorial Party organisation: 驻区单位, 两新, 楼宇,
// 商圈 — party_org) or a community; a project pairs one need with one resource. Every item
// goes 发布 → 认领 → 实施 → 完成 → 评价, with 撤回 (the owner withdraws it), 驳回 (the owner
// rejects a claim) and 放弃 (the claimant gives a claim up) as side paths. These schemas only
// shape the input; every rule lives in the core (src/main/core/partyLists).
import { z } from 'zod';
import { calendarDate, id as idRule, latitude, longitude, note, text, wholeIn } from './inputRules';
import { PARTY_LIST_CATEGORIES, PARTY_LIST_STATUSES, type PartyListCategory, type PartyListStatus } from './vocab/partyLists';

const id = idRule();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const PARTY_LIST_KINDS = ['need', 'resource', 'project'] as const;
export type PartyListKind = (typeof PARTY_LIST_KINDS)[number];

export { PARTY_LIST_CATEGORIES, PARTY_LIST_OPEN, PARTY_LIST_STATUSES, type PartyListCategory, type PartyListStatus } from './vocab/partyLists';

/** Steps after publishing; `claim` and `pair` have their own methods (they name a party). */
export const PARTY_LIST_ACTIONS = ['reject', 'release', 'start', 'complete', 'evaluate', 'withdraw'] as const;
export type PartyListAction = (typeof PARTY_LIST_ACTIONS)[number];
/** Every step the history can show. */
export type PartyListStep = 'publish' | 'claim' | 'pair' | 'unpair' | PartyListAction;

export const PARTY_PARTY_KINDS = ['community', 'grid', 'unit'] as const;
export type PartyPartyKind = (typeof PARTY_PARTY_KINDS)[number];
/** A side of an exchange: a community, a grid (owner of a need) or a unit (party_org id). */
export interface PartyRef {
  kind: PartyPartyKind;
  id: number;
  name: string;
}

export const PARTY_CONTACT_KINDS = ['contact', 'service'] as const;
export type PartyContactKind = (typeof PARTY_CONTACT_KINDS)[number];
export const PARTY_CONTACT_SIDES = ['owner', 'claimant'] as const;

const title = text(60, { min: 2, minMessage: 'is required (at least 2 characters)' });
const description = text(500, { min: 4, minMessage: 'is required (at least 4 characters)' });
const reason = text(300, { min: 2, minMessage: 'is required: give a reason' });

const place = z.union(
  [z.strictObject({ buildingId: id }), z.strictObject({ lng: longitude(), lat: latitude() })],
  { error: 'must be a building ({buildingId}) or a point ({lng, lat})' },
);
const owner = z.strictObject({ kind: enumOf(PARTY_PARTY_KINDS), id });
const claimant = z.strictObject({ kind: enumOf(['community', 'unit'] as const), id });

export const partyListPublishInput = z.strictObject({
  kind: enumOf(['need', 'resource'] as const),
  category: enumOf(PARTY_LIST_CATEGORIES),
  title,
  description,
  owner,
  place,
  startsOn: calendarDate(),
  endsOn: calendarDate(),
});
export const partyListClaimInput = z.strictObject({ id, claimant, note: note().optional() });
export const partyListActInput = z.strictObject({
  id,
  action: enumOf(PARTY_LIST_ACTIONS),
  reason: reason.optional(),
  rating: wholeIn(1, 5).optional(),
});
export const partyListPairInput = z.strictObject({
  needId: id,
  resourceId: id,
  title: title.optional(),
  startsOn: calendarDate().optional(),
  endsOn: calendarDate().optional(),
});
export const partyListRecordInput = z.strictObject({
  id,
  kind: enumOf(PARTY_CONTACT_KINDS),
  side: enumOf(PARTY_CONTACT_SIDES),
  onDate: calendarDate(),
  note: text(300, { min: 2, minMessage: 'is required (what was done)' }),
  hours: z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(10_000, 'is too large').optional(),
  peopleServed: wholeIn(0, 100_000).optional(),
});
export const partyListListInput = z.strictObject({
  kind: enumOf(PARTY_LIST_KINDS),
  communityId: id.optional(),
  status: enumOf(PARTY_LIST_STATUSES).optional(),
  category: enumOf(PARTY_LIST_CATEGORIES).optional(),
  /** Only items with this unit as owner or claimant. */
  unitId: id.optional(),
  limit: wholeIn(1, 500).optional(),
  offset: wholeIn(0, 1_000_000).optional(),
});
export const partyListMatchesInput = z.strictObject({ id, limit: wholeIn(1, 50).optional() });

export type PartyListPublishInput = z.output<typeof partyListPublishInput>;
export type PartyListClaimInput = z.output<typeof partyListClaimInput>;
export type PartyListActInput = z.output<typeof partyListActInput>;
export type PartyListPairInput = z.output<typeof partyListPairInput>;
export type PartyListRecordInput = z.output<typeof partyListRecordInput>;
export type PartyListListInput = z.output<typeof partyListListInput>;
export type PartyListMatchesInput = z.output<typeof partyListMatchesInput>;

export interface PartyListItemView {
  id: number;
  code: string;
  kind: PartyListKind;
  category: PartyListCategory;
  title: string;
  description: string;
  owner: PartyRef;
  claimant: PartyRef | null;
  communityId: number;
  communityName: string;
  gridId: number;
  gridName: string;
  buildingId: number | null;
  lng: number;
  lat: number;
  startsOn: string;
  endsOn: string;
  status: PartyListStatus;
  publishedAt: number;
  claimedAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  evaluatedAt: number | null;
  rating: number | null;
  /** A project's need and resource; a need's or a resource's project. */
  needId: number | null;
  resourceId: number | null;
  projectId: number | null;
}

export interface PartyListEventView {
  id: number;
  step: PartyListStep;
  fromStatus: PartyListStatus | null;
  toStatus: PartyListStatus;
  actorName: string;
  party: PartyRef | null;
  at: number;
  reason: string;
  rating: number | null;
}

export interface PartyListContactView {
  id: number;
  kind: PartyContactKind;
  side: (typeof PARTY_CONTACT_SIDES)[number];
  onDate: string;
  note: string;
  hours: number | null;
  peopleServed: number | null;
  at: number;
}

export interface PartyListDetail {
  item: PartyListItemView;
  history: PartyListEventView[];
  contacts: PartyListContactView[];
  /** For a project its need and resource; for a need or a resource its project. */
  linked: PartyListItemView[];
}

export interface PartyListPage {
  items: PartyListItemView[];
  total: number;
}

/** How a unit has kept its claims: finished ones against those given up or taken away. */
export interface PartyUnitRecord {
  claims: number;
  finished: number;
  abandoned: number;
  /** Laplace-smoothed finishing rate in [0, 1]: (finished + 1) / (finished + abandoned + 2). */
  rate: number;
}

/** Why a suggestion ranks where it does, as data the UI words in either language. */
export interface PartyMatchReasons {
  /** The same category, or a related one (a venue for 文体活动, volunteer time for 助老扶幼, …). */
  categoryFit: 'same' | 'related';
  /** Straight-line metres between the two places. */
  distanceM: number;
  /** Within the 800 m service radius of the walking model. */
  withinWalk: boolean;
  /** The offering (or the needing) side's record, null for a community. */
  record: PartyUnitRecord | null;
}

export interface PartyMatchSuggestion {
  item: PartyListItemView;
  /** 0–1, higher first. */
  score: number;
  reasons: PartyMatchReasons;
}

export interface PartyMatches {
  /** The item the suggestions are for. */
  item: PartyListItemView;
  suggestions: PartyMatchSuggestion[];
}

export interface PartyUnitView {
  id: number;
  name: string;
  /** party_org kind: resident_unit, two_new, commercial_building, market. */
  orgKind: string;
  communityId: number | null;
  record: PartyUnitRecord;
}

/** A point of the Party work map (titles only, no personal data). */
export interface PartyMapPoint {
  id: number;
  title: string;
  category: PartyListCategory;
  lng: number;
  lat: number;
  /** A need someone has claimed (its work has begun). */
  claimed: boolean;
}

export interface PartyMapPoints {
  /** Needs not yet finished: published, claimed or in progress. */
  needs: PartyMapPoint[];
  /** Resources on offer (published, not in a project). */
  resources: PartyMapPoint[];
}

/** The sides the lists' forms choose from: the street's communities and units. */
export interface PartyParties {
  communities: { id: number; name: string }[];
  units: PartyUnitView[];
}

export interface PartyListWriteResult {
  id: number;
  status: PartyListStatus;
}

export const partyListSchemas = {
  'partyList.list': partyListListInput,
  'partyList.detail': z.strictObject({ id }),
  'partyList.units': z.strictObject({}),
  'partyList.matches': partyListMatchesInput,
  'partyList.mapPoints': z.strictObject({}),
  'partyList.publish': partyListPublishInput,
  'partyList.claim': partyListClaimInput,
  'partyList.act': partyListActInput,
  'partyList.pair': partyListPairInput,
  'partyList.record': partyListRecordInput,
} as const;

export type PartyListMethod = keyof typeof partyListSchemas;

export interface PartyListOutputs {
  'partyList.list': PartyListPage;
  'partyList.detail': PartyListDetail;
  'partyList.units': PartyParties;
  'partyList.matches': PartyMatches;
  'partyList.mapPoints': PartyMapPoints;
  'partyList.publish': PartyListWriteResult;
  'partyList.claim': PartyListWriteResult;
  'partyList.act': PartyListWriteResult;
  'partyList.pair': PartyListWriteResult;
  'partyList.record': PartyListWriteResult;
}
