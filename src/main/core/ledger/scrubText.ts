// Free text leaving the desk in a ledger (地址, 问题描述, 代录) is scrubbed of what identifies
// a person: ID numbers, phone numbers (mobile and landline, with or without separators)
// and the case's own personal names (its reporter's). A dispatcher types what the caller
// says; the file may be mailed or printed.
import { maskIdNumber, maskName, maskPhone } from '../privacy/mask';

/** 18-digit resident ID (last may be X) or the old 15-digit one, not inside a longer run of digits or letters. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** Mainland mobiles, optionally +86 and grouped 3-4-4 with spaces or dashes. */
const MOBILE = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g;
/** Landlines with an area code: 023-68881234, 02368881234, (023)68881234. */
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[ -]?\d{7,8}(?!\d)/g;

const digitsOnly = (s: string) => s.replace(/\D/g, '');
/** Masked on its digits, the +86 country code dropped, so every form of a number looks the same. */
const maskAnyPhone = (match: string) => {
  const digits = digitsOnly(match);
  return maskPhone(digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits);
};

/** The case's own personal names, longest first so a full name goes before its parts. */
export function scrubText(text: string, names: readonly (string | null)[] = []): string {
  let out = text.replace(ID_NUMBER, maskIdNumber).replace(MOBILE, maskAnyPhone).replace(LANDLINE, maskAnyPhone);
  const own = [...new Set(names.map((n) => n?.trim() ?? '').filter((n) => Array.from(n).length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of own) out = out.split(name).join(maskName(name));
  return out;
}
