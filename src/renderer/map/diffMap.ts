// Computes the smallest list of map operations that turns one description into the next.
// MapLibre's own setStyle({diff:true}) deep-compares GeoJSON data, which is slow for
// thousands of features; here data are compared by reference (descriptions are built
// from memoised payloads) and everything else by value.
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapDescription, MapSource } from './mapDescription';

export type MapOp =
  | { op: 'removeLayer'; id: string }
  | { op: 'removeSource'; id: string }
  | { op: 'addSource'; id: string; source: MapSource }
  | { op: 'setData'; id: string; data: GeoJSONSourceSpecification['data'] }
  | { op: 'moveLayer'; id: string }
  | { op: 'setLayoutProperty'; id: string; name: string; value: unknown }
  | { op: 'setPaintProperty'; id: string; name: string; value: unknown }
  | { op: 'setFilter'; id: string; filter: FilterSpecification | null }
  | { op: 'setLayerZoomRange'; id: string; minzoom: number; maxzoom: number }
  | { op: 'addLayer'; layer: LayerSpecification; beforeId: string | undefined };

export const EMPTY_DESCRIPTION: MapDescription = { sources: {}, layers: [] };

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A GeoJSON source's data (compared by reference); vector sources have none. */
const dataOf = (s: MapSource): GeoJSONSourceSpecification['data'] | undefined => (s.type === 'geojson' ? s.data : undefined);

const sourcesOf = (d: MapDescription): Record<string, MapSource> => ({ ...d.sources, ...d.vectorSources });

function sourceOptionsEqual(a: MapSource, b: MapSource): boolean {
  if (a.type !== 'geojson' || b.type !== 'geojson') return same(a, b);
  const { data: _a, ...restA } = a;
  const { data: _b, ...restB } = b;
  return same(restA, restB);
}

/** Layer properties that can be changed in place; anything else means re-adding the layer. */
function structure(layer: LayerSpecification): unknown {
  const { id, type } = layer;
  const source = 'source' in layer ? layer.source : undefined;
  const sourceLayer = 'source-layer' in layer ? layer['source-layer'] : undefined;
  return { id, type, source, sourceLayer };
}

function sourceOf(layer: LayerSpecification): string | undefined {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}

function propertyOps(kind: 'layout' | 'paint', prev: LayerSpecification, next: LayerSpecification): MapOp[] {
  const a = new Map<string, unknown>(Object.entries(prev[kind] ?? {}));
  const b = new Map<string, unknown>(Object.entries(next[kind] ?? {}));
  const ops: MapOp[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (same(a.get(name), b.get(name))) continue;
    ops.push({ op: kind === 'layout' ? 'setLayoutProperty' : 'setPaintProperty', id: next.id, name, value: b.get(name) });
  }
  return ops;
}

function filterOf(layer: LayerSpecification): FilterSpecification | undefined {
  return 'filter' in layer ? layer.filter : undefined;
}

export function diffMap(prev: MapDescription, next: MapDescription): MapOp[] {
  const ops: MapOp[] = [];

  // Sources: kept with new data, recreated with new options, added, removed.
  const recreated = new Set<string>();
  const removedSources: string[] = [];
  const addedSources: string[] = [];
  const dataChanged: string[] = [];
  const prevSources = sourcesOf(prev);
  const nextSources = sourcesOf(next);
  for (const id of Object.keys(prevSources)) if (!(id in nextSources)) removedSources.push(id);
  for (const [id, source] of Object.entries(nextSources)) {
    const before = prevSources[id];
    if (!before) addedSources.push(id);
    else if (!sourceOptionsEqual(before, source)) recreated.add(id);
    else if (dataOf(before) !== dataOf(source)) dataChanged.push(id);
  }

  // Layers: which survive in place, which must be (re)added.
  const prevById = new Map(prev.layers.map((l) => [l.id, l]));
  const kept = new Set<string>();
  for (const layer of next.layers) {
    const before = prevById.get(layer.id);
    const source = sourceOf(layer);
    const sourceGoes = source !== undefined && (recreated.has(source) || removedSources.includes(source));
    if (before && same(structure(before), structure(layer)) && !sourceGoes) kept.add(layer.id);
  }
  for (const layer of prev.layers) if (!kept.has(layer.id)) ops.push({ op: 'removeLayer', id: layer.id });

  for (const id of [...removedSources, ...recreated]) ops.push({ op: 'removeSource', id });
  for (const id of [...recreated, ...addedSources]) {
    const source = nextSources[id];
    if (source) ops.push({ op: 'addSource', id, source });
  }
  for (const id of dataChanged) {
    const source = nextSources[id];
    if (source?.type === 'geojson') ops.push({ op: 'setData', id, data: source.data });
  }

  // Order: if the kept layers are no longer in the wanted relative order, restack them.
  const keptPrevOrder = prev.layers.filter((l) => kept.has(l.id)).map((l) => l.id);
  const keptNextOrder = next.layers.filter((l) => kept.has(l.id)).map((l) => l.id);
  if (!same(keptPrevOrder, keptNextOrder)) for (const id of keptNextOrder) ops.push({ op: 'moveLayer', id });

  for (const layer of next.layers) {
    if (!kept.has(layer.id)) continue;
    const before = prevById.get(layer.id);
    if (!before) continue;
    ops.push(...propertyOps('layout', before, layer), ...propertyOps('paint', before, layer));
    if (!same(filterOf(before), filterOf(layer))) ops.push({ op: 'setFilter', id: layer.id, filter: filterOf(layer) ?? null });
    if (before.minzoom !== layer.minzoom || before.maxzoom !== layer.maxzoom) {
      ops.push({ op: 'setLayerZoomRange', id: layer.id, minzoom: layer.minzoom ?? 0, maxzoom: layer.maxzoom ?? 24 });
    }
  }

  // New layers, from the top down, each inserted under the one that follows it.
  for (let i = next.layers.length - 1; i >= 0; i--) {
    const layer = next.layers[i];
    if (!layer || kept.has(layer.id)) continue;
    ops.push({ op: 'addLayer', layer, beforeId: next.layers[i + 1]?.id });
  }
  return ops;
}
