// The input rules' text limits and refusal messages (with the parser of the too-long one), zod-free so the renderer can import them without building the API's schemas.
/** The length limits, in characters; the forms show them in their counters. */
export const TEXT_LIMITS = {
  /** A person's name (a reporter, the person a step is recorded for). */
  name: 50,
  /** An address or a place. */
  address: 200,
  /** A note left with a step, a reason, an override's why. */
  note: 500,
  /** A case's description of the problem. */
  description: 2000,
  /** A search box. */
  query: 60,
} as const;

/** Refused rather than replaced: SQLite would store U+FFFD in its place and the text would silently change. */
export const LONE_SURROGATE_MESSAGE = 'contains a broken character (a lone UTF-16 surrogate); retype or paste the text again';

export const tooLong = (max: number) => `is too long (${max.toLocaleString('en')} characters at most)`;

/** The limit named in a tooLong message, so a form can word it in its own language; null for any other message. */
export function tooLongLimit(message: string): number | null {
  const m = /^is too long \(([\d,]+) characters at most\)$/.exec(message);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}
