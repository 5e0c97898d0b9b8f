// Phones as registers hold them: +86 / 0086 prefixes, dashes, spaces, brackets, numbers
// typed as numbers; landlines with their area code (010-…, 023-…, 0755-…). A landline
// without its area code is refused: the register serves the whole district.
import type { Cell } from './cell';
import { compactText } from './cleanText';
import type { Normalised } from './normaliseIdNumber';

const MOBILE = /^1[3-9]\d{9}$/;

/** Mobile '13812345678'; landline '023-68123456' (area code, dash, 7 or 8 digits). */
export function normalisePhone(cell: Cell): Normalised<string> | null {
  let s: string;
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || cell.value <= 0) return { ok: false, reason: 'phone_invalid' };
    s = String(cell.value);
  } else if (cell.kind === 'text') s = compactText(cell.text);
  else return { ok: false, reason: 'phone_invalid' };
  if (s === '') return null;
  let international = false;
  if (/^(\+86|0086)/.test(s)) {
    s = s.replace(/^(\+86|0086)/, '');
    international = true;
  }
  const digits = s.replace(/[-()._]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'phone_invalid' };
  if (MOBILE.test(digits)) return { ok: true, value: digits };
  // 86 typed without the plus, before a mobile number.
  if (/^86/.test(digits) && MOBILE.test(digits.slice(2))) return { ok: true, value: digits.slice(2) };
  // Dialled from abroad the trunk 0 is dropped: +86 23 6812 3456.
  const trunk = international && !digits.startsWith('0') ? `0${digits}` : digits;
  if (trunk.startsWith('0')) {
    // Beijing (010) and the 02x cities have 3-digit codes; every other code has 4.
    const areaLength = /^0[12]/.test(trunk) ? 3 : 4;
    const local = trunk.slice(areaLength);
    if (/^[2-9]\d{6,7}$/.test(local)) return { ok: true, value: `${trunk.slice(0, areaLength)}-${local}` };
    return { ok: false, reason: 'phone_invalid' };
  }
  if (/^[2-9]\d{6,7}$/.test(digits)) return { ok: false, reason: 'phone_no_area_code' };
  return { ok: false, reason: 'phone_invalid' };
}
