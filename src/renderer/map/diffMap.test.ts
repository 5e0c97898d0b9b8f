import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../shared/domain';
import type { OverlayPayload } from '../../shared/views';
import { describeMap, type MapState } from './describeMap';
import { diffMap, EMPTY_DESCRIPTION, type MapOp } from './diffMap';
import { LAYER, SRC } from './layerIds';
import type { MapDescription } from './mapDescription';
import { tinyBase, tinyOverlays } from './testFixtures';

const visible = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, k === 'cases'])) as Record<OverlayKind, boolean>;
const base = tinyBase();
const s0: MapState = { base, overlays: tinyOverlays(), visible, gridsVisible: true, labelsVisible: true, selection: null };

/** Replays ops on a plain model of the style, to check the result equals the target. */
function replay(start: MapDescription, ops: MapOp[]): { sources: string[]; layers: string[] } {
  const sources = new Set(Object.keys(start.sources));
  const layers = start.layers.map((l) => l.id);
  for (const op of ops) {
    if (op.op === 'addSource') sources.add(op.id);
    if (op.op === 'removeSource') sources.delete(op.id);
    if (op.op === 'removeLayer') layers.splice(layers.indexOf(op.id), 1);
    if (op.op === 'moveLayer') layers.push(...layers.splice(layers.indexOf(op.id), 1));
    if (op.op === 'addLayer') {
      const at = op.beforeId === undefined ? layers.length : layers.indexOf(op.beforeId);
      if (at < 0) throw new Error(`beforeId ${op.beforeId} not on the map`);
      layers.splice(at, 0, op.layer.id);
    }
  }
  return { sources: [...sources].sort(), layers };
}

describe('diffMap', () => {
  it('builds the whole style from nothing, in order', () => {
    const d = describeMap(s0);
    const ops = diffMap(EMPTY_DESCRIPTION, d);
    expect(replay(EMPTY_DESCRIPTION, ops)).toEqual({ sources: Object.keys(d.sources).sort(), layers: d.layers.map((l) => l.id) });
  });

  it('does nothing when nothing changed, even if the description was rebuilt', () => {
    expect(diffMap(describeMap(s0), describeMap({ ...s0 }))).toEqual([]);
  });

  it('turns an overlay on by adding its source and layers, and off by removing them, touching nothing else', () => {
    const on = { ...s0, visible: { ...visible, tenants: true } };
    const ops = diffMap(describeMap(s0), describeMap(on));
    expect(ops.filter((op) => op.op !== 'addLayer')).toEqual([{ op: 'addSource', id: SRC.tenants, source: describeMap(on).sources[SRC.tenants] }]);
    expect(ops.flatMap((op) => (op.op === 'addLayer' ? [op.layer.id] : [])).sort()).toEqual([LAYER.tenantsCluster, LAYER.tenantsClusterCount, LAYER.tenantsPoint].sort());
    expect(replay(describeMap(on), diffMap(describeMap(on), describeMap(s0)))).toEqual(replay(EMPTY_DESCRIPTION, diffMap(EMPTY_DESCRIPTION, describeMap(s0))));
  });

  it('sets new overlay data without touching the layers', () => {
    const payload: OverlayPayload = { kind: 'cases', features: { type: 'FeatureCollection', features: [...tinyOverlays().cases!.features.features] } };
    const ops = diffMap(describeMap(s0), describeMap({ ...s0, overlays: { cases: payload } }));
    expect(ops).toEqual([{ op: 'setData', id: SRC.cases, data: payload.features }]);
  });

  it('moves the selection with a filter change', () => {
    const a = describeMap({ ...s0, selection: { kind: 'building', id: 1 } });
    const b = describeMap({ ...s0, selection: { kind: 'building', id: 2 } });
    expect(diffMap(a, b)).toEqual([{ op: 'setFilter', id: 'selection-building', filter: ['==', ['get', 'id'], 2] }]);
  });

  it('re-creates a source whose options change, with the layers on it', () => {
    const withTenants = { ...s0, visible: { ...visible, tenants: true } };
    const a = describeMap(withTenants);
    const b = describeMap(withTenants);
    b.sources[SRC.tenants] = { ...b.sources[SRC.tenants]!, type: 'geojson', clusterRadius: 10 } as typeof b.sources[string];
    const ops = diffMap(a, b);
    expect(ops).toContainEqual({ op: 'removeSource', id: SRC.tenants });
    expect(ops.filter((o) => o.op === 'addLayer').map((o) => (o.op === 'addLayer' ? o.layer.id : ''))).toContain(LAYER.tenantsPoint);
    expect(replay(a, ops).layers).toEqual(b.layers.map((l) => l.id));
  });

  it('restacks layers whose order changed', () => {
    const a = describeMap(s0);
    const b: MapDescription = { sources: a.sources, layers: [...a.layers].reverse() };
    expect(replay(a, diffMap(a, b)).layers).toEqual(b.layers.map((l) => l.id));
  });
});
