// The periods the 楼栋工作日 tab offers, as calendar dates in China time from the server's today.
import { chinaIsoDate } from '../../shared/periods';
import type { VisitPeriod } from './visitMapStore';

export const VISIT_PERIODS = ['week', 'month', 'lastMonth'] as const;
export type VisitPeriodKind = (typeof VISIT_PERIODS)[number];

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function visitPeriod(kind: VisitPeriodKind, nowMs: number): VisitPeriod {
  const today = chinaIsoDate(nowMs);
  if (kind === 'week') {
    const wd = new Date(`${today}T00:00:00Z`).getUTCDay();
    return { from: shift(today, -((wd + 6) % 7)), to: today };
  }
  const monthStart = `${today.slice(0, 7)}-01`;
  if (kind === 'month') return { from: monthStart, to: today };
  const lastEnd = shift(monthStart, -1);
  return { from: `${lastEnd.slice(0, 7)}-01`, to: lastEnd };
}
