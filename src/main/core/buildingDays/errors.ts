// Typed refusals of the 楼栋工作日 core: which field, why, and a stable reason word.
import { ApiError, type ApiErrorCode } from '../../../shared/errors';

export function refuse(code: ApiErrorCode, path: string, message: string, reason?: string, params?: Record<string, string>): ApiError {
  return new ApiError(code, `${path} ${message}`, [{ path, message, ...(reason ? { reason } : {}), ...(params ? { params } : {}) }]);
}
