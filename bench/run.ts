// `npm run bench`: StreetOps at the size of a real street (scale 1), measured.
// Prints one JSON object (also written to bench/results/latest.json). Figures are
// wall-clock on this machine; frame-rate-like figures are given as ratios.
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDemoStreet } from '../src/main/core/bootstrap';
import { dataPaths } from '../src/main/core/dataDir';
import { startCore } from '../src/main/core/index';
import { DEMO_USERS } from '../src/main/core/users';
import { startServer } from '../src/main/serve/server';
import { decodeBuildings, type MapBuildings } from '../src/shared/buildingCodec';
import type { ApiResult } from '../src/shared/errors';
import type { CaseReportResult, CategoryNode, HandlerSuggestion } from '../src/shared/cases';
import type { MapBase, OverlayPayload } from '../src/shared/views';
import { tempDir } from '../test/helpers/tempDir';
import { benchBriefing } from './lib/briefing';
import { benchGrids } from './lib/grids';
import { benchDemoStart, benchHeavy } from './lib/heavy';
import { benchImport } from './lib/importBench';
import { benchBackup } from './lib/backupBench';
import { benchDevices } from './lib/deviceBench';
import { benchGis } from './lib/gisBench';
import { benchPartyMatch } from './lib/partyMatchBench';
import { benchBuildingDays } from './lib/buildingDaysBench';
import { benchMeetings } from './lib/meetingsBench';
import { benchPartyFigures } from './lib/partyFiguresBench';
import { benchThematic } from './lib/thematic';
import { benchSearch } from './lib/search';
import { openStreetReadonly } from '../test/helpers/demoStreet';
import { benchWall } from './lib/wall';
import { benchValidationVsPostgis } from './lib/validatePostgis';
import { appFirstIdle, launchChromium, mapCreatedAt, mapStyleCounts, plainFirstIdle, unlockInPage, type MapStyleCounts } from './lib/browser';
import { median, medianOf, timeIt } from './lib/measure';
import { writePlainMapPage } from './lib/plainMapPage';
import { serveFolder } from './lib/staticServer';
import { bundleProbe, runProbe } from './lib/processProbe';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '2026' }, 'no-browser': { type: 'boolean', default: false }, data: { type: 'string' }, only: { type: 'string' }, renderer: { type: 'string', default: 'out/renderer' } } });
const scale = Number(values.scale);
// `--data DIR` reuses a street made by `npm run demo` (copied, so the bench's writes stay
// off it); `--only map` measures just the map payloads and the first-idle pair; `--only
// import` the map payloads and the whole street's register import; `--renderer DIR` serves
// another build of the renderer to the browser.
if (values.only !== undefined && values.only !== 'map' && values.only !== 'import' && values.only !== 'gis' && values.only !== 'devices' && values.only !== 'partyFigures' && values.only !== 'meetings' && values.only !== 'buildingDays') throw new Error(`--only takes "map", "import", "gis", "devices", "partyFigures", "meetings" or "buildingDays", got "${values.only}"`);
// `--only buildingDays`: the map payloads, then the 楼栋工作日 visits map for a month, the leader's overdue list and the 三会一课 reads (bench/lib/buildingDaysBench.ts).
const buildingDaysOnly = values.only === 'buildingDays';
// `--only meetings`: the map payloads, then the progress of every open decision and each body's latest meeting opened (bench/lib/meetingsBench.ts).
const meetingsOnly = values.only === 'meetings';
// `--only partyFigures`: the map payloads, a year's Party figures, the wall after a Party write and the care queue (bench/lib/partyFiguresBench.ts).
const partyFiguresOnly = values.only === 'partyFigures';
// `--only devices`: the map payloads and 1,000,000 door-card events ingested, then every alert rule evaluated.
const devicesOnly = values.only === 'devices';
const mapOnly = values.only === 'map';
// `--only gis`: the map payloads and the GIS import of 10,000 footprints (what `import` skips, and the register import too).
const gisOnly = values.only === 'gis';
const importOnly = values.only === 'import' || gisOnly || devicesOnly || partyFiguresOnly || meetingsOnly || buildingDaysOnly;
const seed = Number(values.seed);

function unwrap<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

const results: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, scale, seed };
const work = tempDir('streetops-bench-');
try {
  // 1. Demo generation at scale 1, as a first start does it.
  if (values.data) {
    cpSync(resolve(values.data), work.path, { recursive: true });
    results.data = resolve(values.data);
  } else {
    const gen = await timeIt(() => createDemoStreet({ dataDir: work.path, scale, seed, anchor: Date.now(), users: DEMO_USERS }));
    results.demoGeneration = { ms: gen.ms, counts: gen.value.counts };
  }
  const paths = dataPaths(work.path);
  results.dbBytes = statSync(paths.db).size;

  // 1b. A year's ledger exported by a process holding only the built core (plain node, no
  //     TypeScript loader, no bench data): its time and the process's peak memory (VmHWM).
  const probeWorker = resolve(process.env.STREETOPS_OUT ?? 'out', 'main/coreWorker.js');
  if (!mapOnly && !importOnly && existsSync(probeWorker)) {
    const copy = join(work.path, '..', `${basename(work.path)}-ledger`);
    cpSync(work.path, copy, { recursive: true });
    try {
      const probe = await bundleProbe('ledgerYear', resolve('out/probe'));
      results.ledgerYearProcess = runProbe(probe, [copy, probeWorker, String(Date.now())]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  // 2. Unlock (scrypt KDF + open the encrypted DB + migrations check), cold.
  // The worker threads run the built bundle, as in the app (`npm run bench` builds first);
  // from source each new worker would first load tsx and transpile the core (seconds).
  const builtWorker = resolve(process.env.STREETOPS_OUT ?? 'out', 'main/coreWorker.js');
  // Warm workers and a spare job thread, as the app starts them (shell and serve).
  const core = await startCore({ dataDir: work.path, warmWorkers: true, ...(existsSync(builtWorker) ? { workerEntry: pathToFileURL(builtWorker) } : {}) });
  results.workers = existsSync(builtWorker) ? `built (${builtWorker})` : 'from source (tsx)';
  const unlock = await timeIt(async () => unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)));
  results.unlockMs = unlock.ms;
  const token = unlock.value.token;

  // 3. The map's first payload through the API (the same call both shells make).
  //    UTF-8 bytes, as they travel (the Chinese names are three bytes a character).
  const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  let baseBytes = 0;
  const firstBase = await medianOf(5, async () => {
    baseBytes = utf8(unwrap<MapBase>(await core.call('map.base', {}, token)));
  });
  let buildingsBytes = 0;
  const firstBuildings = await medianOf(5, async () => {
    buildingsBytes = utf8(unwrap<MapBuildings>(await core.call('map.buildings', {}, token)));
  });
  results.mapFirstPayload = { medianMs: firstBase.medianMs, runsMs: firstBase.runsMs, jsonBytes: baseBytes };
  results.mapBuildingsPayload = { medianMs: firstBuildings.medianMs, runsMs: firstBuildings.runsMs, jsonBytes: buildingsBytes };
  if (!mapOnly && !importOnly) {
    const overlays: Record<string, { medianMs: number; features: number }> = {};
    for (const kind of ['households', 'partyOrgs', 'tenants', 'cases', 'facilities'] as const) {
      let n = 0;
      const t = await medianOf(3, async () => {
        n = unwrap<OverlayPayload>(await core.call('map.overlay', { kind }, token)).features.features.length;
      });
      overlays[kind] = { medianMs: t.medianMs, features: n };
    }
    results.overlayPayloads = overlays;
    results.searchResidentMs = (await medianOf(5, async () => unwrap(await core.call('search.query', { q: '王' }, token)))).medianMs;
    {
      // Search p50/p95 over a fixed list of desk queries (bench/lib/search.ts); phones as the administrator.
      const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
      const db = await openStreetReadonly(work.path);
      results.search = await benchSearch(db, (m, i) => core.call(m, i, token), (m, i) => core.call(m, i, admin)).finally(() => db.close());
    }

    // 4. Cases at 12 months of history: the dispatcher's queue with filters, and a case
    //    registered and dispatched through the HTTP API, as the browser shell does it.
    const base0 = unwrap<MapBase>(await core.call('map.base', {}, token));
    const communityId = base0.communities.features[0]!.properties.id;
    const categories = unwrap<CategoryNode[]>(await core.call('case.categories', {}, token));
    const eventSub = categories.find((c) => c.caseClass === 'event')!.children[0]!;
    results.caseQueue = {
      overdueMs: (await medianOf(5, async () => unwrap(await core.call('case.queue', { queue: 'overdue' }, token)))).medianMs,
      allFilteredMs: (
        await medianOf(5, async () =>
          unwrap(await core.call('case.queue', { queue: 'all', communityId, categoryId: eventSub.id, source: 'patrol', from: Date.now() - 30 * 86_400_000, q: '街', limit: 100 }, token)),
        )
      ).medianMs,
      closedFirstPageMs: (await medianOf(5, async () => unwrap(await core.call('case.queue', { queue: 'closed', limit: 100 }, token)))).medianMs,
    };
    {
      // Last full calendar month, China time.
      const d = new Date(Date.now() + 8 * 3_600_000);
      const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1) - 8 * 3_600_000;
      const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - 8 * 3_600_000;
      let rows = 0;
      const byGrid = await medianOf(5, async () => {
        rows = unwrap<unknown[]>(await core.call('indicators.compute', { from: monthStart, to: monthEnd, groupBy: 'grid' }, token)).length;
      });
      results.indicatorsAllGridsMonth = { medianMs: byGrid.medianMs, rows };
      results.ledgerExportMonthMs = (await medianOf(3, async () => unwrap(await core.call('ledger.export', { from: monthStart, to: monthEnd }, token)))).medianMs;
      results.briefingBuildMonth = await benchBriefing(async (method, input) => core.call(method, input, token), { from: monthStart, to: monthEnd });
      results.wallSnapshotMs = (await medianOf(5, async () => unwrap(await core.call('wall.snapshot', {}, token)))).medianMs;
      const now = Date.now();
      results.thematic = await benchThematic(async (method, input) => core.call(method, input, token), { from: now - 365 * 86_400_000, to: now });
    }
    {
      const server = await startServer({ core, staticDir: resolve('out/renderer') });
      const post = async (method: string, input: unknown) => {
        const res = await fetch(`${server.url}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
        return unwrap<never>((await res.json()) as ApiResult<unknown>);
      };
      const buildings = decodeBuildings(unwrap<MapBuildings>(await core.call('map.buildings', {}, token)));
      const home = buildings.features.find((f) => f.properties.households > 0)!.geometry.coordinates[0]![0]!;
      const roundTrip = await medianOf(20, async () => {
        const r: CaseReportResult = await post('case.report', { source: 'patrol', categoryId: eventSub.id, lng: home[0], lat: home[1], description: '基准测试：暴露垃圾' });
        await post('case.act', { caseId: r.caseId, action: 'register' });
        const s: HandlerSuggestion = await post('case.suggest', { caseId: r.caseId });
        await post('case.act', { caseId: r.caseId, action: 'dispatch', assignee: { kind: s.suggested.kind, id: s.suggested.id } });
      });
      results.registerAndDispatchHttp = { medianMs: roundTrip.medianMs, runs: 20, calls: ['case.report', 'case.act register', 'case.suggest', 'case.act dispatch'] };
      await server.close();
    }

    // Heavy calls: each one's time and the worst wait of a cheap call made during it.
    {
      const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
      const heavy = await benchHeavy(
        (method, input) => core.call(method, input, token),
        (method, input) => core.call(method, input, admin),
        () => core.call('session.status', {}, token),
        Date.now(),
      );
      heavy['first start: demo generation'] = await benchDemoStart(join(work.path, 'first-start'), scale, seed);
      results.heavyCalls = heavy;
    }

    // 5. Grid management: whole-street validation, split and merge saves (re-assignment) and
    //    their undo, and assigning 100,000 points to grids. Runs last on the data: every edit is undone.
    {
      const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
      results.grids = await benchGrids((method, input) => core.call(method as never, input as never, admin), base0);
    }
  }

  // 5b. A whole street's residents register (200,000 rows) imported community by community
  //     while the dispatcher reads the queue, then exported. After the grids: it changes the register.
  if (!mapOnly && !gisOnly && !devicesOnly && !partyFiguresOnly && !meetingsOnly && !buildingDaysOnly) {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    results.import = await benchImport(
      work.path,
      (method, input) => core.call(method, input, admin),
      () => core.call('case.queue', { queue: 'new', limit: 100, offset: 0 }, token),
    );
  }

  // 5b'. 10,000 building footprints from a GeoJSON in a Gauss-Krüger zone (GIS import), while the dispatcher reads the queue.
  if (gisOnly || values.only === undefined) {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    results.gisImport = await benchGis(work.path, (method, input) => core.call(method as never, input as never, admin), () => core.call('case.queue', { queue: 'new', limit: 100, offset: 0 }, token));
  }

  // 5b''. 1,000,000 door-card events from the watched folder (a worker), then every alert rule, while the dispatcher reads the queue.
  if (devicesOnly || values.only === undefined) {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    results.devices = await benchDevices(work.path, (method, input) => core.call(method, input, admin), () => core.call('case.queue', { queue: 'new', limit: 100, offset: 0 }, token), Date.now());
  }

  // 5b'''. A year's Party figures, the wall after a Party write and the care queue, each with the worst wait of a cheap call.
  if (partyFiguresOnly || values.only === undefined) {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    const db = await openStreetReadonly(work.path);
    results.partyFigures = await benchPartyFigures(db, (method, input) => core.call(method, input, admin), () => core.call('session.status', {}, token), Date.now()).finally(() => db.close());
  }

  // 5b''''. The progress of every open decision, computed from the cases, list items and tasks it follows.
  if (meetingsOnly || values.only === undefined) {
    const db = await openStreetReadonly(work.path);
    results.meetings = await benchMeetings(db, (m, i) => core.call(m, i, token), Date.now()).finally(() => db.close());
  }

  // 5b'''''. 楼栋工作日: the visits map for a month, the leader's overdue list, and the 三会一课 reads.
  if (buildingDaysOnly || values.only === undefined) {
    const leader = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
    results.buildingDays = await benchBuildingDays((m, i) => core.call(m, i, leader), Date.now());
  }

  // 5c. A backup of the street (立即备份) while the dispatcher reads the queue.
  if (!mapOnly && !importOnly) {
    const admin = unwrap<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    results.backup = await benchBackup(
      (method, input) => core.call(method, input, admin),
      () => core.call('case.queue', { queue: 'new', limit: 100, offset: 0 }, token),
    );
  }

  // 5d. Matching of the 三张清单 for every open need, in one pass and per need through the API.
  if (!mapOnly && !importOnly) {
    const db = await openStreetReadonly(work.path);
    results.partyMatching = await benchPartyMatch(db, (m, i) => core.call(m, i, token)).finally(() => db.close());
  }

  // 6. First idle of the map in Chromium, beside a plain MapLibre page with the same features.
  if (!values['no-browser'] && !importOnly) {
    const base = unwrap<MapBase>(await core.call('map.base', {}, token));
    const cases = unwrap<OverlayPayload>(await core.call('map.overlay', { kind: 'cases' }, token)).features;
    const plainDir = join(work.path, 'plain');
    writePlainMapPage(plainDir, base, decodeBuildings(unwrap<MapBuildings>(await core.call('map.buildings', {}, token))), cases);
    const plain = await serveFolder(plainDir);
    const server = await startServer({ core, staticDir: resolve(values.renderer) });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await unlockInPage(page, server.url, 'dispatcher', 'streetops');
      // Five pairs, each app run next to a bare run: on a shared machine the load drifts, so
      // the median of the pair ratios is steadier than the ratio of the two medians.
      const appRuns: number[] = [];
      const plainRuns: number[] = [];
      const appCreated: number[] = [];
      const appReady: number[] = [];
      const plainCreated: number[] = [];
      let appCounts: MapStyleCounts | null = null;
      let plainCounts: MapStyleCounts | null = null;
      for (let i = 0; i < 5; i++) {
        const idle = await appFirstIdle(page, server.url);
        appRuns.push(idle.idleMs);
        appReady.push(idle.readyMs);
        appCreated.push(await mapCreatedAt(page));
        appCounts ??= await mapStyleCounts(page);
        plainRuns.push(await plainFirstIdle(page, plain.url));
        plainCreated.push(await mapCreatedAt(page));
        plainCounts ??= await mapStyleCounts(page);
      }
      const app = median(appRuns);
      const baseline = median(plainRuns);
      const pairRatio = median(appRuns.map((a, i) => a / plainRuns[i]!), 2);
      if (!mapOnly) {
        const wall1080 = await benchWall({ baseUrl: server.url, browser, viewport: { width: 1920, height: 1080 } });
        const wall4k = await benchWall({ baseUrl: server.url, browser, viewport: { width: 3840, height: 2160 } });
        results.wall = { '1920x1080': wall1080, '3840x2160': wall4k };
      }
      results.mapFirstIdle = { appMs: app, plainMapLibreMs: baseline, ratio: Math.round((app / baseline) * 100) / 100, pairRatioMedian: pairRatio, appRunsMs: appRuns, plainRunsMs: plainRuns, appReadyMs: { median: median(appReady), runs: appReady, note: 'when the console said so (data-map-ready), after the idle event' }, mapCreatedMs: { app: median(appCreated), plain: median(plainCreated) }, app: appCounts, plain: plainCounts, viewport: '1920x1080', renderer: 'SwiftShader (software)' };
    } finally {
      await browser.close();
      await server.close();
      await plain.close();
    }
  }
  await core.close();
  // 7. Whole-street validation through the API, clean and with dragged vertices, against PostGIS when STREETOPS_POSTGIS is set.
  if (!mapOnly && !importOnly) results.validationVsPostgis = await benchValidationVsPostgis(work.path);
} finally {
  work.remove();
}

mkdirSync('bench/results', { recursive: true });
const json = JSON.stringify(results, null, 2);
writeFileSync('bench/results/latest.json', `${json}\n`);
process.stdout.write(`${json}\n`);
