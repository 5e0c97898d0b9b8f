// Class breaks for a choropleth legend: quantiles (each class holds about as many grids
// as the next, so a few extreme grids cannot leave the middle classes empty, as equal
// intervals would), rounded to readable numbers: multiples of 1, 2 or 5 × 10ⁿ, about a
// tenth of the spread between the first and last break (not of the whole range, which
// one outlying grid can stretch until rounding swallows the classes). Rounding can make
// two breaks meet, or leave a class between two breaks with no grid in it (interpolated
// quantiles across a gap in the values): such a class merges into the one below, and the
// legend has fewer classes rather than an empty one.
import { THEMATIC_CLASSES } from '../../../shared/thematic';

/** Linear interpolation between order statistics (the usual "type 7" quantile). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (at - lo);
}

/** The rounding unit: 1, 2 or 5 × 10ⁿ, about a tenth of `spread`, never finer than the values' own precision. */
export function roundingUnit(spread: number, decimals: number): number {
  const finest = 10 ** -decimals;
  const rough = spread / 10;
  if (!(rough > finest)) return finest;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = rough / power >= 5 ? 5 : rough / power >= 2 ? 2 : 1;
  return Math.max(finest, step * power);
}

/** Breaks for `values` (nulls ignored): ascending, strictly above the minimum and at most the maximum. */
export function classBreaks(values: readonly (number | null)[], decimals: number, classes = THEMATIC_CLASSES): number[] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined || min === max) return [];
  const raw = Array.from({ length: classes - 1 }, (_, i) => quantile(sorted, (i + 1) / classes));
  const inner = (raw[raw.length - 1] ?? max) - (raw[0] ?? min);
  const unit = roundingUnit(inner > 0 ? inner : max - min, decimals);
  const breaks: number[] = [];
  for (const q of raw) {
    // toFixed strips the binary noise of unit multiples (0.1 × 3 = 0.30000000000000004).
    const b = Number((Math.round(q / unit) * unit).toFixed(decimals));
    if (b > min && b <= max && b !== breaks[breaks.length - 1]) breaks.push(b);
  }
  // A break stays only if some value lies between it and the next: the class it opens is
  // not empty (the first class holds the minimum, the last the maximum).
  return breaks.filter((b, k) => sorted.some((v) => v >= b && v < (breaks[k + 1] ?? Infinity)));
}

/** The class of a value: the number of breaks at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}
