// The pure function from app state to the map description (sources + layers in draw
// order). MapView diffs successive descriptions into the live map. Only what is shown is
// described: a hidden overlay, an overlay not fetched yet or an unused thematic layer
// has no source and no layers at all.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { OverlayKind } from '../../shared/domain';
import type { OverlayPayload } from '../../shared/views';
import type { DetailRef } from '../detail/detailRef';
import { baseGroundLayers, baseLabelLayers, baseLineLayers, baseSources } from './baseLayers';
import { buildingsOf, type MapData } from './mapData';
import type { MapDescription } from './mapDescription';
import { buildingLayers } from './overlays/buildingsOverlay';
import { casesOverlay } from './overlays/casesOverlay';
import { facilitiesOverlay } from './overlays/facilitiesOverlay';
import { householdsOverlay } from './overlays/householdsOverlay';
import { partyOrgsOverlay } from './overlays/partyOrgsOverlay';
import type { OverlayLayers } from './overlays/overlayLayers';
import { pinOverlay } from './overlays/pinOverlay';
import { tenantsOverlay } from './overlays/tenantsOverlay';
import { gridEditLayers, gridEditSources, type GridEditMapState } from './gridEditLayers';
import { selectionLayers } from './selectionLayers';
import { caseHeatLayers, type CaseHeatData } from './thematic/caseHeatLayers';
import { coverageLayers, type CoverageData } from './thematic/coverageLayers';
import { labelZooms } from './zoom';

export interface MapState {
  /** map.base, with the buildings once they have arrived (none drawn before). */
  base: MapData;
  /** Overlay payloads fetched so far; a kind not fetched yet draws nothing. */
  overlays: Partial<Record<OverlayKind, OverlayPayload>>;
  visible: Record<OverlayKind, boolean>;
  gridsVisible: boolean;
  labelsVisible: boolean;
  selection: DetailRef | null;
  /** The dispatch desk's filtered queue: drawn by the cases layers in place of the overlay payload. */
  queueCases?: FeatureCollection | null;
  /** The intake pin (see pinCollection); null or absent draws none. */
  pin?: FeatureCollection | null;
  /** Grid management: the draft, selection and problems drawn over the base. */
  gridEdit?: GridEditMapState | null;
  /** The thematic maps: a grid choropleth, the case heat map, the service circles; absent draws none. */
  thematic?: ThematicMapState | null;
}

export interface ThematicMapState {
  /** The grids with the metric's values joined on (choroplethGrids) and their fill colour (choroplethColor). */
  choropleth: { grids: FeatureCollection; color: ExpressionSpecification } | null;
  heat: CaseHeatData | null;
  coverage: CoverageData | null;
}

/** The data an overlay draws, or null while it is hidden or not fetched yet. */
function overlayData(state: MapState, kind: OverlayKind): FeatureCollection | null {
  if (!state.visible[kind]) return null;
  if (kind === 'cases' && state.queueCases) return state.queueCases;
  return state.overlays[kind]?.features ?? null;
}

function shown<D>(data: D | null | undefined, overlay: (data: D) => OverlayLayers): OverlayLayers[] {
  return data ? [overlay(data)] : [];
}

export function describeMap(state: MapState): MapDescription {
  const edit = state.gridEdit ?? null;
  const choropleth = state.thematic?.choropleth ?? null;
  const baseOptions = {
    gridsVisible: state.gridsVisible,
    labelsVisible: state.labelsVisible,
    zooms: labelZooms(state.base.street.bbox),
    hiddenGridIds: edit?.hiddenGridIds ?? [],
    gridFillColor: choropleth?.color ?? null,
  };
  // While a grid thematic map is shown, what competes with its colours steps back: building
  // fills and case markers fade (the thematic panel says so).
  const muted = choropleth !== null;
  // Thematic layers sit under the point overlays: circles and heat are context, points are what a click opens.
  const thematic = [...shown(state.thematic?.coverage, coverageLayers), ...shown(state.thematic?.heat, caseHeatLayers)];
  const overlays = [
    ...shown(overlayData(state, 'households'), householdsOverlay),
    ...shown(overlayData(state, 'tenants'), tenantsOverlay),
    ...shown(overlayData(state, 'partyOrgs'), partyOrgsOverlay),
    ...shown(overlayData(state, 'facilities'), facilitiesOverlay),
    ...shown(overlayData(state, 'cases'), (data) => casesOverlay(data, muted)),
    ...shown(state.pin, pinOverlay),
  ];
  const sources = { ...baseSources(state.base, choropleth?.grids) };
  for (const overlay of [...thematic, ...overlays]) Object.assign(sources, overlay.sources);
  if (edit) Object.assign(sources, gridEditSources(edit, state.base.communities));
  return {
    sources,
    layers: [
      ...baseGroundLayers(baseOptions),
      ...(buildingsOf(state.base) ? buildingLayers(state.visible.buildings, muted) : []),
      ...baseLineLayers(baseOptions),
      ...(edit ? gridEditLayers(edit) : []),
      ...thematic.flatMap((o) => o.body),
      ...overlays.flatMap((o) => o.body),
      ...selectionLayers(state.selection, sources),
      ...baseLabelLayers(baseOptions),
      ...thematic.flatMap((o) => o.labels),
      ...overlays.flatMap((o) => o.labels),
    ],
  };
}
