// The thematic maps as map description: a valid style, the grid fill driven by the
// joined metric value, heat and circles drawn under the point overlays, and nothing
// thematic visible when nothing is chosen.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../../shared/domain';
import type { ThematicGrids } from '../../../shared/thematic';
import { describeMap, type MapState, type ThematicMapState } from '../describeMap';
import { LAYER, SRC } from '../layerIds';
import { THEMATIC_NO_DATA } from '../palette';
import { tinyBase, tinyOverlays } from '../testFixtures';
import { MUTED_BUILDING_OPACITY } from '../overlays/buildingsOverlay';
import { MUTED_CASE_OPACITY } from '../overlays/casesOverlay';
import { heatIntensity, heatRadiusPx } from './caseHeatLayers';
import { choroplethColor, choroplethGrids } from './choropleth';

const allOn = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, true])) as Record<OverlayKind, boolean>;
const base = tinyBase();
const result: ThematicGrids = {
  period: { from: 0, to: 1 },
  at: 1,
  layers: [{ metric: 'partyCoverage', breaks: [50], min: 40, max: 80, counts: [1, 1], noData: 0 }],
  grids: [
    { gridId: 1, values: { partyCoverage: 40 } },
    { gridId: 2, values: { partyCoverage: null } },
  ],
};

function thematic(patch: Partial<ThematicMapState> = {}): ThematicMapState {
  return {
    choropleth: { grids: choroplethGrids(base.grids, result, 'partyCoverage'), color: choroplethColor(result.layers[0]!) },
    heat: { points: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.54, 29.555] }, properties: { w: 3 } }] }, total: 3, areaKm2: 2, latitude: 29.5 },
    coverage: {
      circles: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: base.grids.features[0]!.geometry, properties: { facilityId: 1, kind: 'volunteer_point', name: '点' } }] },
      covered: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: base.grids.features[0]!.geometry, properties: {} }] },
      outside: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.545, 29.555] }, properties: { buildingId: 2, gridId: 2, households: 40 } }] },
    },
    ...patch,
  };
}

function state(t: ThematicMapState | null): MapState {
  return { base, overlays: tinyOverlays(), visible: allOn, gridsVisible: true, labelsVisible: true, selection: null, thematic: t };
}

const layer = (s: MapState, id: string) => describeMap(s).layers.find((l) => l.id === id)!;

describe('thematic map layers', () => {
  it('are a valid MapLibre style', () => {
    const d = describeMap(state(thematic()));
    expect(validateStyleMin({ version: 8, sources: d.sources, layers: d.layers })).toEqual([]);
  });

  it('colour the grids by the joined metric value, grey where a grid has none', () => {
    const d = describeMap(state(thematic()));
    const grids = d.sources[SRC.grids]!.data as GeoJSON.FeatureCollection;
    expect(grids.features.map((f) => [f.properties?.['thematicMetric'], f.properties?.['thematicValue']])).toEqual([
      ['partyCoverage', 40],
      ['partyCoverage', undefined],
    ]);
    const fill = layer(state(thematic()), LAYER.gridFill);
    expect(fill.type === 'fill' && fill.paint?.['fill-color']).toEqual(['case', ['==', ['typeof', ['get', 'thematicValue']], 'number'], ['step', ['get', 'thematicValue'], '#edf8e9', 50, '#006d2c'], THEMATIC_NO_DATA]);
  });

  it('go back to the community colours and the base grids when no metric is chosen', () => {
    const d = describeMap(state(thematic({ choropleth: null })));
    expect(d.sources[SRC.grids]!.data).toBe(base.grids);
    expect(JSON.stringify(layer(state(null), LAYER.gridFill))).toContain('colorIndex');
  });

  it('draw the circles and the heat above the grids and buildings, under the point overlays', () => {
    const ids = describeMap(state(thematic())).layers.map((l) => l.id);
    for (const id of [LAYER.serviceCircleFill, LAYER.outsideBuildings, LAYER.caseHeat]) {
      expect(ids.indexOf(id), id).toBeGreaterThan(ids.indexOf(LAYER.gridOutline));
      expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf(LAYER.casesCircle));
    }
  });

  it('fade building fills and case markers while a grid metric is shown, and only then', () => {
    const paint = (s: MapState, id: string, key: string) => (layer(s, id).paint as Record<string, unknown>)[key];
    const shown = state(thematic());
    expect(JSON.stringify(paint(shown, LAYER.buildingFill, 'fill-opacity'))).toContain(String(MUTED_BUILDING_OPACITY));
    expect(paint(shown, LAYER.casesCircle, 'circle-opacity')).toBe(MUTED_CASE_OPACITY);
    const heatOnly = state(thematic({ choropleth: null }));
    for (const s of [heatOnly, state(null)]) {
      expect(JSON.stringify(paint(s, LAYER.buildingFill, 'fill-opacity'))).not.toContain(String(MUTED_BUILDING_OPACITY));
      expect(paint(s, LAYER.casesCircle, 'circle-opacity')).toBe(1);
    }
  });

  it('have no source and no layer while they are off', () => {
    const off = describeMap(state(null));
    for (const id of [LAYER.caseHeat, LAYER.serviceCircleFill, LAYER.serviceCircleOutline, LAYER.outsideBuildings]) {
      expect(off.layers.map((l) => l.id)).not.toContain(id);
      expect(layer(state(thematic()), id)).toBeDefined();
    }
    for (const id of [SRC.caseHeat, SRC.serviceCircles, SRC.coveredArea, SRC.outsideBuildings]) expect(off.sources).not.toHaveProperty(id);
  });

  it('scale the heat to the period: ten times the cases, a tenth of the intensity; the kernel a fixed 60 m on the ground', () => {
    expect(heatIntensity(4000, 9) / heatIntensity(40_000, 9)).toBeCloseTo(10, 6);
    // 40,000 cases over 9 km² put 16 cases in each (60 m)²: the average lands at 0.3 of the ramp.
    expect(heatIntensity(40_000, 9) * 16 * 0.65).toBeCloseTo(0.3, 2);
    // Zoom 15 at 29.5°N: 2.08 m per pixel.
    expect(heatRadiusPx(15, 29.5)).toBeCloseTo(60 / ((78_271.517 * Math.cos((29.5 * Math.PI) / 180)) / 2 ** 15), 6);
    expect(heatRadiusPx(16, 29.5) / heatRadiusPx(15, 29.5)).toBeCloseTo(2, 6);
    const heat = layer(state(thematic()), LAYER.caseHeat);
    expect(heat.type === 'heatmap' && heat.paint?.['heatmap-weight']).toEqual(['get', 'w']);
  });
});
