// Sends one case action: checked first with the shared schema (so a missing reason is
// caught without a round trip), then case.act; errors come back per field.
import { useCallback, useState } from 'react';
import { caseActionInput, type RecordedCaseDetail } from '../../../shared/cases';
import { api } from '../../api/api';
import { useLocale } from '../../i18n/LocaleProvider';
import { checkLocally, formErrors, NO_ERRORS, type FormErrors } from './fieldErrors';

export function useActSubmit(onDone: (updated: RecordedCaseDetail) => void) {
  const { t, tOpen } = useLocale();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = useCallback(
    async (input: Record<string, unknown>, fieldNames: readonly string[]): Promise<boolean> => {
      const local = checkLocally(caseActionInput, input, tOpen, t);
      if (!local.ok) {
        setErrors({ fields: local.fields, general: null, technical: null });
        return false;
      }
      setBusy(true);
      setErrors(NO_ERRORS);
      try {
        const updated = await api.call('case.act', local.value);
        onDone(updated);
        return true;
      } catch (error) {
        setErrors(formErrors(error, t, tOpen, fieldNames));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onDone, t, tOpen],
  );

  const reset = useCallback(() => setErrors(NO_ERRORS), []);
  return { submit, busy, errors, reset };
}
