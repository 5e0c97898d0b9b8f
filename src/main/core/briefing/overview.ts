// The headline figures against the previous period. The rows come from computeIndicators
// (the one definition of every rate); this only lines them up and judges the change.
import type { BriefingKpi, BriefingKpiKey, BriefingOverview } from '../../../shared/briefing';
import type { IndicatorRow } from '../../../shared/indicators';

interface KpiDef {
  key: BriefingKpiKey;
  unit: BriefingKpi['unit'];
  /** Which direction is good news; 'none' for workload figures (more reports is not bad per se). */
  good: 'up' | 'down' | 'none';
}

const KPI_DEFS: readonly KpiDef[] = [
  { key: 'reported', unit: 'count', good: 'none' },
  { key: 'due', unit: 'count', good: 'none' },
  { key: 'closeRate', unit: 'rate', good: 'up' },
  { key: 'onTimeRate', unit: 'rate', good: 'up' },
  { key: 'overdueOpen', unit: 'count', good: 'down' },
  { key: 'reworkRate', unit: 'rate', good: 'down' },
  { key: 'satisfiedRate', unit: 'rate', good: 'up' },
  { key: 'avgHandlingHours', unit: 'hours', good: 'down' },
];

/** Changes smaller than this are "the same": a rate moving 0.05 percentage points is noise. */
const SAME = { count: 0, rate: 0.0005, hours: 0.05 } as const;

function kpi(def: KpiDef, current: number | null, previous: number | null): BriefingKpi {
  const delta = current !== null && previous !== null ? current - previous : null;
  const relative = delta !== null && def.unit !== 'rate' && previous ? delta / previous : null;
  let verdict: BriefingKpi['verdict'] = null;
  if (delta !== null && def.good !== 'none') {
    if (Math.abs(delta) <= SAME[def.unit]) verdict = 'same';
    else verdict = (delta > 0) === (def.good === 'up') ? 'better' : 'worse';
  }
  return { key: def.key, unit: def.unit, current, previous, delta, relative, verdict };
}

export function overview(current: IndicatorRow, previous: IndicatorRow): BriefingOverview {
  return { current, previous, kpis: KPI_DEFS.map((d) => kpi(d, current[d.key], previous[d.key])) };
}
