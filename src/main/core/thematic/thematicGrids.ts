// thematic.grids: every grid's value of the asked metrics (all of them by default), with
// each metric's class breaks, so the map and its legend classify alike.
import { METRIC_DECIMALS, THEMATIC_METRICS, type ThematicGrids, type ThematicGridsInput, type ThematicLayer, type ThematicMetric } from '../../../shared/thematic';
import type { Db } from '../db/database';
import { classBreaks, classOf } from './classBreaks';
import { gridCounts } from './gridCounts';
import { metricValue } from './metrics';
import { thematicPeriod } from './period';

function layerOf(metric: ThematicMetric, values: readonly (number | null)[]): ThematicLayer {
  const present = values.filter((v): v is number => v !== null);
  const breaks = classBreaks(present, METRIC_DECIMALS[metric]);
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of present) counts[classOf(v, breaks)]! += 1;
  return {
    metric,
    breaks,
    min: present.length ? Math.min(...present) : null,
    max: present.length ? Math.max(...present) : null,
    counts,
    noData: values.length - present.length,
  };
}

export function thematicGrids(db: Db, input: ThematicGridsInput, now: number): ThematicGrids {
  const period = thematicPeriod(input, now);
  const metrics: readonly ThematicMetric[] = input.metric ? [input.metric] : THEMATIC_METRICS;
  const counts = gridCounts(db, period, now);
  const grids = counts.map((c) => ({ gridId: c.gridId, values: Object.fromEntries(metrics.map((m) => [m, metricValue(m, c)])) }));
  const layers = metrics.map((m) => layerOf(m, grids.map((g) => g.values[m] ?? null)));
  return { period, at: now, layers, grids };
}
