// The due column in words: how long is left, or how long overdue (剩余2小时 / 超期3天),
// and for a closed case whether it closed on time. Calendar time: the core already
// counted working hours when it set dueAt.
import type { CaseStatus } from '../../../shared/domain';
import type { Translate } from '../../i18n/translate';

export type DueUnit = 'minute' | 'hour' | 'day';
export type DueInfo =
  | { kind: 'none' }
  | { kind: 'closedOnTime' }
  | { kind: 'closedLate'; amount: number; unit: DueUnit }
  | { kind: 'remaining' | 'overdue'; amount: number; unit: DueUnit };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span as one whole number of its largest sensible unit, never zero. */
export function spanOf(ms: number): { amount: number; unit: DueUnit } {
  const abs = Math.abs(ms);
  if (abs < HOUR) return { amount: Math.max(1, Math.floor(abs / MINUTE)), unit: 'minute' };
  if (abs < DAY) return { amount: Math.floor(abs / HOUR), unit: 'hour' };
  return { amount: Math.floor(abs / DAY), unit: 'day' };
}

/** Statuses whose clock runs: the dispatch has happened and nobody has closed or parked the case. */
const CLOCK_RUNNING: ReadonlySet<CaseStatus> = new Set(['dispatched', 'handling', 'awaiting_verification']);

export function dueInfo(c: { status: CaseStatus; dueAt: number | null; closedAt: number | null }, now: number): DueInfo {
  if (c.dueAt === null) return { kind: 'none' };
  if (c.status === 'closed') {
    const closedAt = c.closedAt ?? now;
    return closedAt <= c.dueAt ? { kind: 'closedOnTime' } : { kind: 'closedLate', ...spanOf(closedAt - c.dueAt) };
  }
  if (!CLOCK_RUNNING.has(c.status)) return { kind: 'none' };
  const left = c.dueAt - now;
  return { kind: left >= 0 ? 'remaining' : 'overdue', ...spanOf(left) };
}

export function formatDue(info: DueInfo, t: Translate): string {
  switch (info.kind) {
    case 'none':
      return '—';
    case 'closedOnTime':
      return t('due.closedOnTime');
    case 'closedLate':
      return t(`due.closedLate.${info.unit}`, { n: info.amount });
    case 'remaining':
      return t(`due.remaining.${info.unit}`, { n: info.amount });
    case 'overdue':
      return t(`due.overdue.${info.unit}`, { n: info.amount });
  }
}
