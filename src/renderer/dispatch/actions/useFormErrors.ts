// The form-error rule (formErrorRule.ts) as a hook: give it the local check of the values as
// they are now and the values; it answers what each field shows, and takes the events.
import { useCallback, useState } from 'react';
import { afterAttempt, afterBlur, afterRefusal, FRESH_GATE, shownErrors } from './formErrorRule';

export interface FieldErrorState {
  /** Field → the one message it shows now. */
  fields: Record<string, string>;
  /** A submit was attempted (whatever came of it). */
  attempted: () => void;
  /** The user left this field. */
  left: (field: string) => void;
  /** The core refused these fields for these values. */
  refused: (fields: Readonly<Record<string, string>>, values: Readonly<Record<string, unknown>>) => void;
  reset: () => void;
}

export function useFormErrors(current: Readonly<Record<string, string>>, values: Readonly<Record<string, unknown>>): FieldErrorState {
  const [gate, setGate] = useState(FRESH_GATE);
  const attempted = useCallback(() => setGate(afterAttempt), []);
  const left = useCallback((field: string) => setGate((g) => afterBlur(g, field)), []);
  const refused = useCallback((fields: Readonly<Record<string, string>>, at: Readonly<Record<string, unknown>>) => setGate((g) => afterRefusal(g, fields, at)), []);
  const reset = useCallback(() => setGate(FRESH_GATE), []);
  return { fields: shownErrors(gate, current, values), attempted, left, refused, reset };
}
