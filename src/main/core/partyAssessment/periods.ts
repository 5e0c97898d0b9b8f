// 三会一课 periods: which month or quarter a day falls in, and where an organisation stands
// for one kind in one period on a given day. Pure (calendar dates in China time), so the
// reminders, the tab and the tests read one rule (MEETING_RULES in shared/partyAssessment).
import type { Cadence, MeetingRule, PeriodState } from '../../../shared/partyAssessment';

export interface Period {
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  key: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

export function periodOf(date: string, cadence: Cadence): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (cadence === 'month') return { key: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01`, end: lastDay(year, month) };
  const q = Math.floor((month - 1) / 3) + 1;
  return { key: `${year}-Q${q}`, start: `${year}-${pad(q * 3 - 2)}-01`, end: lastDay(year, q * 3) };
}

export function previousPeriod(p: Period, cadence: Cadence): Period {
  const d = new Date(`${p.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return periodOf(d.toISOString().slice(0, 10), cadence);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** held: one is recorded in the period; missed: it ended without one; due: it ends within the rule's lead days; upcoming otherwise. */
export function periodState(held: boolean, p: Period, today: string, rule: Pick<MeetingRule, 'leadDays'>): PeriodState {
  if (held) return 'held';
  if (today > p.end) return 'missed';
  return daysBetween(today, p.end) < rule.leadDays ? 'due' : 'upcoming';
}

/** The periods of a year from January up to the one holding `today` (or the whole year when it is past). */
export function periodsOfYear(year: number, today: string, cadence: Cadence): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(`${year}-01-01`, cadence); p.start.slice(0, 4) === String(year) && p.start <= today; ) {
    out.push(p);
    const d = new Date(`${p.end}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    p = periodOf(d.toISOString().slice(0, 10), cadence);
  }
  return out;
}
