// 三张清单 categories and statuses, zod-free so the renderer can import them without building the API's schemas.
/** What an item is about. The first nine are fields of service; the last three are forms a
 *  resource takes (a venue, money, volunteers' time) that serve several fields. */
export const PARTY_LIST_CATEGORIES = [
  'elderly_child', // 助老扶幼
  'environment', // 环境整治
  'culture_sports', // 文体活动
  'employment', // 就业帮扶
  'legal', // 法律咨询
  'health', // 医疗健康
  'education', // 教育培训
  'hardship', // 困难帮扶
  'safety', // 平安建设
  'venue', // 场地
  'funds', // 资金
  'volunteer_time', // 志愿时间
] as const;
export type PartyListCategory = (typeof PARTY_LIST_CATEGORIES)[number];

export const PARTY_LIST_STATUSES = ['published', 'claimed', 'in_progress', 'completed', 'evaluated', 'withdrawn'] as const;
export type PartyListStatus = (typeof PARTY_LIST_STATUSES)[number];
/** Statuses in which an item is still open work (not finished, not withdrawn). */
export const PARTY_LIST_OPEN: readonly PartyListStatus[] = ['published', 'claimed', 'in_progress'];
