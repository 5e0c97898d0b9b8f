// The state of a settings dialog: the draft being edited (taken from what was loaded when
// there is none yet), the core's refusals by field, and one feedback line; all of it
// cleared when the dialog closes, so it reopens on what the core holds.
import { useEffect, useState } from 'react';

export interface Feedback {
  color: 'green' | 'red';
  text: string;
}

export function useSettingsDraft<T, F extends string>(opened: boolean, loaded: T | null) {
  const [draft, setDraft] = useState<T | null>(null);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  useEffect(() => {
    if (loaded !== null && draft === null) setDraft(loaded);
  }, [loaded, draft]);
  useEffect(() => {
    if (opened) return;
    setDraft(null);
    setErrors({});
    setFeedback(null);
  }, [opened]);

  return { draft, setDraft, errors, setErrors, feedback, setFeedback };
}
