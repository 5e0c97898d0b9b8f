// A whole street's residents register imported through the API as an administrator would:
// one workbook per community (each community keeps its own register, and an import is for
// one community), previewed, then committed with the preview's digest. Meanwhile a
// dispatcher reads the case queue (the console's first page of 待受理) every ~50 ms: its
// p95 and worst latency say whether the import held the thread that answers everybody.
// Peak RSS is the bench process's, worker threads included.
import type { ApiResult } from '../../src/shared/errors';
import type { ImportCommitResult, ImportPreview } from '../../src/shared/registerImport';
import { openStreetReadonly } from '../../test/helpers/demoStreet';
import { communityRegisterWorkbook, newIdIssuer, type RegisterMix, type RegisterWorkbook } from '../../test/helpers/streetRegister';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** About 5% of residents with a changed phone, a new resident in every 50th household, the rest as registered. */
export const STREET_MIX: RegisterMix = { changedPhoneEvery: 20, newResidentEvery: 50 };
const SAMPLE_EVERY_MS = 50;
const EXPORT_METHOD = 'register.export';

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/** Latencies of a cheap call made every ~50 ms until stopped. */
class CheapSampler {
  readonly samples: number[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  constructor(cheap: () => Promise<unknown>) {
    this.loop = (async () => {
      while (this.running) {
        const t0 = performance.now();
        await cheap();
        const ms = performance.now() - t0;
        this.samples.push(ms);
        await new Promise((r) => setTimeout(r, Math.max(0, SAMPLE_EVERY_MS - ms)));
      }
    })();
  }

  async stop(): Promise<number[]> {
    this.running = false;
    await this.loop;
    return this.samples;
  }
}

export function latencyFigures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { calls: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), worstMs: round(sorted[sorted.length - 1] ?? 0) };
}

/** Runs `fn` while the cheap call is sampled and RSS watched; its time and the samples. */
export async function during<T>(cheap: () => Promise<unknown>, peak: { rss: number }, fn: () => Promise<T>): Promise<{ ms: number; value: T; samples: number[] }> {
  const watch = setInterval(() => (peak.rss = Math.max(peak.rss, process.memoryUsage().rss)), 25);
  const sampler = new CheapSampler(cheap);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: round(performance.now() - t0), value, samples: await sampler.stop() };
  } finally {
    await sampler.stop();
    clearInterval(watch);
  }
}

export async function benchImport(dataDir: string, adminCall: Call, queueRead: () => Promise<unknown>) {
  // 1. The workbooks, from the street's own register (before anything is imported).
  const db = await openStreetReadonly(dataDir);
  const t0 = performance.now();
  const books: RegisterWorkbook[] = [];
  try {
    const communities = db.prepare('SELECT id FROM community ORDER BY id').pluck().all() as number[];
    const issue = newIdIssuer(db);
    for (const id of communities) books.push(await communityRegisterWorkbook(db, id, STREET_MIX, issue));
  } finally {
    db.close();
  }
  const writeWorkbooksMs = round(performance.now() - t0);

  // 2. Preview and commit, community by community, through the API.
  const peak = { rss: process.memoryUsage().rss };
  const previewSamples: number[] = [];
  const commitSamples: number[] = [];
  const perCommunity: { communityId: number; rows: number; previewMs: number; commitMs: number }[] = [];
  const totals = { new: 0, updated: 0, unchanged: 0, conflict: 0, needsPick: 0, rejected: 0 };
  // The commit's counts, whatever it names them (added, updated, created, unchanged, notWritten).
  const written: Record<string, number> = {};
  let previewMs = 0;
  let commitMs = 0;
  for (const book of books) {
    const input = { register: 'residents', communityId: book.communityId, file: { name: `居民信息台账-${book.communityId}.xlsx`, base64: book.bytes.toString('base64') } };
    const preview = await during(queueRead, peak, async () => unwrap<ImportPreview>(await adminCall('register.import.preview', input), `preview of community ${book.communityId}`));
    const commit = await during(queueRead, peak, async () => unwrap<ImportCommitResult>(await adminCall('register.import.commit', { ...input, digest: preview.value.digest }), `commit of community ${book.communityId}`));
    previewSamples.push(...preview.samples);
    commitSamples.push(...commit.samples);
    previewMs += preview.ms;
    commitMs += commit.ms;
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += preview.value.totals[k];
    for (const [k, v] of Object.entries(commit.value)) if (typeof v === 'number') written[k] = (written[k] ?? 0) + v;
    perCommunity.push({ communityId: book.communityId, rows: book.rows, previewMs: preview.ms, commitMs: commit.ms });
  }

  const expected = { new: 0, updated: 0, unchanged: 0 };
  for (const b of books) for (const k of Object.keys(expected) as (keyof typeof expected)[]) expected[k] += b.expected[k];
  return {
    communities: books.length,
    rows: books.reduce((s, b) => s + b.rows, 0),
    households: books.reduce((s, b) => s + b.households, 0),
    workbookBytes: books.reduce((s, b) => s + b.bytes.length, 0),
    mix: STREET_MIX,
    writeWorkbooksMs,
    previewMs: round(previewMs),
    commitMs: round(commitMs),
    totalMs: round(previewMs + commitMs),
    targetMs: 60_000,
    expected,
    previewTotals: totals,
    written,
    queueReadDuringPreview: latencyFigures(previewSamples),
    queueReadDuringCommit: latencyFigures(commitSamples),
    queueRead: { ...latencyFigures([...previewSamples, ...commitSamples]), targetP95Ms: 100, call: "case.queue { queue: 'new', limit: 100 } as the dispatcher, every ~50 ms" },
    peakRssMB: Math.round(peak.rss / 1048576),
    perCommunity,
    export: await benchExport(adminCall, queueRead, books.map((b) => b.communityId)),
  };
}

/** The same register exported, community by community, when the core has register.export. */
async function benchExport(adminCall: Call, queueRead: () => Promise<unknown>, communities: number[]) {
  const peak = { rss: process.memoryUsage().rss };
  const samples: number[] = [];
  let ms = 0;
  let bytes = 0;
  for (const communityId of communities) {
    const run = await during(queueRead, peak, () => adminCall(EXPORT_METHOD, { register: 'residents', communityId }));
    if (!run.value.ok) return { available: false, error: `${run.value.error.code}: ${run.value.error.message}` };
    ms += run.ms;
    samples.push(...run.samples);
    bytes += Buffer.byteLength((run.value.result as { base64: string }).base64, 'base64');
  }
  return { available: true, ms: round(ms), workbookBytes: bytes, queueRead: latencyFigures(samples), peakRssMB: Math.round(peak.rss / 1048576) };
}
