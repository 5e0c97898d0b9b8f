// GIS import at scale: 10,000 building footprints (about 53 in every grid of the scale-1
// street) as GeoJSON in a CGCS2000 3° Gauss-Krüger zone, previewed (read, projected back,
// matched, checked against the grid lines, in a worker) and committed with the preview's
// digest, while a dispatcher reads the case queue every ~50 ms (its p95 says whether the
// import held the thread that answers everybody). Target: the import in ≤ 10 s.
import type { Feature, Polygon } from 'geojson';
import type { ApiResult } from '../../src/shared/errors';
import type { GisCommitResult, GisPreview } from '../../src/shared/gis';
import { openStreetReadonly } from '../../test/helpers/demoStreet';
import { demoGrids, footprintsIn, geoJsonIn } from '../../test/helpers/gisFixtures';
import { latencyFigures } from './importBench';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

export async function benchGis(dataDir: string, call: Call, cheap: () => Promise<unknown>, target = 10_000) {
  const db = await openStreetReadonly(dataDir);
  const grids = demoGrids(db);
  db.close();
  const perGrid = Math.ceil(target / grids.length);
  const features: Feature<Polygon>[] = [];
  for (const g of grids) features.push(...footprintsIn(g.boundary, Math.min(perGrid, target - features.length), features.length + 1, 'BENCH-'));
  const lng = grids[0]!.boundary.coordinates[0]![0]![0]!;
  const zone = Math.round(lng / 3);
  const crs = `EPSG:${4513 + zone - 25}`;
  const bytes = geoJsonIn(features, crs);
  const file = { name: 'footprints.geojson', base64: bytes.toString('base64') };

  const samples: number[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      const t0 = performance.now();
      await cheap();
      const ms = performance.now() - t0;
      samples.push(ms);
      await new Promise((r) => setTimeout(r, Math.max(0, 50 - ms)));
    }
  })();
  const t0 = performance.now();
  const preview = unwrap<GisPreview>(await call('gis.preview', { layer: 'buildings', file }), 'gis.preview');
  const previewMs = performance.now() - t0;
  const t1 = performance.now();
  const done = unwrap<GisCommitResult>(await call('gis.commit', { layer: 'buildings', file, digest: preview.digest }), 'gis.commit');
  const commitMs = performance.now() - t1;
  running = false;
  await sampler;
  return {
    footprints: features.length,
    fileBytes: bytes.length,
    crs,
    problems: preview.fileProblems.length + preview.gridProblems.length,
    created: done.created,
    previewMs: Math.round(previewMs),
    commitMs: Math.round(commitMs),
    totalMs: Math.round(previewMs + commitMs),
    targetMs: 10_000,
    queueDuringImport: latencyFigures(samples),
  };
}
