// The queue's filter state as the form holds it, and its translation into case.queue input.
import type { ApiInput } from '../../../shared/api';
import type { CaseQueue } from '../../../shared/cases';
import type { CaseSource, CaseStatus } from '../../../shared/domain';

export interface QueueFilters {
  queue: CaseQueue;
  statuses: CaseStatus[];
  communityId: number | null;
  gridId: number | null;
  /** A large category or a subcategory. */
  categoryId: number | null;
  source: CaseSource | null;
  /** Reported from this day (YYYY-MM-DD, local), inclusive; '' = open. */
  from: string;
  /** Reported up to this day, inclusive; '' = open. */
  to: string;
  q: string;
}

export const DEFAULT_FILTERS: QueueFilters = {
  queue: 'new',
  statuses: [],
  communityId: null,
  gridId: null,
  categoryId: null,
  source: null,
  from: '',
  to: '',
  q: '',
};

export const PAGE_SIZE = 100;
/** The schema caps q at 60 characters. */
const MAX_Q = 60;

/** Local midnight of a YYYY-MM-DD day, or null when the text is not such a day. */
export function localDayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  // Date rolls 2026-13-45 over into 2027; such a day is not a day.
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date.getTime() : null;
}

export function queueInput(f: QueueFilters, page: number, pageSize = PAGE_SIZE): ApiInput<'case.queue'> {
  const input: ApiInput<'case.queue'> = { queue: f.queue, limit: pageSize, offset: Math.max(0, page) * pageSize };
  if (f.statuses.length > 0) input.statuses = f.statuses;
  if (f.communityId !== null) input.communityId = f.communityId;
  if (f.gridId !== null) input.gridId = f.gridId;
  if (f.categoryId !== null) input.categoryId = f.categoryId;
  if (f.source !== null) input.source = f.source;
  const from = localDayStart(f.from);
  if (from !== null) input.from = from;
  const to = localDayStart(f.to);
  // "Up to this day" includes the whole day: the bound is the next local midnight.
  if (to !== null) input.to = new Date(to).setDate(new Date(to).getDate() + 1);
  const q = f.q.trim().slice(0, MAX_Q);
  if (q) input.q = q;
  return input;
}

/** Whether anything beyond the queue tab narrows the list (the "clear filters" button shows). */
export function hasNarrowing(f: QueueFilters): boolean {
  return f.statuses.length > 0 || f.communityId !== null || f.gridId !== null || f.categoryId !== null || f.source !== null || f.from !== '' || f.to !== '' || f.q.trim() !== '';
}
