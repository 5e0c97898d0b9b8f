// A backup of the street through the API, as an administrator makes one (立即备份): its time,
// the file's size, and the latency of the dispatcher's queue read sampled every ~50 ms while
// the worker copies and verifies the street (issue #12's figures: ≤ 10 s at scale 1, the
// queue read ≤ 100 ms p95).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupRunView } from '../../src/shared/backup';
import type { ApiResult } from '../../src/shared/errors';
import { during, latencyFigures } from './importBench';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

export async function benchBackup(adminCall: Call, queueRead: () => Promise<unknown>) {
  const folder = mkdtempSync(join(tmpdir(), 'streetops-bench-backup-'));
  try {
    unwrap(await adminCall('backup.saveSettings', { folder }), 'backup.saveSettings');
    const peak = { rss: process.memoryUsage().rss };
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const r = await during(queueRead, peak, async () => unwrap<BackupRunView>(await adminCall('backup.run', {}), 'backup.run'));
      if (!r.value.ok) throw new Error(`backup failed: ${r.value.problem}`);
      runs.push({ ms: r.ms, bytes: r.value.bytes, queueRead: latencyFigures(r.samples) });
    }
    unwrap(await adminCall('backup.saveSettings', { folder: null }), 'backup.saveSettings');
    return { runs, peakRssMB: Math.round(peak.rss / 1048576), note: 'the first run starts its worker thread; the second is the steady figure' };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
