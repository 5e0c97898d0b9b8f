// SQL pieces every wall query shares, so "open", "overdue" and the community scope mean
// the same thing in the tiles, the grid colours and the ranking, and the same as on the
// console's map and the dispatch desk's queues (OPEN_STATUS_SQL, due_at < now).
import type { CountScope } from '../aggregates/caseCounts';
import { OPEN_STATUS_SQL } from '../services/openCases';

export { OPEN_STATUS_SQL };

/** The status a case had at @t: the one its last event at or before @t left it in. */
const STATUS_AT_SQL = `(SELECT e.to_status FROM case_event e WHERE e.case_id = cf.id AND e.at <= @t ORDER BY e.at DESC, e.id DESC LIMIT 1)`;

/**
 * Cases open and past due at @t, as (id, grid_id). At @t = now this is exactly the 超期
 * queue (open status, due_at < now); for an earlier @t the status is read back from the
 * case history, so a case closed, suspended (挂账) or escalated (上报) since counts as it
 * stood then. Two halves, each on its index: cases not finished now by (status, due_at),
 * cases closed after @t by closed_at (the unary + keeps SQLite off the status index,
 * which would visit every closed case).
 */
export const OVERDUE_AT_SQL = `(
  SELECT cf.id, cf.grid_id FROM case_file cf
   WHERE cf.status IN ('reported', 'registered', 'dispatched', 'handling', 'awaiting_verification', 'suspended', 'escalated')
     AND cf.due_at < @t AND ${STATUS_AT_SQL} IN ${OPEN_STATUS_SQL}
  UNION ALL
  SELECT cf.id, cf.grid_id FROM case_file cf
   WHERE cf.closed_at > @t AND +cf.status = 'closed' AND cf.due_at < @t AND ${STATUS_AT_SQL} IN ${OPEN_STATUS_SQL}
)`;

/**
 * Cases open and past due now, as (id, grid_id, supervised): the 超期 queue itself. What
 * OVERDUE_AT_SQL gives at @t = now (every status change writes an event, so the status a
 * case's history leaves it in now is its status), without reading the history back.
 */
export const OVERDUE_NOW_SQL = `(SELECT cf.id, cf.grid_id FROM case_file cf WHERE cf.status IN ${OPEN_STATUS_SQL} AND cf.due_at < @t)`;

/** Scope condition over `g` (the case's or building's grid): @communityId, or the whole street when null. */
export const SCOPE_SQL = '(@communityId IS NULL OR g.community_id = @communityId)';

export interface Scope {
  communityId: number | null;
}

/** The wall's scope as the kept counts take it (aggregates/caseCounts). */
export function countScope(scope: Scope): CountScope {
  return scope.communityId === null ? { kind: 'street' } : { kind: 'community', id: scope.communityId };
}
