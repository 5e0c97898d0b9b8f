// Small timing helpers for the benchmarks: wall-clock milliseconds and medians.
export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: Math.round((performance.now() - t0) * 10) / 10, value };
}

/** The median, to a tenth by default (milliseconds); ratios ask for two decimals. */
export function median(values: number[], decimals = 1): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const scale = 10 ** decimals;
  return Math.round(m * scale) / scale;
}

export async function medianOf(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push((await timeIt(fn)).ms);
  return { medianMs: median(runsMs), runsMs };
}
