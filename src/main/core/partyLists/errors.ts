// Refusals of the 三张清单, each a typed ApiError with a stable reason word the UI words in
// either language; thrown before anything is written, so a refused call changes nothing.
import { ApiError, type ApiErrorCode } from '../../../shared/errors';

export type PartyListRefusal =
  | 'not_found'
  | 'illegal_step'
  | 'in_project'
  | 'wrong_kind'
  | 'wrong_party'
  | 'own_item'
  | 'reason_required'
  | 'rating_required'
  | 'bad_period'
  | 'claimed_by_other'
  | 'not_a_unit';

export function refuse(code: ApiErrorCode, path: string, reason: PartyListRefusal, message: string, params?: Record<string, string>): ApiError {
  return new ApiError(code, `${path} ${message}`, [{ path, message, reason, ...(params ? { params } : {}) }]);
}
