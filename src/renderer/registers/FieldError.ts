// A refused register write, sorted onto the form's fields: each field shows the core's own
// words for why (an ID number failing GB 11643, a birth date not matching it); whatever
// names no field of the form is one general line.
import { errorMessage } from '../api/errorMessage';
import { refusalsByField } from '../accounts/fieldRefusals';
import type { Translate } from '../i18n/translate';

export interface FormRefusal<F extends string> {
  byField: Partial<Record<F, string>>;
  general: string | null;
}

export function formRefusal<F extends string>(error: unknown, fields: readonly F[], t: Translate): FormRefusal<F> {
  const { byField, unplaced } = refusalsByField(error, fields);
  return { byField, general: unplaced ? errorMessage(error, t) : null };
}
