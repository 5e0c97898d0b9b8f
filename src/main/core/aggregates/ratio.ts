// A rate with no value when its denominator is 0, as computeIndicators gives them.
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
