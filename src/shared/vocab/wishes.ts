// 三微 kinds, categories, statuses and the residents' satisfaction, zod-free so the renderer can import them without building the API's schemas.
export const WISH_KINDS = ['wish', 'service', 'project'] as const;
export type WishKind = (typeof WISH_KINDS)[number];

export const WISH_CATEGORIES = ['daily_goods', 'study', 'health', 'repair', 'companionship', 'festival', 'environment', 'other'] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];

export const WISH_STATUSES = ['pending_review', 'approved', 'rejected', 'published', 'claimed', 'fulfilled', 'evaluated', 'withdrawn'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export const SATISFACTIONS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
