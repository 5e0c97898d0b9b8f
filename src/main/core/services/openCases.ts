// Shared SQL pieces for "open", "unresolved" and "overdue" cases, so every screen counts them alike.
import { OPEN_CASE_STATUSES, UNRESOLVED_CASE_STATUSES } from '../../../shared/domain';

const sqlList = (statuses: readonly string[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;

export const OPEN_STATUS_SQL = sqlList(OPEN_CASE_STATUSES);
/** Open, 挂账 or 上报: not resolved (what a grid edit moves with its land). */
export const UNRESOLVED_STATUS_SQL = sqlList(UNRESOLVED_CASE_STATUSES);
