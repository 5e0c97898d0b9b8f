// The thematic maps' choices and data: the grid metric (all metrics come in one call and
// switching between them is instant), the case heat map and the service circles. Each is
// fetched only while it is on; a case changing anywhere refreshes the grid figures and
// the heat map. What the map draws comes out as a ThematicMapState, memoised so the map
// only diffs what changed.
import type { FeatureCollection, Point } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FACILITY_KINDS, type CaseClass, type FacilityKind } from '../../../shared/domain';
import type { ThematicMetric } from '../../../shared/thematic';
import type { MapBase } from '../../../shared/views';
import { api } from '../../api/api';
import { useApiQuery, type QueryState } from '../../api/useApiQuery';
import type { ThematicMapState } from '../../map/describeMap';
import { choroplethColor, choroplethGrids } from '../../map/thematic/choropleth';
import { thematicPeriod, type ThematicPeriodPreset } from './thematicPeriod';
import { officeNow } from '../../session/officeClock';

export interface ThematicChoice {
  metric: ThematicMetric | null;
  period: ThematicPeriodPreset;
  heat: boolean;
  /** Only events or only components on the heat map; null = both. */
  heatClass: CaseClass | null;
  coverage: boolean;
  kinds: FacilityKind[];
}

const INITIAL: ThematicChoice = { metric: null, period: 'last12Months', heat: false, heatClass: null, coverage: false, kinds: [...FACILITY_KINDS] };
const REFRESH_DEBOUNCE_MS = 1500;
/**
 * The last answer while the next one loads (a new period, a new class), so the map and
 * the legend keep showing something instead of flashing back to the plain map; nothing
 * once switched off.
 */
function useLatest<T>(q: QueryState<T>, on: boolean): T | null {
  const last = useRef<T | null>(null);
  if (!on) last.current = null;
  else if (q.status === 'ok') last.current = q.data;
  return last.current;
}

export function useThematic(base: MapBase | null, enabled: boolean) {
  const [choice, setChoice] = useState<ThematicChoice>(INITIAL);
  const [now, setNow] = useState(() => officeNow());
  const [reload, setReload] = useState(0);
  const period = useMemo(() => thematicPeriod(choice.period, now), [choice.period, now]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('case.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        setNow(officeNow());
        setReload((n) => n + 1);
      }, REFRESH_DEBOUNCE_MS);
    });
    // Grids redrawn: per-grid figures and households outside belong to the new grids.
    const offTerritory = api.on('territory.changed', () => setReload((n) => n + 1));
    return () => {
      clearTimeout(timer);
      off();
      offTerritory();
    };
  }, []);

  const gridsOn = enabled && choice.metric !== null;
  const heatOn = enabled && choice.heat;
  const coverageOn = enabled && choice.coverage && choice.kinds.length > 0;
  const grids = useApiQuery('thematic.grids', gridsOn ? { from: period.from, to: period.to } : null, reload);
  const heat = useApiQuery('thematic.caseHeat', heatOn ? { from: period.from, to: period.to, ...(choice.heatClass ? { categoryClass: choice.heatClass } : {}) } : null, reload);
  const coverage = useApiQuery('coverage.compute', coverageOn ? { kinds: choice.kinds } : null, reload);

  const gridsData = useLatest(grids, gridsOn);
  const heatData = useLatest(heat, heatOn);
  const coverageData = useLatest(coverage, coverageOn);
  const layer = gridsData?.layers.find((l) => l.metric === choice.metric) ?? null;

  const choropleth = useMemo(() => {
    if (!base || !gridsData || !layer) return null;
    return { grids: choroplethGrids(base.grids, gridsData, layer.metric), color: choroplethColor(layer) };
  }, [base, gridsData, layer]);

  const heatMap = useMemo(() => {
    if (!heatData) return null;
    const points: FeatureCollection<Point, { w: number }> = {
      type: 'FeatureCollection',
      features: heatData.points.map(([lng, lat, w]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { w } })),
    };
    return { points, total: heatData.total, areaKm2: base?.street.areaKm2 ?? 1, latitude: base?.street.center[1] ?? 0 };
  }, [heatData, base]);

  const coverageMap = useMemo(() => (coverageData ? { circles: coverageData.circles, covered: coverageData.coveredArea, outside: coverageData.outsideBuildings } : null), [coverageData]);

  const mapState = useMemo<ThematicMapState | null>(
    () => (choropleth || heatMap || coverageMap ? { choropleth, heat: heatMap, coverage: coverageMap } : null),
    [choropleth, heatMap, coverageMap],
  );

  const update = useCallback((patch: Partial<ThematicChoice>) => setChoice((c) => ({ ...c, ...patch })), []);
  const busy = (gridsOn && grids.status === 'loading') || (heatOn && heat.status === 'loading') || (coverageOn && coverage.status === 'loading');

  return {
    choice,
    update,
    period,
    grids: gridsOn ? grids : null,
    gridsData,
    layer,
    heat: heatOn ? heat : null,
    heatData,
    coverage: coverageOn ? coverage : null,
    coverageData,
    mapState,
    busy,
  };
}

export type Thematic = ReturnType<typeof useThematic>;
