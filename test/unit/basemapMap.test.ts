// The basemap in the map description: a valid style with no network URL, its layers above
// the street's ground and under the grids, absent without a file or when switched off, and
// diffed in as the bridge expects (a vector source added, the dimmer as paint changes only,
// another file as a fresh source).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../src/shared/domain';
import type { BasemapView } from '../../src/shared/basemap';
import { describeMap } from '../../src/renderer/map/describeMap';
import { diffMap } from '../../src/renderer/map/diffMap';
import { LAYER } from '../../src/renderer/map/layerIds';
import { tinyBase, tinyOverlays } from '../../src/renderer/map/testFixtures';
import { withBasemap } from '../../src/renderer/map/basemap/withBasemap';
import { BASEMAP_LAYER, BASEMAP_SOURCE } from '../../src/renderer/map/basemap/basemapStyle';

const allOn = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, true])) as Record<OverlayKind, boolean>;
const plain = describeMap({ base: tinyBase(), overlays: tinyOverlays(), visible: allOn, gridsVisible: true, labelsVisible: true, selection: null });

const view: BasemapView = {
  info: { kind: 'pmtiles', path: '/media/usb/jiulong.pmtiles', fileName: 'jiulong.pmtiles', bytes: 123_456, minZoom: 10, maxZoom: 14, bounds: [106.46, 29.45, 106.56, 29.55], name: null, attribution: '© OpenStreetMap contributors' },
  path: '/media/usb/jiulong.pmtiles',
  problem: null,
  problemMessage: null,
};
const on = { on: true, strength: 0.7 };

describe('the basemap in the map description', () => {
  it('changes nothing without a usable file or when switched off', () => {
    expect(withBasemap(plain, null, 1, on)).toBe(plain);
    expect(withBasemap(plain, { ...view, info: null, problem: 'not_found', problemMessage: 'gone' }, 1, on)).toBe(plain);
    expect(withBasemap(plain, view, 1, { on: false, strength: 0.7 })).toBe(plain);
  });

  it('is a valid style whose tiles come from our own scheme, drawn above the street area and under the grids', () => {
    const d = withBasemap(plain, view, 3, on);
    const style = { version: 8 as const, sources: { ...d.sources, ...d.vectorSources }, layers: d.layers };
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|glyphs|sprite/);
    expect(d.vectorSources?.[BASEMAP_SOURCE]).toMatchObject({ type: 'vector', tiles: ['streetops-basemap://v3/{z}/{x}/{y}'], minzoom: 10, maxzoom: 14 });
    const ids = d.layers.map((l) => l.id);
    const first = ids.indexOf(BASEMAP_LAYER.landuse);
    expect(first).toBe(ids.indexOf(LAYER.streetArea) + 1);
    for (const id of Object.values(BASEMAP_LAYER)) expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf(LAYER.gridFill));
    // Everything else keeps its order.
    expect(ids.filter((id) => !id.startsWith('basemap-'))).toEqual(plain.layers.map((l) => l.id));
  });

  it('diffs in as one vector source and its layers; the dimmer is paint only; another file is a fresh source', () => {
    const shown = withBasemap(plain, view, 1, on);
    const add = diffMap(plain, shown);
    expect(add.filter((o) => o.op === 'addSource')).toEqual([{ op: 'addSource', id: BASEMAP_SOURCE, source: shown.vectorSources![BASEMAP_SOURCE] }]);
    expect(add.filter((o) => o.op === 'addLayer').map((o) => (o.op === 'addLayer' ? o.layer.id : ''))).toEqual(Object.values(BASEMAP_LAYER).reverse());
    expect(add.some((o) => o.op === 'setData' || o.op === 'removeLayer')).toBe(false);

    const dimmer = diffMap(shown, withBasemap(plain, view, 1, { on: true, strength: 0.3 }));
    expect(dimmer.length).toBeGreaterThan(0);
    expect(dimmer.every((o) => o.op === 'setPaintProperty' && o.id.startsWith('basemap-'))).toBe(true);

    const other = diffMap(shown, withBasemap(plain, view, 2, on));
    expect(other.filter((o) => o.op === 'removeSource' || o.op === 'addSource').map((o) => o.op)).toEqual(['removeSource', 'addSource']);

    const off = diffMap(shown, plain);
    expect(off.filter((o) => o.op === 'removeSource')).toEqual([{ op: 'removeSource', id: BASEMAP_SOURCE }]);
    expect(off.filter((o) => o.op === 'removeLayer')).toHaveLength(Object.values(BASEMAP_LAYER).length);
  });
});
