// A round upper bound and tick step for a chart axis: 0..max in 4–6 steps of 1, 2 or 5 × 10ⁿ.
export function niceScale(max: number, targetTicks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}
