// Sorts a refused call's details onto the form fields they name, so each refusal shows
// under its own field; whatever names no field of the form stays one general message.
import type { ApiErrorDetail } from '../../shared/errors';
import { isApiClientError } from '../api/ApiClientError';

export interface FieldRefusals<F extends string> {
  byField: Partial<Record<F, string>>;
  /** Details that name no field of this form, or the error itself when it has none. */
  unplaced: boolean;
}

/** `word` turns the core's message for a field (and its whole detail: reason, params) into the text shown (default: as the core said it). */
export function refusalsByField<F extends string>(
  error: unknown,
  fields: readonly F[],
  word: (field: F, message: string, detail: ApiErrorDetail) => string = (_field, message) => message,
): FieldRefusals<F> {
  const byField: Partial<Record<F, string>> = {};
  if (!isApiClientError(error) || !error.details?.length) return { byField, unplaced: true };
  let unplaced = false;
  for (const detail of error.details) {
    // A nested path ("scope.communityId") belongs to its first segment's field.
    const field = fields.find((f) => f === detail.path || detail.path.startsWith(`${f}.`));
    if (field === undefined) unplaced = true;
    else if (byField[field] === undefined) byField[field] = word(field, detail.message, detail);
  }
  return { byField, unplaced };
}
