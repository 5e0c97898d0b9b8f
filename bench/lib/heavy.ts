// Heavy calls against the query thread: for each, its time and the worst latency of a cheap
// call (session.status) made every 10 ms while it runs. A cheap call waiting long means the
// heavy one held the thread that answers everybody (the wall and pushed events included).
import type { ApiResult } from '../../src/shared/errors';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface HeavyFigure {
  ms: number;
  ok: boolean;
  worstCheapMs: number;
  cheapCalls: number;
  peakRssMB?: number;
}

export async function duringHeavy(call: Call, cheap: () => Promise<unknown>, method: string, input: unknown, trackRss = false): Promise<HeavyFigure> {
  let done = false;
  let worst = 0;
  let count = 0;
  let peak = process.memoryUsage().rss;
  const rss = trackRss ? setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25) : null;
  const t0 = performance.now();
  const heavy = call(method, input).then((r) => {
    done = true;
    return r;
  });
  while (!done) {
    const c0 = performance.now();
    await cheap();
    worst = Math.max(worst, performance.now() - c0);
    count++;
    await new Promise((r) => setTimeout(r, 10));
  }
  const r = await heavy;
  const ms = Math.round(performance.now() - t0);
  if (rss) clearInterval(rss);
  return { ms, ok: r.ok, worstCheapMs: Math.round(worst * 10) / 10, cheapCalls: count, ...(trackRss ? { peakRssMB: Math.round(peak / 1048576) } : {}) };
}

export async function benchHeavy(call: Call, adminCall: Call, cheap: () => Promise<unknown>, now: number): Promise<Record<string, HeavyFigure>> {
  const DAY = 86_400_000;
  const year = { from: now - 365 * DAY, to: now };
  const month = { from: now - 30 * DAY, to: now };
  // Warm the worker thread once, so the figures are the calls' own.
  await call('indicators.compute', month);
  const out: Record<string, HeavyFigure> = {};
  out['ledger.export year'] = await duringHeavy(call, cheap, 'ledger.export', year, true);
  out['ledger.export month'] = await duringHeavy(call, cheap, 'ledger.export', month);
  out['briefing.build month'] = await duringHeavy(call, cheap, 'briefing.build', { ...month, scope: { kind: 'street' } });
  out['indicators.compute year by grid'] = await duringHeavy(call, cheap, 'indicators.compute', { ...year, groupBy: 'grid' });
  out['thematic.grids year'] = await duringHeavy(call, cheap, 'thematic.grids', { ...year });
  out['grid.validate'] = await duringHeavy(adminCall, cheap, 'grid.validate', {});
  out['map.base'] = await duringHeavy(call, cheap, 'map.base', {});
  out['wall.snapshot'] = await duringHeavy(call, cheap, 'wall.snapshot', {});
  out['search.query 王'] = await duringHeavy(call, cheap, 'search.query', { q: '王' });
  return out;
}

/** A first start generating the demo street (in a worker), while the unlock screen polls session.status. */
export async function benchDemoStart(dataDir: string, scale: number, seed: number): Promise<HeavyFigure> {
  const { startCore } = await import('../../src/main/core/index');
  const t0 = performance.now();
  const core = await startCore({ dataDir, demo: { scale, seed } });
  let done = false;
  void core.ready().then(() => (done = true));
  let worst = 0;
  let count = 0;
  while (!done) {
    const c0 = performance.now();
    await core.call('session.status', {}, null);
    worst = Math.max(worst, performance.now() - c0);
    count++;
    await new Promise((r) => setTimeout(r, 10));
  }
  const ms = Math.round(performance.now() - t0);
  const status = await core.call('session.status', {}, null);
  await core.close();
  return { ms, ok: status.ok && (status.result as { state: string }).state === 'locked', worstCheapMs: Math.round(worst * 10) / 10, cheapCalls: count };
}
