// The spans the headline tiles compare. "Today" is China time from midnight to now;
// yesterday and last week are the same spans one and seven days earlier, so a figure at
// 10:00 is compared with the figure at 10:00 then, not with a whole day.
import { shanghaiDayIndex, shanghaiDayStart } from '../calendar/workCalendar';
import { WALL_RATE_DAYS, WALL_TREND_DAYS } from '../../../shared/wall';

export const DAY_MS = 86_400_000;

export interface Span {
  from: number;
  to: number;
}

export interface WallPeriods {
  now: number;
  /** Today so far, the same hours yesterday, the same hours a week ago. */
  today: Span;
  yesterday: Span;
  lastWeek: Span;
  /** The rolling rate window ending now, a day ago, a week ago. */
  rate: Span;
  rateYesterday: Span;
  rateLastWeek: Span;
  /** Midnight that starts the first trend day. */
  trendFrom: number;
  /** Shanghai day index of today. */
  todayIndex: number;
}

const shift = (span: Span, days: number): Span => ({ from: span.from - days * DAY_MS, to: span.to - days * DAY_MS });

export function wallPeriods(now: number): WallPeriods {
  const todayIndex = shanghaiDayIndex(now);
  const dayStart = shanghaiDayStart(todayIndex);
  // A span needs from < to for the indicators: at 00:00:00.000 "today" is one millisecond long.
  const today = { from: dayStart, to: Math.max(now, dayStart + 1) };
  const rate = { from: now - WALL_RATE_DAYS * DAY_MS, to: now };
  return {
    now,
    today,
    yesterday: shift(today, 1),
    lastWeek: shift(today, 7),
    rate,
    rateYesterday: shift(rate, 1),
    rateLastWeek: shift(rate, 7),
    trendFrom: shanghaiDayStart(todayIndex - (WALL_TREND_DAYS - 1)),
    todayIndex,
  };
}
