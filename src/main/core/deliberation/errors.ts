// Refusals of resident matters, typed with a stable reason word; thrown before any write.
import { ApiError, type ApiErrorCode } from '../../../shared/errors';

export type MatterRefusal = 'not_found' | 'illegal_step' | 'bad_option' | 'no_items' | 'not_done' | 'bad_counts' | 'decision_withdrawn';

export function refuse(code: ApiErrorCode, path: string, reason: MatterRefusal, message: string, params?: Record<string, string>): ApiError {
  return new ApiError(code, `${path} ${message}`, [{ path, message, reason, ...(params ? { params } : {}) }]);
}
