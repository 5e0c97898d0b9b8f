// The leaders' briefing deck (简报) for a period and a scope: overview against the previous
// period (the calendar period before, or the equal-length window before a run of days), daily trend, hot spots, categories, open overdue and supervised
// work, grid and department rankings, Party-building highlights. Rates come from
// computeIndicators only, so the deck agrees with every other screen. A month of a full
// street (41,000 cases) builds in ~0.2 s (see bench/lib/briefing.ts).
import type { BriefingDeck, BriefingInput } from '../../../shared/briefing';
import { comparisonOf } from '../../../shared/periods';
import type { IndicatorRow } from '../../../shared/indicators';
import type { Db } from '../db/database';
import { computeIndicators } from '../indicators/computeIndicators';
import { attention } from './attention';
import { categoryChanges } from './categories';
import { hotSpots } from './hotSpots';
import { overview } from './overview';
import { sharedCareFigure } from '../care/careFigure';
import { partyHighlights } from './party';
import { meetingsShared } from '../meetings/sharedFigures';
import { rank } from './rankings';
import { resolveScope } from './scope';
import { dailyTrend } from './trend';


function totalOf(rows: readonly IndicatorRow[]): IndicatorRow {
  const total = rows.find((r) => r.kind === 'total');
  if (!total) throw new Error('computeIndicators returned no total row');
  return total;
}

export function buildBriefing(db: Db, input: BriefingInput, now: number): BriefingDeck {
  const scope = resolveScope(db, input.scope);
  const period = { from: input.from, to: input.to };
  // One rule with the pickers: a calendar period against the one before it, a run of days against the window before it.
  const { kind: comparison, previous } = comparisonOf(period);
  const street = db.prepare('SELECT name FROM street LIMIT 1').pluck().get() as string | undefined;

  const byGrid = computeIndicators(db, { ...period, scope: scope.indicators, groupBy: 'grid' }, now);
  const byDepartment = computeIndicators(db, { ...period, scope: scope.indicators, groupBy: 'department' }, now);
  const byCommunity = computeIndicators(db, { ...period, scope: scope.indicators, groupBy: 'community' }, now);
  const before = computeIndicators(db, { ...previous, scope: scope.indicators }, now);

  return {
    streetName: street ?? '',
    scope: scope.view,
    period,
    previous,
    comparison,
    judgedAt: Math.min(now, period.to),
    madeAt: now,
    overview: overview(totalOf(byGrid), totalOf(before)),
    trend: dailyTrend(db, period, previous, scope),
    hotSpots: hotSpots(db, period, previous, scope),
    categories: categoryChanges(db, period, previous, scope),
    attention: attention(db, scope, now),
    rankings: { grids: rank(byGrid, true), departments: rank(byDepartment, false), communities: byCommunity.filter((r) => r.kind === 'community') },
    party: partyHighlights(db, scope, period, now),
    meetings: meetingsShared(db, now, scope.view.kind === 'street' ? null : scope.params.scopeId!),
    // Care now (not the period's): counts per grid with small numbers hidden, no person.
    care: sharedCareFigure(db, now, scope.view.kind === 'street' ? null : scope.params.scopeId!),
  };
}
