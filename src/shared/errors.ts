// Errors cross every boundary (IPC, HTTP) as this plain shape, never as stack traces.
export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'unauthorized',
  'wrong_password',
  'not_ready',
  'not_found',
  'conflict',
  /** The disk is full (磁盘空间不足): the write was refused and nothing changed. */
  'disk_full',
  /** Too many failed sign-ins: wait (details say until when) or ask an administrator. */
  'throttled',
  /** A new or reset account must set its own password before anything else. */
  'password_change_required',
  /** The data directory cannot be opened (missing keyring or database, damage). */
  'unavailable',
  /** A long task (job) was cancelled by its user; nothing was written. */
  'cancelled',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorDetail {
  /** Dotted path of the offending field, e.g. "id" or "rows.3.phone". */
  path: string;
  message: string;
  /** A stable machine word for why, where the UI words it itself (e.g. a refused grid edit). */
  reason?: string;
  /** The reason's parameters (plain strings: characters, dates, counts) for wording it (src/shared/fieldReasons.ts). */
  params?: Record<string, string>;
}

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details?: ApiErrorDetail[];
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorCode;
  readonly details?: ApiErrorDetail[];
  constructor(code: ApiErrorCode, message: string, details?: ApiErrorDetail[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details) this.details = details;
  }
  toJSON(): ApiErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (API_ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}

/** What every transport returns for one call. */
export type ApiResult<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };
