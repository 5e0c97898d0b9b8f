// A year's case ledger exported by a process that holds nothing but the core, built as the app
// ships it (bundled, no TypeScript loader), so its peak memory is the figure a user's machine
// sees. Run by bench/lib/processProbe.ts; prints one JSON line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startCore } from '../../src/main/core/index';

/** The kernel's own high-water mark of this process's resident memory (worker threads included). */
function peakRssMB(): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : -1;
}

const [dataDir, workerFile, nowText] = process.argv.slice(2);
if (!dataDir || !workerFile || !nowText) throw new Error('usage: ledgerYear DATA_DIR CORE_WORKER_JS NOW_MS');
const now = Number(nowText);
const core = await startCore({ dataDir, workerEntry: pathToFileURL(workerFile) });
const unlocked = await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null);
if (!unlocked.ok) throw new Error(unlocked.error.message);
const token = (unlocked.result as { token: string }).token;
// The worker thread starts on the first heavy call: warm it, as a running app has.
await core.call('indicators.compute', { from: now - 7 * 86_400_000, to: now }, token);
const beforeMB = Math.round(process.memoryUsage().rss / 1048576);
const started = performance.now();
const r = await core.call('ledger.export', { from: now - 365 * 86_400_000, to: now }, token);
const ms = Math.round(performance.now() - started);
if (!r.ok) throw new Error(r.error.message);
const bytes = Buffer.byteLength((r.result as { base64: string }).base64, 'base64');
await core.close();
process.stdout.write(`${JSON.stringify({ ms, bytes, rssBeforeMB: beforeMB, peakRssMB: peakRssMB() })}\n`);
