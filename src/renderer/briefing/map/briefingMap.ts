// The briefing's maps as data: the console's basemap (describeMap with every overlay off)
// plus the hot spots — their case points, a numbered disc at each centroid — and, for a
// community's deck, its outline drawn strong. MapView diffs it in like any other map.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { BriefingDeck, BriefingHotSpot } from '../../../shared/briefing';
import { OVERLAY_KINDS, type OverlayKind } from '../../../shared/domain';
import type { BBox } from '../../../shared/views';
import type { MapData } from '../../map/mapData';
import { describeMap } from '../../map/describeMap';
import { SRC } from '../../map/layerIds';
import type { MapDescription } from '../../map/mapDescription';
import { LABEL_FONT_BOLD } from '../../map/mapFonts';

/** One map of the deck: the scope with every hot spot, or one hot spot up close. */
export interface BriefingMapView {
  id: string;
  bounds: BBox;
  /** The hot spot in focus (its rank), or null for the overview. */
  focus: number | null;
}

const SPOT_SRC = 'briefing-spot-points';
const CENTRE_SRC = 'briefing-spot-centres';
export const HOT_SPOT_COLORS = ['#c92a2a', '#e8590c', '#d6336c', '#7048e8', '#1971c2'] as const;
/** Hot spots up close get their own slide for the largest few. */
export const DETAIL_SPOTS = 3;

const NO_OVERLAYS = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, false])) as Record<OverlayKind, boolean>;

const [c1, c2, c3, c4, c5] = HOT_SPOT_COLORS;
const rankColor: ExpressionSpecification = ['match', ['get', 'rank'], 1, c1, 2, c2, 3, c3, 4, c4, 5, c5, '#495057'];

function points(spots: readonly BriefingHotSpot[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: spots.flatMap((s) => s.points.map((p) => ({ type: 'Feature' as const, properties: { rank: s.rank }, geometry: { type: 'Point' as const, coordinates: p } }))),
  };
}

function centres(spots: readonly BriefingHotSpot[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: spots.map((s) => ({ type: 'Feature' as const, properties: { rank: s.rank, count: s.count }, geometry: { type: 'Point' as const, coordinates: s.centroid } })),
  };
}

/** Metres to degrees near a latitude, for padding a bbox. */
function pad([w, s, e, n]: BBox, minHalfM: number, factor: number): BBox {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const mLat = 110_574;
  const mLng = 111_320 * Math.cos((cy * Math.PI) / 180);
  const hx = Math.max(((e - w) / 2) * factor, minHalfM / mLng);
  const hy = Math.max(((n - s) / 2) * factor, minHalfM / mLat);
  return [cx - hx, cy - hy, cx + hx, cy + hy];
}

export function briefingMapViews(deck: BriefingDeck): BriefingMapView[] {
  const views: BriefingMapView[] = [{ id: 'overview', bounds: deck.scope.bbox, focus: null }];
  for (const spot of deck.hotSpots.top.slice(0, DETAIL_SPOTS)) views.push({ id: `spot-${spot.rank}`, bounds: pad(spot.bbox, 220, 1.25), focus: spot.rank });
  return views;
}

export function describeBriefingMap(base: MapData, deck: BriefingDeck, view: BriefingMapView): MapDescription {
  const map = describeMap({ base, overlays: {}, visible: NO_OVERLAYS, gridsVisible: true, labelsVisible: true, selection: null });
  const spots = deck.hotSpots.top;
  const focus = view.focus;
  // Out of focus, the other hot spots stay on the map but fade.
  const dim = (on: number, off: number): number | ExpressionSpecification => (focus === null ? on : ['case', ['==', ['get', 'rank'], focus], on, off]);
  const layers: LayerSpecification[] = [
    {
      id: 'briefing-spot-point',
      type: 'circle',
      source: SPOT_SRC,
      paint: {
        'circle-color': rankColor,
        'circle-radius': focus === null ? 3.2 : 5.5,
        'circle-opacity': dim(0.8, 0.25),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': focus === null ? 0.8 : 1.4,
        'circle-stroke-opacity': dim(1, 0.3),
      },
    },
    {
      id: 'briefing-spot-centre',
      type: 'circle',
      source: CENTRE_SRC,
      paint: {
        'circle-color': rankColor,
        'circle-radius': focus === null ? 17 : 22,
        'circle-opacity': dim(0.95, 0.35),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'briefing-spot-rank',
      type: 'symbol',
      source: CENTRE_SRC,
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': LABEL_FONT_BOLD,
        'text-size': focus === null ? 18 : 22,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
  if (deck.scope.kind === 'community' && deck.scope.id !== null) {
    layers.unshift({
      id: 'briefing-scope-outline',
      type: 'line',
      source: SRC.communities,
      filter: ['==', ['get', 'id'], deck.scope.id],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#0f2f5f', 'line-width': 4 },
    });
  }
  return {
    sources: {
      ...map.sources,
      [SPOT_SRC]: { type: 'geojson', data: points(spots) },
      [CENTRE_SRC]: { type: 'geojson', data: centres(spots) },
    },
    layers: [...map.layers, ...layers],
  };
}
