// Sends one case action: checked with the shared schema as the form changes and again on
// submit (so a missing reason is caught without a round trip), then case.act. Field errors
// follow the one form-error rule (formErrorRule.ts): shown after a submit attempt or on
// leaving the field, gone as soon as it is valid. A note's error names what the note is for
// this action (处置结果 for 反馈) where the catalog has its own words. The schema loads after
// the form (useCaseSchemas): until it is here nothing is checked as the form changes, and a
// submit waits for it.
import { useState } from 'react';
import type { RecordedCaseDetail } from '../../../shared/cases';
import { api } from '../../api/api';
import { useLocale } from '../../i18n/LocaleProvider';
import { loadCaseSchemas, useCaseSchemas } from '../useCaseSchemas';
import { actionFieldWords, checkLocally, formErrors, type FormErrors } from './fieldErrors';
import { useFormErrors } from './useFormErrors';

type Values = Record<string, unknown>;

const NONE: Readonly<Record<string, never>> = {};

/** `watched`: the form's input as it stands, for the live check (none for the quick buttons). */
export function useActSubmit(onDone: (updated: RecordedCaseDetail) => void, watched: Values | null = null) {
  const { t, tOpen } = useLocale();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<Pick<FormErrors, 'general' | 'technical'>>({ general: null, technical: null });
  const schemas = useCaseSchemas();
  const live = watched && schemas ? checkLocally(schemas.caseActionInput, watched, actionFieldWords(tOpen, watched.action), t) : null;
  const form = useFormErrors(live && !live.ok ? live.fields : NONE, watched ?? NONE);

  const submit = async (input: Values, fieldNames: readonly string[]): Promise<boolean> => {
    const words = actionFieldWords(tOpen, input.action);
    form.attempted();
    setGeneral({ general: null, technical: null });
    const { caseActionInput } = schemas ?? (await loadCaseSchemas());
    const local = checkLocally(caseActionInput, input, words, t);
    if (!local.ok) {
      // A form shows these beside its fields; a quick button has no fields to show them by.
      if (!watched) setGeneral({ general: t('dispatch.error.invalid', { fields: Object.values(local.fields).join(t('error.detailSeparator')) }), technical: null });
      return false;
    }
    setBusy(true);
    try {
      const updated = await api.call('case.act', local.value);
      form.reset();
      onDone(updated);
      return true;
    } catch (error) {
      const e = formErrors(error, t, words, fieldNames);
      form.refused(e.fields, input);
      setGeneral({ general: e.general, technical: e.technical });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    form.reset();
    setGeneral({ general: null, technical: null });
  };
  const errors: FormErrors = { fields: form.fields, ...general };
  return { submit, busy, errors, reset, left: form.left };
}
