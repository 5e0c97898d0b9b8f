// Cases per Shanghai calendar day over the period, beside day n of the previous period.
// Cancelled cases (作废) count nowhere, as in the indicators; a day's closes are cases
// closed that day (status closed: a case is never cancelled after its close).
import type { BriefingPeriod, BriefingTrendDay } from '../../../shared/briefing';
import type { Db } from '../db/database';
import { shanghaiDate, shanghaiDayIndex, shanghaiDayStart } from '../calendar/workCalendar';
import { caseCountsBy, type CaseCounts, type CountScope } from '../aggregates/caseCounts';
import type { ScopeSql } from './scope';

/** The period's kept counts per day (aggregates/caseCounts), in the briefing's scope. */
function perDay(db: Db, period: BriefingPeriod, scope: ScopeSql): Map<number, CaseCounts> {
  const s: CountScope = scope.indicators.kind === 'community' ? { kind: 'community', id: scope.indicators.id } : { kind: 'street' };
  return caseCountsBy(db, period.from, period.to, s, 'day');
}

export function dailyTrend(db: Db, period: BriefingPeriod, previous: BriefingPeriod, scope: ScopeSql): BriefingTrendDay[] {
  const now = perDay(db, period, scope);
  const before = perDay(db, previous, scope);
  const first = shanghaiDayIndex(period.from);
  const last = shanghaiDayIndex(period.to - 1);
  const previousFirst = shanghaiDayIndex(previous.from);
  const days: BriefingTrendDay[] = [];
  for (let d = first; d <= last; d++) {
    days.push({
      date: shanghaiDate(shanghaiDayStart(d)),
      reported: now.get(d)?.reported ?? 0,
      closed: now.get(d)?.closed ?? 0,
      previousReported: before.get(previousFirst + (d - first))?.reported ?? 0,
    });
  }
  return days;
}
