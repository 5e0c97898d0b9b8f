import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../shared/domain';
import { describeMap, type MapState } from './describeMap';
import { LAYER, SRC } from './layerIds';
import { tinyBase } from './testFixtures';

const allOn = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, true])) as Record<OverlayKind, boolean>;
const allOff = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, false])) as Record<OverlayKind, boolean>;

function state(patch: Partial<MapState> = {}): MapState {
  return { base: tinyBase(), overlays: {}, visible: allOn, gridsVisible: true, labelsVisible: true, selection: null, ...patch };
}

function layer(id: string, s: MapState) {
  const found = describeMap(s).layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('describeMap', () => {
  it('is a valid MapLibre style with no glyphs, sprite or any URL', () => {
    const d = describeMap(state({ selection: { kind: 'building', id: 1 } }));
    const style = { version: 8 as const, sources: d.sources, layers: d.layers };
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|\/\//);
  });

  it('gives every layer a unique id and an existing source', () => {
    const d = describeMap(state());
    const ids = d.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of d.layers) if ('source' in l) expect(d.sources, l.id).toHaveProperty(String(l.source));
  });

  it('switches overlays by layout visibility only', () => {
    expect(layer(LAYER.casesCircle, state()).layout).toMatchObject({ visibility: 'visible' });
    expect(layer(LAYER.casesCircle, state({ visible: allOff })).layout).toMatchObject({ visibility: 'none' });
    expect(layer(LAYER.tenantsCluster, state({ visible: allOff })).layout).toMatchObject({ visibility: 'none' });
  });

  it('draws overlays above the grids and labels above the overlays', () => {
    const ids = describeMap(state()).layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.gridFill)).toBeLessThan(ids.indexOf(LAYER.buildingFill));
    expect(ids.indexOf(LAYER.buildingFill)).toBeLessThan(ids.indexOf(LAYER.casesCircle));
    expect(ids.indexOf(LAYER.casesCircle)).toBeLessThan(ids.indexOf(LAYER.communityLabel));
  });

  it('keeps grids clickable when their colour is switched off', () => {
    const hidden = layer(LAYER.gridFill, state({ gridsVisible: false }));
    expect(hidden.layout?.visibility).not.toBe('none');
  });

  it('renders text with the local CJK font stack', () => {
    const label = layer(LAYER.communityLabel, state());
    expect(JSON.stringify(label.layout)).toContain('Noto Sans CJK SC');
  });

  it('clusters tenants and reuses the base buildings for the buildings overlay', () => {
    const d = describeMap(state());
    expect(d.sources[SRC.tenants]).toMatchObject({ cluster: true });
    expect(layer(LAYER.buildingFill, state())).toMatchObject({ source: SRC.buildings });
  });
});

describe('label zooms', () => {
  it('shows community names on the overview of a small street and of a large one', async () => {
    const { labelZooms, overviewZoom } = await import('./zoom');
    const small: [number, number, number, number] = [106.53, 29.55, 106.536, 29.555];
    const large: [number, number, number, number] = [106.5, 29.53, 106.54, 29.56];
    for (const bbox of [small, large]) {
      const z = labelZooms(bbox);
      expect(z.communityLabelsUntil).toBeGreaterThan(overviewZoom(bbox));
      expect(z.gridLabelsFrom).toBeLessThan(z.communityLabelsUntil);
    }
  });
});
