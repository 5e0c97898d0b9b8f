// The pure function from app state to the map description (sources + layers in draw
// order). MapView diffs successive descriptions into the live map.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { OverlayKind } from '../../shared/domain';
import type { MapBase, OverlayPayload } from '../../shared/views';
import type { DetailRef } from '../detail/detailRef';
import { baseGroundLayers, baseLabelLayers, baseLineLayers, baseSources } from './baseLayers';
import { EMPTY_COLLECTION, type MapDescription } from './mapDescription';
import { buildingsOverlay } from './overlays/buildingsOverlay';
import { casesOverlay } from './overlays/casesOverlay';
import { facilitiesOverlay } from './overlays/facilitiesOverlay';
import { householdsOverlay } from './overlays/householdsOverlay';
import { partyOrgsOverlay } from './overlays/partyOrgsOverlay';
import { pinOverlay } from './overlays/pinOverlay';
import { tenantsOverlay } from './overlays/tenantsOverlay';
import { gridEditLayers, gridEditSources, type GridEditMapState } from './gridEditLayers';
import { selectionLayers } from './selectionLayers';
import { caseHeatLayers, type CaseHeatData } from './thematic/caseHeatLayers';
import { coverageLayers, type CoverageData } from './thematic/coverageLayers';
import { labelZooms } from './zoom';

export interface MapState {
  base: MapBase;
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

const NO_HEAT: CaseHeatData = { points: EMPTY_COLLECTION, total: 0, areaKm2: 1, latitude: 0 };
const NO_COVERAGE: CoverageData = { circles: EMPTY_COLLECTION, covered: EMPTY_COLLECTION, outside: EMPTY_COLLECTION };

function overlayData(state: MapState, kind: OverlayKind): FeatureCollection {
  if (kind === 'cases' && state.queueCases) return state.queueCases;
  return state.overlays[kind]?.features ?? EMPTY_COLLECTION;
}

export function describeMap(state: MapState): MapDescription {
  const { visible } = state;
  const edit = state.gridEdit ?? null;
  const choropleth = state.thematic?.choropleth ?? null;
  const baseOptions = {
    gridsVisible: state.gridsVisible,
    labelsVisible: state.labelsVisible,
    zooms: labelZooms(state.base.street.bbox),
    hiddenGridIds: edit?.hiddenGridIds ?? [],
    gridFillColor: choropleth?.color ?? null,
  };
  // Thematic layers sit under the point overlays: circles and heat are context, points are what a click opens.
  const thematic = [
    coverageLayers(state.thematic?.coverage ?? NO_COVERAGE, Boolean(state.thematic?.coverage)),
    caseHeatLayers(state.thematic?.heat ?? NO_HEAT, Boolean(state.thematic?.heat)),
  ];
  const overlays = [
    householdsOverlay(overlayData(state, 'households'), visible.households),
    tenantsOverlay(overlayData(state, 'tenants'), visible.tenants),
    partyOrgsOverlay(overlayData(state, 'partyOrgs'), visible.partyOrgs),
    facilitiesOverlay(overlayData(state, 'facilities'), visible.facilities),
    casesOverlay(overlayData(state, 'cases'), visible.cases),
    pinOverlay(state.pin ?? EMPTY_COLLECTION, Boolean(state.pin)),
  ];
  const buildings = buildingsOverlay(visible.buildings);
  const sources = { ...baseSources(state.base, choropleth?.grids) };
  for (const overlay of [...thematic, ...overlays]) Object.assign(sources, overlay.sources);
  if (edit) Object.assign(sources, gridEditSources(edit));
  return {
    sources,
    layers: [
      ...baseGroundLayers(baseOptions),
      ...buildings.body,
      ...baseLineLayers(baseOptions),
      ...(edit ? gridEditLayers(edit) : []),
      ...thematic.flatMap((o) => o.body),
      ...overlays.flatMap((o) => o.body),
      ...selectionLayers(state.selection),
      ...baseLabelLayers(baseOptions),
      ...thematic.flatMap((o) => o.labels),
      ...overlays.flatMap((o) => o.labels),
    ],
  };
}
