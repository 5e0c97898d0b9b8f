// 三微 (微心愿, 微服务, 微项目): what crosses the boundary. The three are one item with a kind:
// a 微心愿 is something a resident needs (a school bag, a rice cooker), a 微服务 something done
// for them (a haircut at home, a repair), a 微项目 a small job for a building or a grid (a
// bench, a ramp) with no single resident. They share one flow, decided in the core
// (src/main/core/wishes/transitions.ts):
//   pending_review ─approve→ approved ─publish→ published ─claim→ claimed ─fulfil→ fulfilled ─feedback→ evaluated
//   pending_review ─reject→ rejected;  pending_review|approved|published ─withdraw→ withdrawn;  claimed ─release→ published
import { z } from 'zod';
import { calendarDate, epochMs, id as idRule, note as noteRule, reason as reasonRule, text, wholeIn } from './inputRules';
import { SATISFACTIONS, WISH_CATEGORIES, WISH_KINDS, WISH_STATUSES, type Satisfaction, type WishCategory, type WishKind, type WishStatus } from './vocab/wishes';

export { SATISFACTIONS, WISH_CATEGORIES, WISH_KINDS, WISH_STATUSES, type Satisfaction, type WishCategory, type WishKind, type WishStatus } from './vocab/wishes';

/** Still waiting for someone to act on it (the figures' 未实现). */
export const OPEN_WISH_STATUSES: readonly WishStatus[] = ['pending_review', 'approved', 'published', 'claimed'];
/** 已实现: fulfilled, with or without the resident's feedback yet. */
export const FULFILLED_WISH_STATUSES: readonly WishStatus[] = ['fulfilled', 'evaluated'];

export const WISH_ACTIONS = ['approve', 'reject', 'publish', 'claim', 'release', 'fulfil', 'feedback', 'withdraw'] as const;
export type WishAction = (typeof WISH_ACTIONS)[number];

/** Who claims a wish: a Party member, a unit (its Party organisation) or a volunteer team. */
export const CLAIMANT_KINDS = ['member', 'unit', 'team'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

const id = idRule();

const photo = z.strictObject({
  name: text(120, { min: 1, minMessage: 'is required: the file name' }),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp'], { error: 'must be a JPEG, PNG or WebP image' }),
  /** Base64 of the file; at most 5 MiB decoded. */
  dataBase64: z.string().max(7_000_000, 'is too large (5 MiB at most)'),
});

export const wishRecordInput = z
  .strictObject({
    kind: z.enum(WISH_KINDS, { error: `must be one of ${WISH_KINDS.join(', ')}` }),
    category: z.enum(WISH_CATEGORIES, { error: `must be one of ${WISH_CATEGORIES.join(', ')}` }),
    title: text(60, { min: 2, minMessage: 'is required: what is wished for (at least 2 characters)' }),
    detail: text(1000).optional(),
    /** The resident it is for (a 微项目 may have none: it serves a building or grid). */
    residentId: id.optional(),
    /** Where, for a 微项目 without a resident (the resident's building otherwise). */
    buildingId: id.optional(),
    /** The grid worker or building head who collected it (a grid_staff post). */
    collectorStaffId: id,
    /** When it was collected; the core's clock when omitted. Not in the future. */
    collectedAt: epochMs().optional(),
  })
  .refine((w) => w.kind === 'project' || w.residentId !== undefined, { path: ['residentId'], message: 'is required: a 微心愿 or 微服务 is for one resident' })
  .refine((w) => w.residentId !== undefined || w.buildingId !== undefined, { path: ['buildingId'], message: 'is required: where the 微项目 is (a building)' });

export const claimantSchema = z.strictObject({ kind: z.enum(CLAIMANT_KINDS, { error: `must be one of ${CLAIMANT_KINDS.join(', ')}` }), id });
export type Claimant = z.infer<typeof claimantSchema>;

const withWish = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ wishId: id, ...shape });

export const wishActInput = z.discriminatedUnion(
  'action',
  [
    withWish({ action: z.literal('approve'), note: noteRule().optional() }),
    withWish({ action: z.literal('reject'), note: reasonRule() }),
    withWish({ action: z.literal('publish'), note: noteRule().optional() }),
    withWish({ action: z.literal('claim'), claimant: claimantSchema, note: noteRule().optional() }),
    withWish({ action: z.literal('release'), note: reasonRule() }),
    withWish({
      action: z.literal('fulfil'),
      /** Hours of service given (recorded against a member claimant's 双报到 service). */
      hours: z.number({ error: 'must be a number' }).positive('must be more than 0').max(24, 'must be at most 24 hours'),
      photos: z.array(photo).min(1, 'at least one photo of the wish fulfilled').max(6, 'at most 6 photos'),
      note: noteRule().optional(),
    }),
    withWish({ action: z.literal('feedback'), satisfaction: z.enum(SATISFACTIONS, { error: `must be one of ${SATISFACTIONS.join(', ')}` }), note: noteRule().optional() }),
    withWish({ action: z.literal('withdraw'), note: reasonRule() }),
  ],
  { error: `action must be one of ${WISH_ACTIONS.join(', ')}` },
);
export type WishActInput = z.infer<typeof wishActInput>;

export const wishListInput = z.strictObject({
  status: z.array(z.enum(WISH_STATUSES)).max(WISH_STATUSES.length).optional(),
  kind: z.enum(WISH_KINDS).optional(),
  communityId: id.optional(),
  gridId: id.optional(),
  /** Collected on or after (YYYY-MM-DD, China time). */
  from: calendarDate().optional(),
  q: text(60).optional(),
  limit: wholeIn(1, 500).default(100),
  offset: wholeIn(0, 1_000_000).default(0),
});

export interface WishClaimantView {
  kind: ClaimantKind;
  id: number;
  /** A unit's or team's name; a member's name as the caller's role may see it (masked, or null). */
  name: string | null;
}

export interface WishListItem {
  id: number;
  code: string;
  kind: WishKind;
  category: WishCategory;
  title: string;
  status: WishStatus;
  communityId: number;
  communityName: string;
  gridId: number;
  gridName: string;
  /** The resident's name as the role may see it: masked (张**) or null. */
  residentName: string | null;
  collectedAt: number;
  claimant: WishClaimantView | null;
  /** Days since it was collected (to now, or to when it was fulfilled or closed). */
  ageDays: number;
}

export interface WishEventView {
  at: number;
  action: WishAction | 'record';
  fromStatus: WishStatus | null;
  toStatus: WishStatus;
  note: string;
  /** The account's display name (staff, not residents). */
  by: string | null;
}

export interface WishDetail extends WishListItem {
  detail: string;
  /** Building address without unit and room (the resident's building, or the project's). */
  place: string | null;
  collector: { staffId: number; name: string; role: string };
  reviewNote: string | null;
  fulfilNote: string | null;
  serviceHours: number | null;
  satisfaction: Satisfaction | null;
  feedbackNote: string | null;
  closeReason: string | null;
  photos: { id: number; name: string; mime: string; dataBase64: string }[];
  events: WishEventView[];
  /** The steps legal now for this caller (the drawer shows only these). */
  actions: WishAction[];
}

export interface WishList {
  total: number;
  /** Counts per status of the same filter without the status filter (the chips' numbers). */
  byStatus: Record<WishStatus, number>;
  items: WishListItem[];
}

/** Who may claim, for the claim picker: members, units and teams of the wish's community. */
export interface ClaimantOption {
  kind: ClaimantKind;
  id: number;
  name: string | null;
  detail: string;
}

/** A grid worker or building head of the community who may have collected a wish. */
export interface CollectorOption {
  staffId: number;
  name: string;
  role: string;
  gridId: number;
  gridName: string;
}

export const wishSchemas = {
  'wish.list': wishListInput,
  'wish.detail': z.strictObject({ id }),
  'wish.record': wishRecordInput,
  'wish.act': wishActInput,
  'wish.claimants': z.strictObject({ wishId: id }),
  'wish.collectors': z.strictObject({ communityId: id }),
} as const;

export interface WishOutputs {
  'wish.list': WishList;
  'wish.detail': WishDetail;
  'wish.record': WishDetail;
  'wish.act': WishDetail;
  'wish.claimants': ClaimantOption[];
  'wish.collectors': CollectorOption[];
}
