import { createPropertyExpression, isExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../shared/domain';
import { describeMap, type MapState } from './describeMap';
import { LAYER, SRC } from './layerIds';
import { TENANT_COLORS } from './palette';
import { tinyBase, tinyOverlays } from './testFixtures';

const allOn = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, true])) as Record<OverlayKind, boolean>;
const allOff = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, false])) as Record<OverlayKind, boolean>;

function state(patch: Partial<MapState> = {}): MapState {
  return { base: tinyBase(), overlays: tinyOverlays(), visible: allOn, gridsVisible: true, labelsVisible: true, selection: null, ...patch };
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

  it('draws tenant cluster counts above case markers, and clusters unlike single tenants', () => {
    const ids = describeMap(state()).layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.tenantsClusterCount)).toBeGreaterThan(ids.indexOf(LAYER.casesCircle));
    expect(ids.indexOf(LAYER.tenantsClusterCount)).toBeGreaterThan(ids.indexOf(LAYER.casesSupervisedRing));
    const cluster = layer(LAYER.tenantsCluster, state()).paint as Record<string, unknown>;
    const point = layer(LAYER.tenantsPoint, state()).paint as Record<string, unknown>;
    // A white badge ringed by the uncovered share, against a solid dot.
    expect(cluster['circle-color']).toBe(TENANT_COLORS.clusterFill);
    expect(JSON.stringify(point['circle-color'])).not.toContain(TENANT_COLORS.clusterFill);
    const count = layer(LAYER.tenantsClusterCount, state()).paint as Record<string, unknown>;
    expect(count['text-halo-width']).toBeGreaterThan(0);
  });

  it('names grids on the map by the shared short label (杨家坪·1网格), not the full name and 14-digit code', () => {
    const s = state();
    const d = describeMap(s);
    const source = d.sources[SRC.gridLabels]!.data as FeatureCollection<Point, { label?: string }>;
    expect(source.features.map((f) => f.properties.label)).toEqual(['杨家坪·1网格', '杨家坪·2网格']);
    const text = JSON.stringify((layer(LAYER.gridLabel, s).layout as Record<string, unknown>)['text-field']);
    expect(text).toContain('"label"');
    expect(text).not.toContain('"code"');
    // The labelled collection is made once per map.base, so a redescribed map does not re-send it.
    expect(describeMap(s).sources[SRC.gridLabels]!.data).toBe(source);
  });

  it('describes an overlay only while it is shown and fetched', () => {
    expect(layer(LAYER.casesCircle, state()).layout?.visibility).not.toBe('none');
    const off = describeMap(state({ visible: allOff }));
    expect(off.layers.map((l) => l.id)).not.toContain(LAYER.casesCircle);
    expect(off.sources).not.toHaveProperty(SRC.tenants);
    const notFetched = describeMap(state({ overlays: {} }));
    expect(notFetched.sources).not.toHaveProperty(SRC.cases);
    expect(notFetched.layers.map((l) => l.id)).not.toContain(LAYER.tenantsPoint);
  });

  it('starts the console with one layer per kind, no empty source, no hidden or duplicate layer', () => {
    // The console's first view: buildings by use and the open cases (console/useOverlays DEFAULT_VISIBLE).
    const d = describeMap(state({ visible: { ...allOff, buildings: true, cases: true } }));
    expect(Object.keys(d.sources).sort()).toEqual(
      [SRC.boundary, SRC.water, SRC.green, SRC.roads, SRC.communities, SRC.grids, SRC.gridLabels, SRC.communityLabels, SRC.buildings, SRC.cases].sort(),
    );
    for (const [id, source] of Object.entries(d.sources)) expect((source.data as GeoJSON.FeatureCollection).features.length, id).toBeGreaterThan(0);
    expect(d.layers.map((l) => l.id)).toEqual([
      LAYER.background,
      LAYER.streetArea,
      LAYER.gridFill,
      LAYER.green,
      LAYER.water,
      LAYER.roadCasing,
      LAYER.road,
      LAYER.buildingFill,
      LAYER.buildingOutline,
      LAYER.gridOutline,
      LAYER.communityOutline,
      LAYER.streetBoundary,
      LAYER.casesSupervisedRing,
      LAYER.casesCircle,
      LAYER.waterLabel,
      LAYER.roadLabel,
      LAYER.gridLabel,
      LAYER.communityLabel,
    ]);
    for (const l of d.layers) expect(l.layout?.visibility, l.id).not.toBe('none');
    // A layer the same as another but for its id, or a second fill of one source, is one too many.
    const specs = d.layers.map(({ id: _id, ...rest }) => JSON.stringify(rest));
    expect(new Set(specs).size).toBe(specs.length);
    const filled = d.layers.flatMap((l) => (l.type === 'fill' ? [l.source] : []));
    expect(new Set(filled).size).toBe(filled.length);
  });

  it('starts the console with one shader variant per layer type (dashed lines apart)', () => {
    // MapLibre compiles a program per layer type, per mix of constant, per-feature and
    // per-feature-and-zoom paint values; under software rendering each costs start time.
    const d = describeMap(state({ visible: { ...allOff, buildings: true, cases: true } }));
    const variants = new Set(d.layers.map(shaderVariant));
    const types = new Set(d.layers.map((l) => l.type));
    // Solid and dashed lines are two programs in MapLibre whatever their paint values.
    expect([...variants].sort()).toHaveLength(types.size + 1);
    expect([...variants].filter((v) => v.startsWith('line')).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['line', 'lineSDF']));
  });

  it('draws the footprints with one fill layer, grey or by use, and none before they come', () => {
    const fills = (s: MapState) => describeMap(s).layers.filter((l) => l.type === 'fill' && 'source' in l && l.source === SRC.buildings).map((l) => l.id);
    expect(fills(state())).toEqual([LAYER.buildingFill]);
    expect(fills(state({ visible: allOff }))).toEqual([LAYER.buildingBase]);
    const without = describeMap(state({ base: { ...tinyBase(), buildings: null } }));
    expect(without.sources).not.toHaveProperty(SRC.buildings);
    expect(without.layers.filter((l) => 'source' in l && l.source === SRC.buildings)).toEqual([]);
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

  // A new street's boundary is a point-sized placeholder until its file comes (see
  // core/newStreet/placeholderBoundary): its "overview" zoom is beyond any map's, and a label
  // layer's zoom range outside the style's 0–24 is refused by MapLibre, which then refuses
  // every layer added beneath it, and the map opened on the empty street never draws.
  it('keeps a point-sized street (a new street before its boundary) a valid style', async () => {
    const { ZOOM } = await import('./zoom');
    const placeholder: [number, number, number, number] = [106.55159999, 29.56299999, 106.55160001, 29.56300001];
    const d = describeMap(state({ base: { ...tinyBase(), street: { ...tinyBase().street, bbox: placeholder } } }));
    expect(validateStyleMin({ version: 8 as const, sources: d.sources, layers: d.layers })).toEqual([]);
    for (const l of d.layers) {
      expect(l.minzoom ?? 0, l.id).toBeLessThanOrEqual(ZOOM.max);
      expect(l.maxzoom ?? 24, l.id).toBeLessThanOrEqual(24);
    }
  });
});

/** The program MapLibre builds for a layer: its type and, per data-driven paint property, constant (u), per feature (a) or per feature and zoom (z). */
function shaderVariant(layer: LayerSpecification): string {
  const paint = ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification & { 'property-type'?: string }>>)[`paint_${layer.type}`] ?? {};
  const binding = (name: string): string => {
    // An unset outline colour follows the fill colour (FillStyleLayer).
    const value = name === 'fill-outline-color' && paint[name] === undefined ? paint['fill-color'] : paint[name];
    // A plain value (a colour, a number, a dash array) is a constant.
    if (value === undefined || !isExpression(value)) return 'u';
    const parsed = createPropertyExpression(value, name, specs[name]!);
    if (parsed.result !== 'success') throw new Error(`${layer.id}: ${name} does not parse`);
    return parsed.value.kind === 'source' ? 'a' : parsed.value.kind === 'composite' ? 'z' : 'u';
  };
  const dataDriven = Object.keys(specs)
    .filter((name) => specs[name]!['property-type'] === 'data-driven' || specs[name]!['property-type'] === 'cross-faded-data-driven')
    .sort();
  const program = layer.type === 'line' && paint['line-dasharray'] !== undefined ? 'lineSDF' : layer.type;
  return `${program} ${dataDriven.map((name) => `${name}:${binding(name)}`).join(',')}`;
}
