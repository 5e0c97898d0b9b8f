// Case-handling indicators after GB/T 30428.4 (数字化城市管理信息系统 绩效评价): the
// types every screen (wall, dispatch console, briefing, ledger) shares, so that 结案率 on
// one screen is 结案率 on every other. The definitions live with the computation in
// src/main/core/indicators/computeIndicators.ts.

/** Who handles a case: a grid staff member (事件先属地) or a department (部件先属主). */
export type HandlerKind = 'staff' | 'department';

/**
 * Which cases the figures cover. 'department' and 'staff' select cases by their current
 * handler (assignee); 'category' takes a large category (with all its subcategories) or
 * a single subcategory.
 */
export type IndicatorScope =
  | { kind: 'street' }
  | { kind: 'community' | 'grid' | 'category' | HandlerKind; id: number };

/** How the rows are split; 'handler' gives one row per staff member or department handling cases. */
export const INDICATOR_GROUP_BYS = ['community', 'grid', 'department', 'handler', 'category', 'none'] as const;
export type IndicatorGroupBy = (typeof INDICATOR_GROUP_BYS)[number];

export interface IndicatorQuery {
  /** Period start, epoch ms, inclusive. */
  from: number;
  /** Period end, epoch ms, exclusive. */
  to: number;
  /** Defaults to the whole street. */
  scope?: IndicatorScope;
  /** Defaults to 'none' (the total row only). */
  groupBy?: IndicatorGroupBy;
}

/** What a row stands for: the whole scope, or one group of it. */
export type IndicatorRowKind = 'total' | 'community' | 'grid' | 'category' | HandlerKind;

export interface IndicatorRow {
  /** 'total', or '<kind>:<id>', e.g. 'grid:12', 'staff:40', 'department:3', 'category:41'. Unique within one answer. */
  key: string;
  kind: IndicatorRowKind;
  /** Database id of the group (a large category's id for 'category'); null on the total row. */
  id: number | null;
  /** Chinese name of the group: community, grid, department, staff member, '部件·公用设施'; '合计' on the total row. */
  label: string;
  /** 上报数 (valid reports): reported in the period and not cancelled (作废). */
  reported: number;
  /** 应结案数: cases that fell due in the period. */
  due: number;
  /** 延期数: due cases with an approved extension (延期); left out of the rate denominators. */
  deferred: number;
  /** 结案数: due cases, not deferred, closed by the end of the period. */
  closed: number;
  /** 按期结案数: of those, closed no later than their due time. */
  closedOnTime: number;
  /** 超期未结案数: due cases still not closed at the end of the period (all are past due then), deferred ones included. */
  overdueOpen: number;
  /** 返工数: due cases sent back for rework at least once (核查不通过). */
  reworked: number;
  /** 结案率 = closed ÷ (due − deferred); null when the denominator is 0. */
  closeRate: number | null;
  /** 按期结案率 = closedOnTime ÷ (due − deferred); null when the denominator is 0. */
  onTimeRate: number | null;
  /** 返工率 = reworked ÷ due; null when due is 0. */
  reworkRate: number | null;
  /** 延期率 = deferred ÷ due; null when due is 0. */
  deferRate: number | null;
  /** Mean hours from dispatch (派遣) to close (结案), calendar time, over due cases closed by the end of the period. */
  avgHandlingHours: number | null;
  /** Evaluations (群众评价) made in the period. */
  evaluated: number;
  /** Mean stars (1–5) of those evaluations; null when there were none. */
  satisfaction: number | null;
  /** Share of those evaluations with 4 or 5 stars (满意率); null when there were none. */
  satisfiedRate: number | null;
}
