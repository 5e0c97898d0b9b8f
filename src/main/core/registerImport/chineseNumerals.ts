// Chinese numerals in addresses (三栋二单元, 十二幢, 五〇一室): to Arabic digits.

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = '[零〇一二两三四五六七八九十百]';
// Compiled once: these run on every address of a register.
const ONLY_NUMERALS = new RegExp(`^${NUMERAL}+$`);
const BEFORE_MARKER = new RegExp(`(${NUMERAL}+)(?=栋|幢|号楼|座|单元|楼|层|室|号|户)`, 'g');
const ROOM_AT_END = new RegExp(`(?<=栋|幢|号楼|座|单元)(${NUMERAL}+)$`);
const ANY_NUMERAL = new RegExp(NUMERAL);

/** 十二 → 12, 二十 → 20, 一百零一 → 101, 五〇一 → 501 (digit by digit without 十/百); null if not a numeral. */
export function chineseNumber(s: string): number | null {
  if (s === '' || !ONLY_NUMERALS.test(s)) return null;
  if (!/[十百]/.test(s)) {
    let n = 0;
    for (const ch of s) n = n * 10 + DIGITS[ch]!;
    return n;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[ch]!;
  }
  return total + current;
}

/** Replaces the numerals standing before an address marker (栋, 单元, 室, ...), and a room's at the end, with digits; place names keep theirs. */
export function digitsBeforeMarkers(s: string): string {
  if (!ANY_NUMERAL.test(s)) return s;
  const toDigits = (run: string) => String(chineseNumber(run) ?? run);
  return s.replace(BEFORE_MARKER, toDigits).replace(ROOM_AT_END, toDigits);
}
