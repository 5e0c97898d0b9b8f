// The period the period metrics count over: the one asked for, or the last 365 days up
// to now (a rolling year evens out the seasons and fits the 366-day cap in any year).
import { THEMATIC_DEFAULT_DAYS, type ThematicPeriod } from '../../../shared/thematic';

const DAY_MS = 86_400_000;

export function thematicPeriod(input: { from?: number | undefined; to?: number | undefined }, now: number): ThematicPeriod {
  if (input.from !== undefined && input.to !== undefined) return { from: input.from, to: input.to };
  return { from: now - THEMATIC_DEFAULT_DAYS * DAY_MS, to: now };
}
