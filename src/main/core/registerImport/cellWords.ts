// Cells of the place registers (buildings, tenants) that hold a whole number or a word from a
// closed list: 6, '6层', '六层', '2001年', 'A级', '有', '营业'. Each reads to a value, to
// nothing (an empty cell: the field is left as it stands), or to why it cannot be read.
import { chineseNumber } from './chineseNumerals';
import { shownText, type Cell } from './cell';
import { compactText } from './cleanText';

export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: 'number_invalid' | 'number_lost_digits' | 'value_not_allowed' };

/** Excel keeps 15 significant digits: a code typed as a number from 10^15 up has lost its last ones. */
const LOST_DIGITS_FROM = 1e15;

/** A whole number in [min, max], written with an optional unit after it (层, 人, 年, F, 名) or in Chinese numerals. */
export function wholeNumber(cell: Cell, min: number, max: number): CellRead<number> | null {
  if (cell.kind === 'empty') return null;
  let n: number | null = null;
  if (cell.kind === 'number') n = Number.isInteger(cell.value) ? cell.value : null;
  else if (cell.kind === 'date') n = null;
  else {
    // 1,200 and 1，200 (thousands separators), 共 8 层, 12人.
    const s = compactText(shownText(cell)).replace(/^(共|约)/, '').replace(/(层|楼|人|名|年|F|f|个)$/, '').replace(/(?<=\d)[,，](?=\d{3}\b)/g, '');
    if (s === '') return null;
    n = /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
  }
  if (n === null || n < min || n > max) return { ok: false, reason: 'number_invalid' };
  return { ok: true, value: n };
}

/** A year: 2001, '2001年', '2001-05', or a date cell (its year). */
export function yearOf(cell: Cell, min: number, max: number): CellRead<number> | null {
  if (cell.kind === 'date') {
    const y = cell.date.getUTCFullYear();
    return y >= min && y <= max ? { ok: true, value: y } : { ok: false, reason: 'number_invalid' };
  }
  if (cell.kind === 'text') {
    const m = /^(\d{4})(?:年|[-./]\d{1,2}(?:[-./]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(compactText(cell.text));
    if (m) return wholeNumber({ kind: 'number', value: Number(m[1]) }, min, max);
  }
  return wholeNumber(cell, min, max);
}

/** A code of digits and capital letters (a building code), refused when Excel has made it a number and lost digits. */
export function codeText(cell: Cell): CellRead<string> | null {
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || Math.abs(cell.value) >= LOST_DIGITS_FROM) return { ok: false, reason: 'number_lost_digits' };
    return { ok: true, value: String(cell.value) };
  }
  const s = compactText(shownText(cell)).replace(/^'/, '').toUpperCase();
  if (s === '') return null;
  if (/^\d(\.\d+)?E\+?\d+$/.test(s)) return { ok: false, reason: 'number_lost_digits' };
  return { ok: true, value: s };
}

/**
 * A word from a closed list: `words` maps each value to the ways registers write it, the first
 * being the one the export writes. Compared without spaces, full-width folded, case-insensitive.
 */
export function choice<V extends string>(cell: Cell, words: Readonly<Record<V, readonly string[]>>): CellRead<V> | null {
  if (cell.kind === 'empty') return null;
  const s = compactText(shownText(cell)).toUpperCase();
  if (s === '') return null;
  for (const [value, list] of Object.entries(words) as [V, readonly string[]][]) {
    if (list.some((w) => compactText(w).toUpperCase() === s)) return { ok: true, value };
  }
  return { ok: false, reason: 'value_not_allowed' };
}

/** The words a closed list's export writes, for the refusal that names the allowed values. */
export function allowedWords<V extends string>(words: Readonly<Record<V, readonly string[]>>): string {
  return (Object.values(words) as readonly string[][]).map((list) => list[0]!).join('、');
}

/** The word the export writes for a value. */
export function wordOf<V extends string>(words: Readonly<Record<V, readonly string[]>>, value: V): string {
  return words[value][0]!;
}
