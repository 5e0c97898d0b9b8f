// Errors next to the fields they concern: the core's invalid_input details (or the same
// shape from a local check with the shared schema) become one message per form field,
// worded from the catalog where it knows the field.
import type { z } from 'zod';
import type { ApiErrorDetail } from '../../../shared/errors';
import { LONE_SURROGATE_MESSAGE, tooLongLimit } from '../../../shared/vocab/inputRules';
import { isApiClientError } from '../../api/ApiClientError';
import { errorMessage } from '../../api/errorMessage';
import type { Translate } from '../../i18n/translate';

export interface FormErrors {
  /** Field name (the first segment of the detail's path) → message. */
  fields: Record<string, string>;
  /** What does not belong to one field: a conflict, the network, an unnamed detail. */
  general: string | null;
  /** The server's own words, for the curious and for support. */
  technical: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null, technical: null };

type Lookup = (prefix: string, value: string) => string;

/** Field wording for one case action: fieldError.note.<action> (处置结果 for 反馈) before fieldError.note. */
export function actionFieldWords(tOpen: Lookup, action: unknown): Lookup {
  return (prefix, field) => {
    if (prefix === 'fieldError' && field === 'note' && typeof action === 'string') {
      const own = tOpen('fieldError.note', action);
      if (own !== action) return own;
    }
    return tOpen(prefix, field);
  };
}

/** The shared input rules' refusals (too long, a broken character) mean the same for every field. */
function wordedByRule(message: string, t: Translate | undefined): string | null {
  if (!t) return null;
  if (message === LONE_SURROGATE_MESSAGE) return t('fieldError.loneSurrogate');
  const limit = tooLongLimit(message);
  return limit === null ? null : t('fieldError.tooLong', { limit });
}

export function detailsToFields(details: readonly ApiErrorDetail[], tOpen: Lookup, t?: Translate): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const d of details) {
    const field = d.path.split('.')[0] ?? d.path;
    if (fields[field]) continue;
    const byRule = wordedByRule(d.message, t);
    if (byRule) {
      fields[field] = byRule;
      continue;
    }
    const worded = tOpen('fieldError', field);
    // tOpen gives the raw value back when the catalog has no wording for this field.
    fields[field] = worded === field ? d.message : worded;
  }
  return fields;
}

export function formErrors(error: unknown, t: Translate, tOpen: Lookup, fieldNames: readonly string[]): FormErrors {
  if (isApiClientError(error) && error.code === 'invalid_input' && error.details?.length) {
    const fields = detailsToFields(error.details, tOpen, t);
    const unplaced = Object.keys(fields).filter((f) => !fieldNames.includes(f));
    return {
      fields,
      general: unplaced.length > 0 ? t('dispatch.error.invalid', { fields: unplaced.map((f) => fields[f]).join(t('error.detailSeparator')) }) : null,
      technical: error.message,
    };
  }
  if (isApiClientError(error) && error.code === 'conflict' && error.details?.some((d) => d.reason === 'selfVerify')) {
    return { fields: {}, general: t('dispatch.error.selfVerify'), technical: error.message };
  }
  if (isApiClientError(error) && error.code === 'conflict') return { fields: {}, general: t('dispatch.error.conflict'), technical: error.message };
  return { fields: {}, general: errorMessage(error, t), technical: isApiClientError(error) && !error.network ? error.message : null };
}

/** Runs a shared zod schema locally; the same FormErrors as a refusal from the core. */
export function checkLocally<S extends z.ZodType>(schema: S, input: unknown, tOpen: Lookup, t?: Translate): { ok: true; value: z.output<S> } | { ok: false; fields: Record<string, string> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
  return { ok: false, fields: detailsToFields(details, tOpen, t) };
}
