// The traffic light of an open case: red once past due, yellow in the last fifth of the
// time allowed (or the last 4 hours when the start is unknown), green before that.
import type { CaseLight } from '../../../shared/domain';

const YELLOW_FRACTION = 0.2;
const YELLOW_FALLBACK_MS = 4 * 3600_000;

export function caseLight(now: number, dueAt: number | null, dispatchedAt: number | null): CaseLight {
  if (dueAt === null) return 'green';
  if (now > dueAt) return 'red';
  const window = dispatchedAt !== null && dueAt > dispatchedAt ? (dueAt - dispatchedAt) * YELLOW_FRACTION : YELLOW_FALLBACK_MS;
  return dueAt - now <= window ? 'yellow' : 'green';
}
