// The street office's work calendar, used for case time limits (处置时限).
// All arithmetic is in China Standard Time with a fixed +08:00 offset: Asia/Shanghai has
// had no daylight saving since 1991, and going through the machine's time zone would make
// due times depend on where the app (or CI) runs.
//
// Working hours: 08:30-12:00 and 14:00-17:30 (7 h a day). Weekends are off, except the
// make-up working days (调休上班) that the State Council moves onto them; public holidays
// are off. Years without a table below fall back to plain Monday-Friday.

export type WorkUnit = 'work_hour' | 'work_day';

export interface CalendarOverride {
  /** 'YYYY-MM-DD' in Shanghai time. */
  date: string;
  working: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;
const OFFSET_MS = CHINA_OFFSET_MS;

/** Working periods as [start, end) offsets from local midnight. */
const PERIODS: readonly (readonly [number, number])[] = [
  [8.5 * HOUR_MS, 12 * HOUR_MS],
  [14 * HOUR_MS, 17.5 * HOUR_MS],
];
export const WORK_DAY_MS = PERIODS.reduce((sum, [a, b]) => sum + (b - a), 0);

interface YearTable {
  /** Public holidays and the weekdays moved into them (off). */
  off: readonly string[];
  /** Weekend days worked in exchange (调休上班). */
  on: readonly string[];
}

/** Expand 'MM-DD..MM-DD' ranges and single 'MM-DD' days of one year into full dates. */
function days(year: number, ...specs: string[]): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    const [from, to = from] = spec.split('..') as [string, string?];
    let d = dayIndexOfDate(`${year}-${from}`);
    const end = dayIndexOfDate(`${year}-${to}`);
    for (; d <= end; d++) out.push(dateOfDayIndex(d));
  }
  return out;
}

/**
 * State Council (国务院办公厅) notices on public holidays (部分节假日安排的通知):
 * - 2024: published 2023-10; entered from memory, not re-checked against the text
 *   (it only matters for a case history that reaches back into 2024).
 * - 2025: published 2024-11; the dates in the product brief.
 * - 2026: published 2025-11-04; checked against the text Xinhua republished.
 * Later years must be added when their notice is published (or passed as overrides).
 */
const HOLIDAYS: Readonly<Record<number, YearTable>> = {
  2024: {
    off: days(2024, '01-01', '02-10..02-17', '04-04..04-06', '05-01..05-05', '06-10', '09-15..09-17', '10-01..10-07'),
    on: days(2024, '02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'),
  },
  2025: {
    off: days(2025, '01-01', '01-28..02-04', '04-04..04-06', '05-01..05-05', '05-31..06-02', '10-01..10-08'),
    on: days(2025, '01-26', '02-08', '04-27', '09-28', '10-11'),
  },
  2026: {
    off: days(2026, '01-01..01-03', '02-15..02-23', '04-04..04-06', '05-01..05-05', '06-19..06-21', '09-25..09-27', '10-01..10-07'),
    on: days(2026, '01-04', '02-14', '02-28', '05-09', '09-20', '10-10'),
  },
};

/** Days since 1970-01-01 in Shanghai time. */
export function shanghaiDayIndex(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** Epoch ms of local (Shanghai) midnight of a day index. */
export function shanghaiDayStart(dayIndex: number): number {
  return dayIndex * DAY_MS - OFFSET_MS;
}

function dayIndexOfDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) throw new Error(`not a real date: ${date}`);
  return t / DAY_MS;
}

function dateOfDayIndex(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' of an instant, in Shanghai time. */
export function shanghaiDate(ms: number): string {
  return dateOfDayIndex(shanghaiDayIndex(ms));
}

/** Epoch ms of 00:00 Shanghai time on a 'YYYY-MM-DD' date. */
export function shanghaiMidnight(date: string): number {
  return shanghaiDayStart(dayIndexOfDate(date));
}

const BUILT_IN: ReadonlyMap<number, boolean> = (() => {
  const map = new Map<number, boolean>();
  for (const table of Object.values(HOLIDAYS)) {
    for (const d of table.off) map.set(dayIndexOfDate(d), false);
    for (const d of table.on) map.set(dayIndexOfDate(d), true);
  }
  return map;
})();

/** The built-in holidays (working: false) and make-up days (working: true) of a year. */
export function builtInExceptions(year: number): CalendarOverride[] {
  const table = HOLIDAYS[year];
  if (!table) return [];
  return [...table.off.map((date) => ({ date, working: false })), ...table.on.map((date) => ({ date, working: true }))].sort((a, b) => a.date.localeCompare(b.date));
}

export class WorkCalendar {
  private readonly overrides = new Map<number, boolean>();
  /** Per-day answer cache: 0 unknown, 1 working, 2 off. Day indexes are small positive integers. */
  private readonly cache = new Uint8Array(100_000);

  constructor(overrides: readonly CalendarOverride[] = []) {
    for (const o of overrides) this.overrides.set(dayIndexOfDate(o.date), o.working);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayIndex(dayIndexOfDate(date));
  }

  /** Same as isWorkingDay, by Shanghai day index (see shanghaiDayIndex). */
  isWorkingDayIndex(dayIndex: number): boolean {
    const cached = dayIndex >= 0 && dayIndex < this.cache.length ? this.cache[dayIndex]! : 0;
    if (cached !== 0) return cached === 1;
    const working = this.overrides.get(dayIndex) ?? BUILT_IN.get(dayIndex) ?? isWeekday(dayIndex);
    if (dayIndex >= 0 && dayIndex < this.cache.length) this.cache[dayIndex] = working ? 1 : 2;
    return working;
  }

  /**
   * The instant `amount` units of working time after `startMs`. A start outside working
   * hours counts from the next working period; a limit that runs out exactly at the end
   * of a period ends there (12:00, not 14:00). One work_day is 7 working hours.
   */
  addWorkingTime(startMs: number, amount: number, unit: WorkUnit): number {
    if (!(amount >= 0)) throw new RangeError(`working time must be >= 0, got ${amount}`);
    if (amount === 0) return startMs;
    let remaining = amount * (unit === 'work_hour' ? HOUR_MS : WORK_DAY_MS);
    let day = shanghaiDayIndex(startMs);
    let offset = startMs - shanghaiDayStart(day);
    // Whole working days are skipped in one step, so the loop runs about once per calendar day.
    for (let guard = 0; guard < 1_000_000; guard++, day++, offset = 0) {
      if (!this.isWorkingDayIndex(day)) continue;
      for (const [a, b] of PERIODS) {
        const from = Math.max(offset, a);
        if (from >= b) continue;
        const available = b - from;
        if (remaining <= available) return shanghaiDayStart(day) + from + remaining;
        remaining -= available;
      }
    }
    throw new Error('addWorkingTime: no working days found');
  }

  /** Working milliseconds in [aMs, bMs); negative when bMs < aMs. */
  workingMsBetween(aMs: number, bMs: number): number {
    if (bMs < aMs) return -this.workingMsBetween(bMs, aMs);
    let total = 0;
    const lastDay = shanghaiDayIndex(bMs);
    for (let day = shanghaiDayIndex(aMs); day <= lastDay; day++) {
      if (!this.isWorkingDayIndex(day)) continue;
      const start = shanghaiDayStart(day);
      for (const [a, b] of PERIODS) {
        const from = Math.max(aMs, start + a);
        const to = Math.min(bMs, start + b);
        if (to > from) total += to - from;
      }
    }
    return total;
  }
}

function isWeekday(dayIndex: number): boolean {
  // 1970-01-01 was a Thursday: (dayIndex + 4) % 7 gives 0 = Sunday .. 6 = Saturday.
  const dow = (((dayIndex + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}

/** Milliseconds in one unit of a time limit. */
export function unitMs(unit: WorkUnit): number {
  return unit === 'work_hour' ? HOUR_MS : WORK_DAY_MS;
}
