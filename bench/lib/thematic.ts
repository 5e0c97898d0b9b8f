// Thematic maps and service coverage through the API, as the console asks for them:
// thematic.grids with every metric (one call feeds every choropleth), the case heat map
// for the last 365 days, and coverage.compute with every facility kind: the first call
// (which also prepares the statements, and for coverage merges the circles, kept
// afterwards) and the median of five after it.
import type { CaseHeat, CoverageResult, ThematicGrids } from '../../src/shared/thematic';
import { medianOf, timeIt } from './measure';

type Call = (method: string, input: unknown) => Promise<unknown>;

/** A call that returned an ApiResult rather than the bare output: unwrap it or fail. */
function unwrap<T>(result: unknown, method: string): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const r = result as { ok: boolean; result?: unknown; error?: unknown };
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.result as T;
  }
  return result as T;
}

/** The first call (statements prepared, coverage's union merged) and the median of five after it. */
async function timed<T>(call: Call, method: string, input: unknown): Promise<{ firstMs: number; medianMs: number; value: T; jsonBytes: number }> {
  const first = await timeIt(async () => unwrap<T>(await call(method, input), method));
  let value = first.value;
  const runs = await medianOf(5, async () => {
    value = unwrap<T>(await call(method, input), method);
  });
  return { firstMs: first.ms, medianMs: runs.medianMs, value, jsonBytes: JSON.stringify(value).length };
}

export async function benchThematic(call: Call, year: { from: number; to: number }) {
  const grids = await timed<ThematicGrids>(call, 'thematic.grids', year);
  const heat = await timed<CaseHeat>(call, 'thematic.caseHeat', year);
  const coverage = await timed<CoverageResult>(call, 'coverage.compute', { kinds: ['party_service_center', 'convenience_station', 'volunteer_point'] });
  return {
    gridsAllMetrics: { firstMs: grids.firstMs, medianMs: grids.medianMs, grids: grids.value.grids.length, metrics: grids.value.layers.length, jsonBytes: grids.jsonBytes },
    caseHeatYear: { firstMs: heat.firstMs, medianMs: heat.medianMs, cases: heat.value.total, points: heat.value.points.length, jsonBytes: heat.jsonBytes },
    coverageAllKinds: {
      firstMs: coverage.firstMs,
      medianMs: coverage.medianMs,
      facilities: coverage.value.facilities,
      householdsOutside: coverage.value.totals.outside,
      buildingsOutside: coverage.value.outsideBuildings.features.length,
      jsonBytes: coverage.jsonBytes,
    },
  };
}
