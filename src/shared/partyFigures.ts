// Party-work figures (党建引领 at work): one definition, computed in one function
// (src/main/core/partyFigures/computePartyFigures.ts) for the console, the wall's Party panel
// and the briefing's Party slide. Figures only: no person appears in them.
import { z } from 'zod';
import { epochMs as epochMsRule, id as idRule } from './inputRules';

const id = idRule();
const epochMs = epochMsRule();

/** Which slice of the street the figures cover; 'unit' is a 驻区单位 or 两新 Party organisation. */
export type PartyFigureScope = { kind: 'street' } | { kind: 'community' | 'grid' | 'unit'; id: number };
export const PARTY_FIGURE_GROUP_BYS = ['none', 'community', 'grid', 'unit'] as const;
export type PartyFigureGroupBy = (typeof PARTY_FIGURE_GROUP_BYS)[number];

export const partyFiguresInput = z
  .strictObject({
    /** Period start, epoch ms, inclusive. */
    from: epochMs,
    /** Period end, epoch ms, exclusive. */
    to: epochMs,
    scope: z
      .discriminatedUnion('kind', [z.strictObject({ kind: z.literal('street') }), z.strictObject({ kind: z.enum(['community', 'grid', 'unit']), id })], {
        error: 'must be the street, or a community, grid or unit by id',
      })
      .optional(),
    groupBy: z.enum(PARTY_FIGURE_GROUP_BYS, { error: `must be one of ${PARTY_FIGURE_GROUP_BYS.join(', ')}` }).optional(),
  })
  .refine((q) => q.from < q.to, { path: ['to'], message: 'must be after from' });
export type PartyFiguresQuery = z.input<typeof partyFiguresInput>;

/** 三张清单 figures (needs and projects), from the lists' own function. */
export interface NeedFigures {
  /** Needs published in the period. */
  needsPublished: number;
  /** Of those, claimed by the period's end. */
  needsClaimed: number;
  needsClaimedRate: number | null;
  /** Median days from publishing to claim, of needs claimed in the period. */
  medianDaysToClaim: number | null;
  /** Projects completed in the period. */
  projectsCompleted: number;
}

export interface WishFigures {
  /** Collected in the period (all kinds, rejected included: they were collected). */
  collected: number;
  /** Fulfilled in the period. */
  fulfilled: number;
  /** Of the wishes collected in the period and not rejected or withdrawn, the share fulfilled by its end. */
  fulfilledRate: number | null;
  /** Open at the period's end (collected, neither fulfilled nor rejected nor withdrawn by then). */
  open: number;
  /** Their age at the period's end, in days. */
  openMedianAgeDays: number | null;
  openOldestAgeDays: number | null;
  /** Open for more than 30 days. */
  openOver30Days: number;
}

export interface DualReportFigures {
  /** Employed (在职) members at the period's end. */
  employed: number;
  /** Of those, registered with a community (双报到) at the period's end. */
  registered: number;
  registeredRate: number | null;
  /** Hours of service recorded in the period by members registered at its end. */
  serviceHours: number;
  hoursPerRegistered: number | null;
}

export interface VolunteerFigures {
  activities: number;
  /** Participant-hours. */
  hours: number;
  peopleServed: number;
}

export interface PartyFigureRow {
  /** 'total', or '<kind>:<id>' (community:3, grid:41, unit:17). */
  key: string;
  kind: 'total' | 'community' | 'grid' | 'unit';
  id: number | null;
  /** The community's, grid's or unit's name; null on the total row. */
  name: string | null;
  needs: NeedFigures;
  wishes: WishFigures;
  dualReport: DualReportFigures;
  volunteers: VolunteerFigures;
  /** Units (驻区单位, 两新 organisations) whose members served, or that claimed a wish or need, in the period. */
  activeUnits: number;
}

export interface PartyFigures {
  from: number;
  to: number;
  /** The total row first, then one row per group. */
  rows: PartyFigureRow[];
}

export const partyFigureSchemas = {
  'partyFigures.compute': partyFiguresInput,
} as const;

export interface PartyFigureOutputs {
  'partyFigures.compute': PartyFigures;
}

/** The figures of one scope as the wall's Party panel and the briefing's Party slide carry them. */
export interface PartyWorkSummary {
  from: number;
  to: number;
  needs: NeedFigures;
  wishes: WishFigures;
  dualReport: DualReportFigures;
  volunteers: VolunteerFigures;
  activeUnits: number;
}
