// One rule for the errors of every desk form (intake, case actions): a field's error shows
// once the user has tried to submit or has left the field, and goes as soon as the field is
// valid; each field shows one message, the one that is true now. The local check (the
// shared schema) runs on every change, so a fixed field clears at once; a refusal only the
// core can make (a building outside the pin's grid) stays until that field's value changes.

export interface Refusal {
  message: string;
  /** The field's value when it was refused. */
  value: unknown;
}

export interface ErrorGate {
  /** A submit was attempted. */
  submitted: boolean;
  /** Fields the user has left. */
  touched: ReadonlySet<string>;
  /** The core's refusals, per field. */
  refused: Readonly<Record<string, Refusal>>;
}

export const FRESH_GATE: ErrorGate = { submitted: false, touched: new Set(), refused: {} };

export const afterAttempt = (gate: ErrorGate): ErrorGate => (gate.submitted ? gate : { ...gate, submitted: true });

export const afterBlur = (gate: ErrorGate, field: string): ErrorGate => (gate.touched.has(field) ? gate : { ...gate, touched: new Set([...gate.touched, field]) });

export function afterRefusal(gate: ErrorGate, fields: Readonly<Record<string, string>>, values: Readonly<Record<string, unknown>>): ErrorGate {
  const refused: Record<string, Refusal> = {};
  for (const [field, message] of Object.entries(fields)) refused[field] = { message, value: values[field] };
  return { ...gate, submitted: true, refused };
}

/**
 * What each field shows now. `current` is the local check of the values as they are (field →
 * message, for the invalid ones); `values` the form's values, to tell whether a refused field
 * has changed since.
 */
export function shownErrors(gate: ErrorGate, current: Readonly<Record<string, string>>, values: Readonly<Record<string, unknown>>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [field, message] of Object.entries(current)) {
    if (gate.submitted || gate.touched.has(field)) shown[field] = message;
  }
  for (const [field, refusal] of Object.entries(gate.refused)) {
    if (!(field in shown) && Object.is(values[field], refusal.value)) shown[field] = refusal.message;
  }
  return shown;
}
