// The kinds of a decision's follow-up item, zod-free so the renderer can import them without building the API's schemas.
export const DECISION_ITEM_KINDS = ['case', 'supervise', 'party_list', 'task'] as const;
export type DecisionItemKind = (typeof DECISION_ITEM_KINDS)[number];
