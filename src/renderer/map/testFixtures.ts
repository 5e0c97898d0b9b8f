// A tiny street for the map's unit tests: one community, two grids, one building each,
// and one feature of each overlay.
import type { Polygon } from 'geojson';
import type { OverlayKind } from '../../shared/domain';
import type { OverlayPayload, OverlayPropsByKind } from '../../shared/views';
import type { MapData } from './mapData';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const community = { id: 1, code: '001', name: '杨家坪社区', colorIndex: 3 };
const grid = (id: number, w: number) => ({
  type: 'Feature' as const,
  geometry: square(w, 29.55, w + 0.01, 29.56),
  properties: { id, code: `001${id}`, name: `第${id}网格`, communityId: 1, communityName: community.name, colorIndex: 3, households: 300, openCases: 2, overdueCases: 1 },
});

export function tinyBase(): MapData {
  return {
    street: {
      name: '九龙街道',
      code: '500107001',
      district: '九龙坡区',
      city: '重庆市',
      areaKm2: 2,
      center: [106.54, 29.555],
      bbox: [106.53, 29.55, 106.55, 29.56],
      communities: 1,
      grids: 2,
      buildings: 2,
      households: 600,
      residents: 1500,
      tenants: 10,
      partyOrgs: 3,
      partyMembers: 50,
      openCases: 4,
      overdueCases: 2,
    },
    boundary: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square(106.53, 29.55, 106.55, 29.56), properties: {} }] },
    communities: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square(106.53, 29.55, 106.55, 29.56), properties: community }] },
    grids: { type: 'FeatureCollection', features: [grid(1, 106.53), grid(2, 106.54)] },
    gridLabels: { type: 'FeatureCollection', features: [1, 2].map((id) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [106.525 + id * 0.01, 29.555] }, properties: grid(id, 0).properties })) },
    communityLabels: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.54, 29.555] }, properties: community }] },
    roads: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[106.53, 29.555], [106.55, 29.555]] }, properties: { name: '杨家坪正街', kind: 'main' } }],
    },
    water: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square(106.545, 29.557, 106.548, 29.559), properties: { name: '九龙湖' } }] },
    green: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square(106.533, 29.557, 106.535, 29.559), properties: { name: '杨家坪公园' } }] },
    buildings: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(106.531, 29.551, 106.532, 29.552), properties: { id: 1, name: '1栋', use: 'residential', floors: 18, households: 120, tenants: 0 } },
        { type: 'Feature', geometry: square(106.541, 29.551, 106.542, 29.552), properties: { id: 2, name: '2栋', use: 'commercial', floors: 5, households: 0, tenants: 10 } },
      ],
    },
  };
}

const at = (lng: number) => ({ type: 'Point' as const, coordinates: [lng, 29.555] });

/** One feature of each point overlay, as map.overlay returns them. */
export function tinyOverlays(): Partial<Record<OverlayKind, OverlayPayload>> {
  const one = <K extends OverlayKind>(kind: K, properties: OverlayPropsByKind[K]): OverlayPayload<K> => ({
    kind,
    features: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: at(106.535), properties }] },
  });
  return {
    households: one('households', { buildingId: 1, households: 120, residents: 300 }),
    tenants: one('tenants', { id: 1, name: '杨家坪超市', category: '零售', covered: false }),
    partyOrgs: one('partyOrgs', { id: 1, name: '杨家坪社区党委', kind: 'community_committee', level: 2, rating: 'good' }),
    cases: one('cases', { id: 1, code: 'AJ2026030100001', status: 'dispatched', light: 'green', categoryName: '市容环境', categoryCode: 'SJ0101', supervised: true }),
    facilities: one('facilities', { id: 1, name: '党群服务中心', kind: 'party_service_center' }),
  };
}
