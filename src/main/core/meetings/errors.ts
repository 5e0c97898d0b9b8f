// Refusals of meetings and decisions, each a typed ApiError with a stable reason word the UI
// words in either language; thrown before anything is written, so a refused call changes nothing.
import { ApiError, type ApiErrorCode } from '../../../shared/errors';

export type MeetingRefusal =
  | 'not_found'
  | 'illegal_step'
  | 'meeting_closed'
  | 'wrong_meeting'
  | 'decision_withdrawn'
  | 'not_a_task'
  | 'duplicate_item'
  | 'case_closed'
  | 'no_previous'
  | 'out_of_scope';

export function refuse(code: ApiErrorCode, path: string, reason: MeetingRefusal, message: string, params?: Record<string, string>): ApiError {
  return new ApiError(code, `${path} ${message}`, [{ path, message, reason, ...(params ? { params } : {}) }]);
}
