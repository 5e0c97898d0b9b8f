// A refused register write, sorted onto the form's fields: each field shows why in the UI
// language, worded from the shared reason catalog by the core's reason code and parameters
// (an ID number failing GB 11643, a birth date not matching it); a refusal without a known
// reason keeps the core's own words. Whatever names no field of the form is one general line.
import type { ApiErrorDetail } from '../../shared/errors';
import { fieldReasonText, isFieldReason } from '../../shared/fieldReasons';
import { errorMessage } from '../api/errorMessage';
import { refusalsByField } from '../accounts/fieldRefusals';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';

export interface FormRefusal<F extends string> {
  byField: Partial<Record<F, string>>;
  general: string | null;
}

/** One field's refusal in `locale`: the catalog's words for its reason, else the core's message. */
export function fieldRefusalText(detail: Pick<ApiErrorDetail, 'message' | 'reason' | 'params'>, locale: Locale): string {
  if (!isFieldReason(detail.reason)) return detail.message;
  const words = fieldReasonText(detail.reason, detail.params);
  return locale === 'zh-CN' ? words.zh : words.en;
}

export function formRefusal<F extends string>(error: unknown, fields: readonly F[], t: Translate): FormRefusal<F> {
  const { byField, unplaced } = refusalsByField(error, fields, (_field, _message, detail) => fieldRefusalText(detail, t.locale));
  return { byField, general: unplaced ? errorMessage(error, t) : null };
}
