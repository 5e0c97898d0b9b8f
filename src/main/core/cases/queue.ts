// The dispatcher's queues and filters over all cases. The same filter feeds the list
// and the per-queue counts, so the tab badges always match what a tab shows.
import { CASE_QUEUES, type CaseQueue, type CaseQueueResult } from '../../../shared/cases';
import type { CaseSource, CaseStatus } from '../../../shared/domain';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { CASE_ROW_COLUMNS, CASE_ROW_FROM, toCaseRow, type CaseRowRecord } from './caseRows';

export interface QueueQuery {
  queue: CaseQueue;
  statuses?: CaseStatus[] | undefined;
  communityId?: number | undefined;
  gridId?: number | undefined;
  categoryId?: number | undefined;
  source?: CaseSource | undefined;
  from?: number | undefined;
  to?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

const QUEUE_WHERE: Record<CaseQueue, string> = {
  new: `c.status = 'reported'`,
  toDispatch: `c.status = 'registered'`,
  inProgress: `c.status IN ('dispatched', 'handling')`,
  overdue: `c.status IN ${OPEN_STATUS_SQL} AND c.due_at < @now`,
  awaitingVerification: `c.status = 'awaiting_verification'`,
  supervised: `c.supervised = 1 AND c.status IN ${OPEN_STATUS_SQL}`,
  closed: `c.status = 'closed'`,
  all: '1',
};

const QUEUE_ORDER: Record<CaseQueue, string> = {
  new: 'c.reported_at, c.id',
  toDispatch: 'c.reported_at, c.id',
  inProgress: 'c.due_at IS NULL, c.due_at, c.id',
  overdue: 'c.due_at, c.id',
  awaitingVerification: 'c.due_at IS NULL, c.due_at, c.id',
  supervised: 'c.due_at IS NULL, c.due_at, c.id',
  closed: 'c.closed_at DESC, c.id DESC',
  all: 'c.reported_at DESC, c.id DESC',
};

function likeAnywhere(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function caseQueue(db: Db, query: QueueQuery, now: number): CaseQueueResult {
  const params: Record<string, unknown> = { now };
  const filters: string[] = [];
  if (query.statuses && query.statuses.length > 0) {
    filters.push(`c.status IN (${query.statuses.map((_, i) => `@st${i}`).join(', ')})`);
    query.statuses.forEach((s, i) => (params[`st${i}`] = s));
  }
  if (query.communityId !== undefined) (filters.push('g.community_id = @community'), (params.community = query.communityId));
  if (query.gridId !== undefined) (filters.push('c.grid_id = @grid'), (params.grid = query.gridId));
  if (query.categoryId !== undefined) (filters.push('(c.category_id = @category OR k.parent_id = @category)'), (params.category = query.categoryId));
  if (query.source !== undefined) (filters.push('c.source = @source'), (params.source = query.source));
  if (query.from !== undefined) (filters.push('c.reported_at >= @from'), (params.from = query.from));
  if (query.to !== undefined) (filters.push('c.reported_at < @to'), (params.to = query.to));
  if (query.q) {
    filters.push(`(c.code LIKE @q ESCAPE '\\' OR c.address LIKE @q ESCAPE '\\' OR c.description LIKE @q ESCAPE '\\')`);
    params.q = likeAnywhere(query.q);
  }
  const base = filters.length > 0 ? filters.join(' AND ') : '1';
  // The counts scan every matching case: join only the tables the filters need.
  const countFrom = ['FROM case_file c', query.communityId !== undefined ? 'JOIN grid g ON g.id = c.grid_id' : '', query.categoryId !== undefined ? 'JOIN case_category k ON k.id = c.category_id' : ''].join(' ');
  const countsRow = db
    .prepare(`SELECT ${CASE_QUEUES.map((name) => `sum(CASE WHEN ${QUEUE_WHERE[name]} THEN 1 ELSE 0 END) AS "${name}"`).join(', ')} ${countFrom} WHERE ${base}`)
    .get(params) as Record<CaseQueue, number | null>;
  const counts = Object.fromEntries(CASE_QUEUES.map((name) => [name, countsRow[name] ?? 0])) as Record<CaseQueue, number>;
  const where = `${base} AND ${QUEUE_WHERE[query.queue]}`;
  // Page the ids on the narrow join first, then fetch the full rows of that page only.
  const ids = db.prepare(`SELECT c.id ${countFrom} WHERE ${where} ORDER BY ${QUEUE_ORDER[query.queue]} LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit: query.limit, offset: query.offset }) as number[];
  const byId = new Map(
    (db.prepare(`SELECT ${CASE_ROW_COLUMNS} ${CASE_ROW_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as CaseRowRecord[]).map((r) => [r.id, r]),
  );
  const rows = ids.map((id) => byId.get(id)!);
  return { total: counts[query.queue], items: rows.map((r) => toCaseRow(r, now)), counts };
}
