// Devices and alerts at scale (issue #14 part B): 1,000,000 door-card events in one vendor
// file taken from the watched folder (in a worker, one transaction; target ≤ 30 s) while the
// dispatcher's queue read is sampled every ~50 ms, then a full evaluation of every rule
// (target ≤ 1 s), five times.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlertEvaluation } from '../../src/shared/alerts';
import type { DeviceSourceCreated, IngestLogRow } from '../../src/shared/devices';
import type { ApiResult } from '../../src/shared/errors';
import { openStreetReadonly } from '../../test/helpers/demoStreet';
import { during, latencyFigures } from './importBench';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const EVENTS = 1_000_000;
/** Flats given a reader for the bench (on top of the demo's pilot). */
const FLATS = 4_000;

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

export async function benchDevices(dataDir: string, adminCall: Call, queueRead: () => Promise<unknown>, now: number) {
  const folder = mkdtempSync(join(tmpdir(), 'streetops-bench-devices-'));
  try {
    const db = await openStreetReadonly(dataDir);
    let households: number[];
    try {
      households = db.prepare('SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL) ORDER BY id LIMIT ?').pluck().all(FLATS) as number[];
    } finally {
      db.close();
    }
    const source = unwrap<DeviceSourceCreated>(await adminCall('device.addSource', { name: '压测门禁平台' }), 'device.addSource');
    const t0 = performance.now();
    for (const [i, householdId] of households.entries()) unwrap(await adminCall('device.add', { code: `BENCH-${i}`, kind: 'door_reader', sourceId: source.source.id, householdId }), 'device.add');
    const registerMs = Math.round(performance.now() - t0);

    // A month of swipes, 4–5 cards per flat, in time order as a vendor exports them.
    const lines = ['device_code,time,kind,card'];
    const span = 30 * 86_400_000;
    for (let i = 0; i < EVENTS; i++) {
      const flat = i % households.length;
      const at = now - span + Math.floor((i / EVENTS) * span);
      lines.push(`BENCH-${flat},${new Date(at).toISOString()},card_swipe,K${flat}-${i % 5}`);
    }
    const file = join(folder, 'bench-1m.csv');
    writeFileSync(file, lines.join('\n'));
    const bytes = statSync(file).size;
    unwrap(await adminCall('alert.saveSettings', { watchFolder: folder }), 'alert.saveSettings');
    const peak = { rss: process.memoryUsage().rss };
    const ingest = await during(queueRead, peak, async () => unwrap<IngestLogRow[]>(await adminCall('device.scanFolder', {}), 'device.scanFolder'));
    const log = ingest.value[0];
    if (!log?.ok || log.accepted !== EVENTS) throw new Error(`the bench file was not taken whole: ${JSON.stringify(log).slice(0, 300)}`);
    unwrap(await adminCall('alert.saveSettings', { watchFolder: null }), 'alert.saveSettings');

    const evaluations: number[] = [];
    let last: AlertEvaluation | null = null;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      last = unwrap<AlertEvaluation>(await adminCall('alert.evaluate', {}), 'alert.evaluate');
      evaluations.push(Math.round(performance.now() - started));
    }
    return {
      flats: households.length,
      registerMs,
      ingest: { events: EVENTS, fileMB: Math.round(bytes / 1048576), ms: ingest.ms, coreMs: log.ms, alertsRaised: log.alertsRaised, queueRead: latencyFigures(ingest.samples), peakRssMB: Math.round(peak.rss / 1048576) },
      fullEvaluation: { runsMs: evaluations, worstMs: Math.max(...evaluations), lastRaised: last?.raised ?? 0 },
      targets: { ingestMs: 30_000, fullEvaluationMs: 1_000 },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
