// Party organisations: rings coloured by kind and sized by level (street committee
// largest). Rings, not discs, so they never read as the (filled) case lights; weak ones
// (软弱涣散) are filled yellow. Names appear when zoomed in.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { PARTY_ORG_KINDS } from '../../../shared/domain';
import { LAYER, SRC } from '../layerIds';
import { LABEL_FONT } from '../mapFonts';
import { matchProperty, whenHovered } from '../expressions';
import { PARTY_ORG_KIND_COLORS, PARTY_ORG_WEAK_FILL } from '../palette';
import { ZOOM } from '../zoom';
import type { OverlayLayers } from './overlayLayers';

const kindColor = matchProperty('kind', PARTY_ORG_KINDS, (k) => PARTY_ORG_KIND_COLORS[k], '#c92a2a');
const levelRadius: ExpressionSpecification = ['match', ['get', 'level'], 1, 11, 2, 8.5, 3, 6.5, 5];

export function partyOrgsOverlay(data: FeatureCollection): OverlayLayers {
  return {
    sources: { [SRC.partyOrgs]: { type: 'geojson', data, promoteId: 'id' } },
    body: [
      {
        id: LAYER.partyOrgsCircle,
        type: 'circle',
        source: SRC.partyOrgs,
        layout: { 'circle-sort-key': ['-', 10, ['to-number', ['get', 'level'], 4]] },
        paint: {
          'circle-color': ['match', ['get', 'rating'], 'weak', PARTY_ORG_WEAK_FILL, '#ffffff'],
          'circle-radius': whenHovered(['+', levelRadius, 2], levelRadius),
          'circle-stroke-color': kindColor,
          'circle-stroke-width': ['match', ['get', 'level'], 1, 4, 2, 3.5, 3],
        },
      },
    ],
    labels: [
      {
        id: LAYER.partyOrgsName,
        type: 'symbol',
        source: SRC.partyOrgs,
        minzoom: ZOOM.partyOrgNames,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-anchor': 'top',
          'text-offset': [0, 1.1],
          'text-max-width': 10,
          'text-optional': true,
        },
        paint: { 'text-color': '#8f1d1d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
