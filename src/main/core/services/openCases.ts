// Shared SQL pieces for "open" and "overdue" cases, so every screen counts them alike.
import { OPEN_CASE_STATUSES } from '../../../shared/domain';

export const OPEN_STATUS_SQL = `(${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
