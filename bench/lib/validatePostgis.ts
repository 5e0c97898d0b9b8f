// Whole-street grid validation through the API against PostGIS on the same data, for (a)
// the street as generated (a clean tiling) and (b) the same street with five grids each
// given one vertex dragged about 14 m into a neighbour, the way a boundary redrawn without
// snapping leaves it: each drag opens an overlap on one side and a gap on the other.
//
// PostGIS is optional (it is not in CI): set STREETOPS_POSTGIS to a psql connection
// string (e.g. "host=/tmp/valpg port=55432 user=postgres dbname=postgres") and have psql
// on the PATH, or the PostGIS half reports why it was skipped. The query is what our
// rules ask: invalid grids (ST_IsValid), overlapping pairs (interiors meeting) with their
// pieces and areas, gaps (street − ∪grids) with the grids around them, land outside the
// street (∪grids − street), and buildings split between grids. psql's \timing is the time
// the client waits for each run of it, results and GeoJSON included. JIT compilation is
// switched off for the session: on this machine it adds 2–4 s to every run of the query
// (LLVM compiling its expressions), which no one tuning PostGIS for this would keep.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Polygon } from 'geojson';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { writeGridRow } from '../../src/main/core/grids/gridRows';
import { streetValidationInput } from '../../src/main/core/grids/validateStreet';
import type { ValidateInput } from '../../src/main/core/grids/geometry';
import { bboxOf } from '../../src/main/core/grids/geometry/rings';
import { startCore } from '../../src/main/core/index';
import type { ApiResult } from '../../src/shared/errors';
import type { StreetValidation } from '../../src/shared/gridEdit';
import { tempDir } from '../../test/helpers/tempDir';
import { median, timeIt } from './measure';

const RUNS = 9;
/**
 * Runs made before the counted ones, on both sides: a working session validates at every grid
 * edit (the live check is the same code), so the steady state is what an administrator meets.
 * Our worker's compiled code settles after about 15 calls (41 ms down to 5 ms of core time at
 * scale 1); PostGIS's plan and buffers after a few. The first call is reported apart (coldMs).
 */
const WARMUP = 15;
/** The dragged vertex moves this far (degrees): about 11.6 m east and 7.8 m north at 29.5° N. */
const DRAG: [number, number] = [0.00012, 0.00007];
const DRAGGED_GRIDS = 5;

interface ApiFigures {
  medianMs: number;
  runsMs: number[];
  /** The first call of the session (worker start, input read, code not yet compiled). */
  coldMs: number;
  warmupRuns: number;
  /** CPU time of the whole process (query thread, worker, GC) per call: the figure that other load on the machine does not inflate. */
  cpuMedianMs: number;
  coreMedianMs: number;
  problems: Record<string, number>;
}

interface PostgisFigures {
  medianMs: number;
  runsMs: number[];
  /** CPU time of the server process per run (from /proc, 10 ms ticks, so the mean over the runs). */
  cpuMeanMs: number | null;
  problems: Record<string, number>;
}

export interface ValidationVsPostgis {
  grids: number;
  buildings: number;
  clean: { api: ApiFigures; postgis: PostgisFigures | { skipped: string } };
  dragged: { api: ApiFigures; postgis: PostgisFigures | { skipped: string }; draggedGridIds: number[] };
}

/** Runs on a copy of `streetDir` (a street made by createDemoStreet; it is left untouched). */
export async function benchValidationVsPostgis(streetDir: string): Promise<ValidationVsPostgis> {
  const work = tempDir('streetops-validate-');
  try {
    cpSync(streetDir, work.path, { recursive: true });
    const clean = await apiRuns(work.path);
    const cleanInput = await readInput(work.path);
    const draggedGridIds = await dragVertices(work.path);
    const dragged = await apiRuns(work.path);
    const draggedInput = await readInput(work.path);
    const pg = postgisTarget();
    return {
      grids: cleanInput.grids.length,
      buildings: cleanInput.buildings.length,
      clean: { api: clean, postgis: 'skipped' in pg ? pg : postgisRuns(pg.conn, cleanInput) },
      dragged: { api: dragged, postgis: 'skipped' in pg ? pg : postgisRuns(pg.conn, draggedInput), draggedGridIds },
    };
  } finally {
    work.remove();
  }
}

async function apiRuns(dir: string): Promise<ApiFigures> {
  const built = resolve(process.env.STREETOPS_OUT ?? 'out', 'main/coreWorker.js');
  // The built worker when there is one, as the app and bench/run.ts run it.
  const core = await startCore({ dataDir: dir, minuteTimers: false, ...(existsSync(built) ? { workerEntry: pathToFileURL(built) } : {}) });
  try {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    const runsMs: number[] = [];
    const cpuMs: number[] = [];
    const coreMs: number[] = [];
    let last: StreetValidation | null = null;
    let coldMs = 0;
    // The first call starts the worker and warms its page cache; the warm-up runs are not counted.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const cpu0 = process.cpuUsage();
      const r = await timeIt(async () => unwrap<StreetValidation>(await core.call('grid.validate', {}, admin)));
      const cpu = process.cpuUsage(cpu0);
      last = r.value;
      if (i === 0) coldMs = r.ms;
      if (i < WARMUP) continue;
      runsMs.push(r.ms);
      cpuMs.push((cpu.user + cpu.system) / 1000);
      coreMs.push(r.value.ms);
    }
    return { medianMs: median(runsMs), runsMs, coldMs, warmupRuns: WARMUP, cpuMedianMs: median(cpuMs), coreMedianMs: median(coreMs), problems: countKinds(last!.problems.map((p) => p.kind)) };
  } finally {
    await core.close();
  }
}

async function openStreet(dir: string, readonly: boolean) {
  const paths = dataPaths(dir);
  return openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly });
}

async function readInput(dir: string): Promise<ValidateInput> {
  const db = await openStreet(dir, true);
  try {
    return streetValidationInput(db);
  } finally {
    db.close();
  }
}

/** Moves the second vertex of five grids spread over the street (written as a save would); returns their ids. */
async function dragVertices(dir: string): Promise<number[]> {
  const db = await openStreet(dir, false);
  try {
    const rows = db.prepare('SELECT id, community_id, code, name, boundary FROM grid ORDER BY id').all() as { id: number; community_id: number; code: string; name: string; boundary: string }[];
    const picked = Array.from({ length: DRAGGED_GRIDS }, (_, k) => rows[Math.floor(((k + 0.5) * rows.length) / DRAGGED_GRIDS)]!);
    db.transaction(() => {
      for (const row of picked) {
        const geometry = JSON.parse(row.boundary) as Polygon;
        const ring = geometry.coordinates[0]!;
        const v = ring[1]!;
        ring[1] = [v[0]! + DRAG[0], v[1]! + DRAG[1]];
        const [w, s, e, n] = bboxOf(geometry);
        writeGridRow(db, { ...row, boundary: JSON.stringify(geometry), min_lng: w, min_lat: s, max_lng: e, max_lat: n });
      }
    })();
    return picked.map((r) => r.id);
  } finally {
    db.close();
  }
}

function unwrap<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

function countKinds(kinds: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** The psql connection string, or why PostGIS is skipped. */
function postgisTarget(): { conn: string } | { skipped: string } {
  const conn = process.env.STREETOPS_POSTGIS;
  if (!conn) return { skipped: 'STREETOPS_POSTGIS is not set (a psql connection string to a server with PostGIS); the PostGIS comparison was skipped' };
  const probe = spawnSync('psql', [conn, '-Atc', 'SELECT postgis_lib_version()'], { encoding: 'utf8' });
  if (probe.error) return { skipped: `psql could not be run (${probe.error.message}); the PostGIS comparison was skipped` };
  if (probe.status !== 0) return { skipped: `PostGIS is not reachable through STREETOPS_POSTGIS (${probe.stderr.trim()}); the PostGIS comparison was skipped` };
  return { conn };
}

function psql(conn: string, sql: string): string {
  const r = spawnSync('psql', [conn, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1'], { input: sql, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr.trim()}`);
  return r.stdout;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const geom = (p: Polygon) => `ST_SetSRID(ST_GeomFromGeoJSON(${quote(JSON.stringify(p))}), 4326)`;

/** Loads the input into a scratch schema, runs the query WARMUP + RUNS times (the first WARMUP not counted) and drops the schema. */
function postgisRuns(conn: string, input: ValidateInput): PostgisFigures {
  const schema = 'streetops_validate_bench';
  psql(conn, postgisLoadSql(input, schema));
  try {
    // The server's CPU clock (utime + stime in ticks) is read after the warm-up run and after the last.
    const cpuClock = "\\! echo CPU $(cut -d' ' -f14,15 /proc/$STREETOPS_PGPID/stat 2>/dev/null)";
    const runs = Array.from({ length: RUNS }, () => POSTGIS_QUERY).join('\n');
    const warmup = Array.from({ length: WARMUP }, () => POSTGIS_QUERY).join('\n');
    const out = psql(
      conn,
      [`SET search_path = ${schema}, public;`, 'SET jit = off;', 'SELECT pg_backend_pid() AS pid \\gset', '\\setenv STREETOPS_PGPID :pid', '\\timing on', warmup, cpuClock, runs, cpuClock].join('\n'),
    );
    const ticks = [...out.matchAll(/^CPU (\d+) (\d+)$/gm)].map((m) => Number(m[1]) + Number(m[2]));
    // Ticks are 1/100 s on Linux (CLK_TCK); without /proc (a remote server) there is no figure.
    const cpuMeanMs = ticks.length === 2 ? Math.round(((ticks[1]! - ticks[0]!) * 10 * 10) / RUNS) / 10 : null;
    const runsMs = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Math.round(Number(m[1]) * 10) / 10).slice(WARMUP);
    if (runsMs.length !== RUNS) throw new Error(`expected ${RUNS} timings from psql, got ${runsMs.length}`);
    const kinds = out.split('\n').filter((l) => /^(invalid|overlap|gap|outsideStreet|buildingCut)\|/.test(l)).map((l) => l.split('|')[0]!);
    // Every run returns the same rows: count one run's.
    const perRun = countKinds(kinds);
    for (const k of Object.keys(perRun)) perRun[k] = perRun[k]! / (RUNS + WARMUP);
    return { medianMs: median(runsMs), runsMs, cpuMeanMs, problems: perRun };
  } finally {
    psql(conn, `DROP SCHEMA IF EXISTS ${schema} CASCADE;`);
  }
}

/** SQL that (re)creates `schema` holding the street, the grids and the building footprints, indexed. */
export function postgisLoadSql(input: ValidateInput, schema: string): string {
  return [
    `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path = ${schema}, public;`,
    'CREATE TABLE street (geom geometry(Polygon, 4326)); CREATE TABLE grid (id int PRIMARY KEY, geom geometry(Polygon, 4326)); CREATE TABLE building (id int PRIMARY KEY, geom geometry(Polygon, 4326));',
    `INSERT INTO street VALUES (${geom(input.street)});`,
    ...input.grids.map((g) => `INSERT INTO grid VALUES (${g.id}, ${geom(g.geometry)});`),
    ...input.buildings.map((b) => `INSERT INTO building VALUES (${b.id}, ${geom(b.footprint)});`),
    'CREATE INDEX ON grid USING gist (geom); CREATE INDEX ON building USING gist (geom); ANALYZE street; ANALYZE grid; ANALYZE building;',
  ].join('\n');
}

// One statement: what grid.validate reports, pieces as GeoJSON, areas on the sphere (m²).
export const POSTGIS_QUERY = `
WITH valid AS (SELECT id, geom FROM grid WHERE ST_IsValid(geom)),
pairs AS (
  SELECT a.id AS a, b.id AS b, (ST_Dump(ST_Intersection(a.geom, b.geom))).geom AS piece
  FROM valid a JOIN valid b ON a.id < b.id AND a.geom && b.geom AND ST_Relate(a.geom, b.geom, '2********')
),
covered AS (SELECT ST_Union(geom) AS geom FROM valid),
gaps AS (SELECT (ST_Dump(ST_Difference(s.geom, c.geom))).geom AS piece FROM street s, covered c),
outside AS (SELECT (ST_Dump(ST_Difference(c.geom, s.geom))).geom AS piece FROM street s, covered c),
touching AS (
  SELECT b.id AS building, g.id AS grid, b.geom AS bgeom, g.geom AS ggeom
  FROM building b JOIN valid g ON b.geom && g.geom AND ST_Intersects(b.geom, g.geom)
),
split AS (SELECT building FROM touching GROUP BY building HAVING count(*) > 1),
holders AS (
  SELECT t.building, t.grid FROM touching t JOIN split USING (building)
  WHERE ST_Area(ST_Intersection(t.bgeom, t.ggeom)::geography) > 0.5
)
SELECT 'invalid', id::text, ST_IsValidReason(geom) FROM grid WHERE NOT ST_IsValid(geom)
UNION ALL
SELECT 'overlap', a || ',' || b, ST_Area(piece::geography) || ' ' || ST_AsGeoJSON(piece) FROM pairs
  WHERE ST_Dimension(piece) = 2 AND ST_Area(piece::geography) >= 1
UNION ALL
SELECT 'gap', (SELECT string_agg(v.id::text, ',' ORDER BY v.id) FROM valid v WHERE ST_DWithin(v.geom, piece, 1e-8)), ST_Area(piece::geography) || ' ' || ST_AsGeoJSON(piece) FROM gaps
  WHERE ST_Area(piece::geography) >= 1
UNION ALL
SELECT 'outsideStreet', (SELECT string_agg(v.id::text, ',' ORDER BY v.id) FROM valid v WHERE ST_Intersects(v.geom, ST_PointOnSurface(piece))), ST_Area(piece::geography) || ' ' || ST_AsGeoJSON(piece) FROM outside
  WHERE ST_Area(piece::geography) >= 1
UNION ALL
SELECT 'buildingCut', building::text, string_agg(grid::text, ',' ORDER BY grid) FROM holders GROUP BY building HAVING count(*) > 1;
`;
