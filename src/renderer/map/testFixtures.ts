// A tiny street for the map's unit tests: one community, two grids, one building each.
import type { Polygon } from 'geojson';
import type { MapBase } from '../../shared/views';

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

export function tinyBase(): MapBase {
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
    gridLabels: { type: 'FeatureCollection', features: [] },
    communityLabels: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.54, 29.555] }, properties: community }] },
    roads: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[106.53, 29.555], [106.55, 29.555]] }, properties: { name: '杨家坪正街', kind: 'main' } }],
    },
    water: { type: 'FeatureCollection', features: [] },
    green: { type: 'FeatureCollection', features: [] },
    buildings: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(106.531, 29.551, 106.532, 29.552), properties: { id: 1, name: '1栋', use: 'residential', floors: 18, households: 120, tenants: 0 } },
        { type: 'Feature', geometry: square(106.541, 29.551, 106.542, 29.552), properties: { id: 2, name: '2栋', use: 'commercial', floors: 5, households: 0, tenants: 10 } },
      ],
    },
  };
}
