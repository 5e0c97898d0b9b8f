// GB 11643-1999 citizen identity number: 6-digit region code, 8-digit birth date,
// 3-digit sequence (odd = male, even = female), one check character computed with
// ISO 7064 MOD 11-2.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * Province-level prefixes of GB/T 2260 region codes (plus 71 Taiwan, 81 Hong Kong,
 * 82 Macao, which appear on residence permits). A full county table would be heavy
 * and changes yearly; the province prefix catches typos and random strings.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** The check character for the first 17 digits. Throws on anything but 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True for a real calendar date 'YYYYMMDD' between 1800-01-01 and 2099-12-31 (the standard's own examples include 1880). */
function isValidBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  // Date.UTC rolls invalid days over into the next month; compare back to detect it.
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** 18 characters, a known province prefix, a valid birth date and the right check character (upper-case X). */
export function isValidIdNumber(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVINCE_CODES.has(s.slice(0, 2))) return false;
  if (!isValidBirthDate(s.slice(6, 14))) return false;
  return idNumberCheckChar(s.slice(0, 17)) === s[17];
}

/** Gender encoded in the sequence digit (17th character): odd male, even female. */
export function idNumberGender(s: string): 'M' | 'F' {
  return Number(s[16]) % 2 === 1 ? 'M' : 'F';
}
