// The rules every API input obeys, as zod building blocks: text that is well-formed
// Unicode and no longer than a named limit, calendar dates that exist, and numbers that
// are finite and in range. Each refusal names its limit, so the message says how to fix it.
//
// Lengths count UTF-16 code units, as a browser's maxLength and the forms' counters do:
// a Chinese character is one, an emoji two.
import { z } from 'zod';
import { LONE_SURROGATE_MESSAGE, TEXT_LIMITS, tooLong } from './vocab/inputRules';

export { LONE_SURROGATE_MESSAGE, TEXT_LIMITS, tooLong, tooLongLimit } from './vocab/inputRules';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

interface TextOptions {
  /** At least this many characters after trimming; omitted = may be empty. */
  min?: number;
  /** The message when shorter than `min` (e.g. "is required: give a reason"). */
  minMessage?: string;
}

/** Trimmed, well-formed text of at most `max` characters. */
export function text(max: number, options: TextOptions = {}) {
  const base = z
    .string({ error: options.min ? (options.minMessage ?? 'is required') : 'must be text' })
    .refine((s) => !hasLoneSurrogate(s), LONE_SURROGATE_MESSAGE)
    .trim()
    .max(max, tooLong(max));
  return options.min ? base.min(options.min, options.minMessage ?? `is required (at least ${options.min} characters)`) : base;
}

export const personName = () => text(TEXT_LIMITS.name);
export const address = () => text(TEXT_LIMITS.address);
export const note = () => text(TEXT_LIMITS.note);
/** A required note: why the step is taken. */
export const reason = () => text(TEXT_LIMITS.note, { min: 2, minMessage: 'is required: give a reason' });

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Whether 'YYYY-MM-DD' names a day that exists (2026-02-30 and 2026-13-45 do not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A day as 'YYYY-MM-DD' that exists on the calendar, between MIN_YEAR and MAX_YEAR. */
export const calendarDate = () =>
  z
    .string({ error: 'must be a date YYYY-MM-DD' })
    .regex(DATE_SHAPE, 'must be a date YYYY-MM-DD')
    .refine(isCalendarDate, 'is not a real calendar date (check the month and the day)')
    .refine((s) => {
      const y = Number(s.slice(0, 4));
      return y >= MIN_YEAR && y <= MAX_YEAR;
    }, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);

/** A row id: a positive whole number. */
export const id = () => z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');

/** Latest instant accepted anywhere: 2100-01-01 UTC. Later values are typos, not plans. */
export const MAX_EPOCH_MS = Date.UTC(MAX_YEAR, 0, 1);

/** An instant in epoch milliseconds, from 1970 to 2100. */
export const epochMs = () =>
  z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative').max(MAX_EPOCH_MS, 'must be before the year 2100');

/** A whole number in [min, max], the range named when refused. */
export const wholeIn = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be from ${min} to ${max}`)
    .max(max, `must be from ${min} to ${max}`);

export const longitude = () => z.number({ error: 'must be a number' }).finite('must be finite').min(-180, 'must be a longitude from -180 to 180').max(180, 'must be a longitude from -180 to 180');
export const latitude = () => z.number({ error: 'must be a number' }).finite('must be finite').min(-90, 'must be a latitude from -90 to 90').max(90, 'must be a latitude from -90 to 90');
