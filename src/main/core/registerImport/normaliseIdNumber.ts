// An identity number as registers hold it: typed as a number, already turned into
// 5.00103E+17 by Excel (digits lost: refused, never guessed), the old 15-digit form
// (upgraded to 18 as GB 11643 prescribes), a lower-case x, full-width digits, spaces.
import type { ImportReason } from '../../../shared/registerImport';
import { idNumberCheckChar, isValidIdNumber } from '../validation/idNumber';
import type { Cell } from './cell';
import { compactText } from './cleanText';

export type Normalised<T> = { ok: true; value: T } | { ok: false; reason: ImportReason };

/** Excel keeps 15 significant digits: any number from 10^15 up has lost the last ones. */
const LOST_DIGITS_FROM = 1e15;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;

function realDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** GB 11643: the 15-digit number (YYMMDD, all 19xx) gains the century and a check character. */
export function upgradeIdNumber15(old: string): string {
  const first17 = `${old.slice(0, 6)}19${old.slice(6)}`;
  return first17 + idNumberCheckChar(first17);
}

/** Which rule an 18-character number breaks, or null when it is valid. */
function why18(s: string): ImportReason | null {
  if (isValidIdNumber(s)) return null;
  if (!realDate(s.slice(6, 14))) return 'id_birth_date';
  if (idNumberCheckChar(s.slice(0, 17)) !== s[17]) return 'id_checksum';
  // Shape, date and check character hold: only the province prefix is left.
  return 'id_region';
}

export function normaliseIdNumber(cell: Cell): Normalised<string> | null {
  let s: string;
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number') {
    if (Math.abs(cell.value) >= LOST_DIGITS_FROM) return { ok: false, reason: 'id_lost_digits' };
    if (!Number.isInteger(cell.value) || cell.value < 0) return { ok: false, reason: 'id_format' };
    s = String(cell.value);
  } else if (cell.kind === 'text') {
    s = compactText(cell.text).replace(/^'/, '');
    if (s === '') return null;
    if (SCIENTIFIC.test(s)) return { ok: false, reason: 'id_scientific' };
    s = s.toUpperCase();
  } else return { ok: false, reason: 'id_format' };
  if (/^\d{15}$/.test(s)) {
    if (!realDate(`19${s.slice(6, 12)}`)) return { ok: false, reason: 'id_birth_date' };
    s = upgradeIdNumber15(s);
  }
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: 'id_format' };
  const reason = why18(s);
  return reason ? { ok: false, reason } : { ok: true, value: s };
}

/** 'YYYY-MM-DD' encoded in a valid 18-character number. */
export function idNumberBirthDate(s: string): string {
  return `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
}
