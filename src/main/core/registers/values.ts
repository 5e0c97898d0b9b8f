// Values people type loosely, normalised and checked: ID numbers (GB 11643; 15-digit old
// numbers upgraded), phones (mobile or landline with its area code), USCC (GB 32100). Each
// refusal names the field and says why, so a form (or the import's error workbook) can show it.
// Pure functions: the Excel import normalises its cells with the same ones.
import { ApiError } from '../../../shared/errors';
import type { FieldReason } from '../../../shared/fieldReasons';
import { idNumberCheckChar, idNumberGender, isValidIdNumber } from '../validation/idNumber';
import { isValidUscc, USCC_CHARSET, usccCheckChar } from '../validation/uscc';

/**
 * A refusal of one field: `invalid_input` (or another code) with the field as the detail's path;
 * `reason` (+ `params`) lets a screen word it in its own language from the shared catalog.
 * A `not_found` without its own reason is the catalog's `not_found`.
 */
export function fieldError(
  path: string,
  message: string,
  code: 'invalid_input' | 'conflict' | 'not_found' = 'invalid_input',
  reason?: FieldReason,
  params?: Record<string, string>,
): ApiError {
  const why = reason ?? (code === 'not_found' ? 'not_found' : undefined);
  return new ApiError(code, `${path} ${message}`, [{ path, message, ...(why ? { reason: why } : {}), ...(why && params ? { params } : {}) }]);
}

/** Full-width ASCII (０-９, Ａ-Ｚ, －, ＋) and the ideographic space to their plain forms. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export interface Identity {
  idNumber: string;
  birthDate: string;
  gender: 'M' | 'F';
  /** The number was typed as a 15-digit old one and upgraded to 18. */
  upgraded: boolean;
}

const PROVINCES = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

/** Normalises and checks an ID number (GB 11643-1999); 15-digit numbers (before 1999) gain '19' and a check character. */
export function normaliseIdNumber(raw: string, path = 'idNumber'): Identity {
  const s0 = halfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (/^\d(\.\d+)?E\+?\d+$/.test(s0)) throw fieldError(path, `was turned into a number by a spreadsheet (${s0}) and has lost its digits: type it again as text`, 'invalid_input', 'id_scientific', { value: s0 });
  if (s0 === '') throw fieldError(path, 'is required', 'invalid_input', 'required');
  let s = s0;
  let upgraded = false;
  if (/^\d{15}$/.test(s)) {
    const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
    s = first17 + idNumberCheckChar(first17);
    upgraded = true;
  }
  if (!/^\d{17}[\dX]$/.test(s)) throw fieldError(path, `must be 18 characters (17 digits, then a digit or X) or an old 15-digit number; got ${s.length} characters`, 'invalid_input', 'id_format', { length: String(s.length) });
  if (!PROVINCES.test(s)) throw fieldError(path, `starts with region code ${s.slice(0, 2)}, which is no province (GB/T 2260)`, 'invalid_input', 'id_region', { code: s.slice(0, 2) });
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  const check = idNumberCheckChar(s.slice(0, 17));
  if (!isValidIdNumber(s)) {
    if (check !== s[17]) throw fieldError(path, `has check character ${s[17]} but its first 17 digits give ${check} (GB 11643): a digit is mistyped`, 'invalid_input', 'id_checksum', { expected: check, got: s[17]! });
    throw fieldError(path, `holds birth date ${birth}, which is not a real date`, 'invalid_input', 'id_birth_date', { date: birth });
  }
  return { idNumber: s, birthDate: birth, gender: idNumberGender(s), upgraded };
}

/** The ID number's birth date and sex, checked against what was typed beside it. */
export function checkIdentity(raw: string, typed: { birthDate?: string | undefined; gender?: 'M' | 'F' | undefined }, today: string): Identity {
  const identity = normaliseIdNumber(raw);
  if (identity.birthDate > today) throw fieldError('idNumber', `holds birth date ${identity.birthDate}, which is after today`, 'invalid_input', 'id_birth_future', { date: identity.birthDate });
  checkAgainst(identity, typed);
  return identity;
}

/** Refuses a typed birth date or sex that disagrees with the ID number. */
export function checkAgainst(identity: Pick<Identity, 'birthDate' | 'gender'>, typed: { birthDate?: string | undefined; gender?: 'M' | 'F' | undefined }): void {
  if (typed.birthDate !== undefined && typed.birthDate !== identity.birthDate) {
    throw fieldError('birthDate', `${typed.birthDate} does not match the birth date in the ID number (${identity.birthDate})`, 'invalid_input', 'birth_date_mismatch', { value: typed.birthDate, detail: identity.birthDate });
  }
  if (typed.gender !== undefined && typed.gender !== identity.gender) {
    throw fieldError('gender', `${typed.gender} does not match the ID number, whose sequence digit says ${identity.gender} (odd male, even female)`, 'invalid_input', 'gender_id_mismatch', { expected: identity.gender, got: typed.gender });
  }
}

/**
 * A mobile number (11 digits, 1[3-9]…) or a landline with its area code, stored as
 * '023-61234567'. Spaces, dashes, brackets and a +86 / 0086 prefix are dropped.
 */
export function normalisePhone(raw: string, path = 'phone'): string {
  let s = halfWidth(raw).replace(/[\s\-().（）]/g, '');
  if (s === '') throw fieldError(path, 'is required', 'invalid_input', 'required');
  s = s.replace(/^(\+86|0086)/, '');
  if (/^861[3-9]\d{9}$/.test(s)) s = s.slice(2);
  if (/^1[3-9]\d{9}$/.test(s)) return s;
  if (/^1\d*$/.test(s)) throw fieldError(path, `is not a mobile number: a mobile number has 11 digits starting 13–19 (got ${s.length} digits)`, 'invalid_input', 'phone_mobile_length', { length: String(s.length) });
  const landline = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/.exec(s);
  if (landline) return `${landline[1]}-${landline[2]}`;
  if (/^\d{7,8}$/.test(s)) throw fieldError(path, 'is a landline without its area code: add it (e.g. 023-61234567)', 'invalid_input', 'phone_no_area_code');
  if (!/^\d+$/.test(s)) throw fieldError(path, 'may hold only digits, spaces, dashes and a +86 prefix', 'invalid_input', 'phone_chars');
  throw fieldError(path, 'is neither a mobile number (11 digits) nor a landline with its area code (e.g. 023-61234567)', 'invalid_input', 'phone_invalid');
}

/** An optional phone: empty or null means none. */
export function normaliseOptionalPhone(raw: string | null | undefined, path = 'phone'): string | null {
  if (raw === null || raw === undefined || halfWidth(raw).trim() === '') return null;
  return normalisePhone(raw, path);
}

const LEFT_OUT = new Set(['I', 'O', 'Z', 'S', 'V']);

/** Normalises and checks a unified social credit code (GB 32100-2015). */
export function normaliseUscc(raw: string, path = 'uscc'): string {
  const s = halfWidth(raw).replace(/[\s-]+/g, '').toUpperCase();
  if (s === '') throw fieldError(path, 'is required', 'invalid_input', 'required');
  if (s.length !== 18) throw fieldError(path, `must be 18 characters (GB 32100); got ${s.length}`, 'invalid_input', 'uscc_length', { length: String(s.length) });
  for (const ch of s) {
    if (LEFT_OUT.has(ch)) {
      const suggest = ch === 'O' ? '0' : ch === 'I' ? '1' : ch === 'S' ? '5' : ch === 'Z' ? '2' : 'U';
      throw fieldError(path, `holds the letter ${ch}, which codes leave out (I, O, S, V, Z): perhaps ${suggest}?`, 'invalid_input', 'uscc_letter', { letter: ch, suggest });
    }
    if (!USCC_CHARSET.includes(ch)) throw fieldError(path, `holds '${ch}', which is not a USCC character (digits and capital letters)`, 'invalid_input', 'uscc_char', { char: ch });
  }
  if (!isValidUscc(s)) throw fieldError(path, `has check character ${s[17]} but its first 17 characters give ${usccCheckChar(s.slice(0, 17))} (GB 32100): a character is mistyped`, 'invalid_input', 'uscc_checksum', { expected: usccCheckChar(s.slice(0, 17)), got: s[17]! });
  return s;
}

/** A China-time date given for an event must not lie in the future. */
export function notAfterToday(date: string, today: string, path = 'onDate'): string {
  if (date > today) throw fieldError(path, `${date} is in the future (today is ${today})`, 'invalid_input', 'date_future', { date, today });
  return date;
}
