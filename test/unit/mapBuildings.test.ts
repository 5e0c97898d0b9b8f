// The compact building payload (map.buildings): what the renderer decodes is, to the
// quantum, what the core encoded, on made-up shapes and on a whole demo street through
// the API; and it is a fraction of the GeoJSON it replaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { decodeBuildings, encodeBuildings, QUANTUM, type BuildingCollection, type MapBuildings } from '../../src/shared/buildingCodec';
import { BUILDING_USES } from '../../src/shared/domain';
import type { MapBase } from '../../src/shared/views';
import { buildingFeatures } from '../../src/main/core/services/mapBase';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBuildings(seed: number, count: number, decimals: number | null): BuildingCollection {
  const r = rng(seed);
  const round = (v: number) => (decimals === null ? v : Math.round(v * 10 ** decimals) / 10 ** decimals);
  let id = 0;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, () => {
      id += 1 + Math.floor(r() * 5);
      const cx = 106.49 + r() * 0.04;
      const cy = 29.48 + r() * 0.03;
      const ring = (size: number, n: number) => {
        const open = Array.from({ length: n }, (_, i) => [round(cx + size * Math.cos((i / n) * 2 * Math.PI)), round(cy + size * Math.sin((i / n) * 2 * Math.PI))]);
        return [...open, [...open[0]!]];
      };
      // Some with a courtyard (a second ring), all sizes of ring.
      const coordinates = r() < 0.2 ? [ring(0.0004, 4 + Math.floor(r() * 8)), ring(0.0001, 4)] : [ring(0.0002, 4 + Math.floor(r() * 3))];
      const geometry: Polygon = { type: 'Polygon', coordinates };
      return {
        type: 'Feature' as const,
        id,
        geometry,
        properties: { id, name: `${id}栋`, use: BUILDING_USES[id % BUILDING_USES.length]!, floors: 1 + (id % 33), households: id % 7 === 0 ? 0 : id % 200, tenants: id % 5 },
      };
    }),
  };
}

describe('the building codec', () => {
  it('gives back exactly the coordinates stored with 7 decimals, and every property', () => {
    for (const seed of [1, 2, 3]) {
      const buildings = randomBuildings(seed, 300, 7);
      expect(decodeBuildings(encodeBuildings(buildings))).toEqual(buildings);
    }
  });

  it('moves any other coordinate by at most half a quantum', () => {
    const buildings = randomBuildings(4, 300, null);
    const decoded = decodeBuildings(encodeBuildings(buildings));
    expect(decoded.features.map((f) => f.properties)).toEqual(buildings.features.map((f) => f.properties));
    buildings.features.forEach((f, i) => {
      const back = decoded.features[i]!.geometry.coordinates;
      f.geometry.coordinates.forEach((ring, r) =>
        ring.forEach((p, v) => {
          expect(Math.abs(back[r]![v]![0]! - p[0]!)).toBeLessThanOrEqual(QUANTUM / 2 + 1e-12);
          expect(Math.abs(back[r]![v]![1]! - p[1]!)).toBeLessThanOrEqual(QUANTUM / 2 + 1e-12);
        }),
      );
    });
  });

  it('decodes nothing to an empty collection', () => {
    expect(decodeBuildings(encodeBuildings({ type: 'FeatureCollection', features: [] }))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('map.buildings on a demo street', () => {
  let core: CoreHandle;
  let token: string;
  let dir: string;
  let remove: () => void;
  beforeAll(async () => {
    const street = await demoStreetCopy();
    dir = street.dir;
    remove = street.remove;
    core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
    token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'community', password: 'streetops' }, null)).token;
  });
  afterAll(async () => {
    await core?.close();
    remove?.();
  });

  it('decodes to the footprints in the database, for any role, and leaves map.base small', async () => {
    const payload = ok<MapBuildings>(await core.call('map.buildings', {}, token));
    const db = await openStreetReadonly(dir);
    try {
      const stored = buildingFeatures(db);
      expect(stored.features.length).toBeGreaterThan(100);
      expect(decodeBuildings(payload)).toEqual(stored);
      const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
      expect(bytes(payload)).toBeLessThan(bytes(stored) / 3);
    } finally {
      db.close();
    }
    const base = ok<MapBase>(await core.call('map.base', {}, token));
    expect(base).not.toHaveProperty('buildings');
  });
});
