// What a failed call throws in the renderer: the server's ApiErrorShape, plus whether the
// failure was the transport itself (no answer at all) rather than an answer saying no.
import type { ApiErrorCode, ApiErrorDetail, ApiErrorShape } from '../../shared/errors';

export class ApiClientError extends Error implements ApiErrorShape {
  readonly code: ApiErrorCode;
  readonly details?: ApiErrorDetail[];
  /** True when the service could not be reached or answered with something that is not an ApiResult. */
  readonly network: boolean;

  constructor(shape: ApiErrorShape, network = false) {
    super(shape.message);
    this.name = 'ApiClientError';
    this.code = shape.code;
    if (shape.details) this.details = shape.details;
    this.network = network;
  }

  static network(message: string): ApiClientError {
    return new ApiClientError({ code: 'internal', message }, true);
  }
}

export function isApiClientError(value: unknown): value is ApiClientError {
  return value instanceof ApiClientError;
}
