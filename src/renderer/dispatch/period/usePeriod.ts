// The period a choice stands for today. Rebuilt only when the China day changes, so the
// query built on it does not re-run every time the clock ticks.
import { useMemo } from 'react';
import { useNow } from '../useNow';
import { chinaDate, chinaDayStart, periodOf, type Period, type PeriodChoice } from './period';
import { officeNow } from '../../session/officeClock';

const MINUTE_MS = 60_000;

export function usePeriod(choice: PeriodChoice): Period | null {
  const today = chinaDate(useNow(MINUTE_MS));
  // Midnight of today stands for "now": every preset is a whole number of days.
  return useMemo(() => periodOf(choice, chinaDayStart(today) ?? officeNow()), [choice, today]);
}
