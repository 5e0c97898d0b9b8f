// Grid and department league tables for the period, straight from computeIndicators so a
// grid's 按期结案率 here is the one every other screen shows.
import type { IndicatorRow } from '../../../shared/indicators';

/** Best first: higher on-time rate (no cases due sorts last), then fewer overdue, then more work done. */
export function byPerformance(a: IndicatorRow, b: IndicatorRow): number {
  const ra = a.onTimeRate ?? -1;
  const rb = b.onTimeRate ?? -1;
  return rb - ra || a.overdueOpen - b.overdueOpen || b.due - a.due || a.label.localeCompare(b.label, 'zh-CN');
}

/** The group rows (not the total) ranked; departments without any case in the period are left out. */
export function rank(rows: readonly IndicatorRow[], keepIdle: boolean): IndicatorRow[] {
  return rows.filter((r) => r.kind !== 'total' && (keepIdle || r.due > 0 || r.reported > 0 || r.overdueOpen > 0)).sort(byPerformance);
}
