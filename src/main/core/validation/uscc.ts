// GB 32100-2015 unified social credit code (统一社会信用代码), 18 characters:
//   1 registration department, 1 organisation type, 6 region code (GB/T 2260),
//   9 organisation code (GB 11714, itself ending in a check character), 1 check character.
// The alphabet leaves out I, O, Z, S and V so codes cannot be misread.

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Registration department '9' (market regulation, 工商) and its organisation types. */
export const USCC_TYPES = {
  enterprise: '91',
  individualBusiness: '92',
  farmersCooperative: '93',
} as const;

function usccValue(ch: string): number {
  const v = USCC_CHARSET.indexOf(ch);
  if (v < 0) throw new Error(`'${ch}' is not a USCC character`);
  return v;
}

/** The GB 32100 check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccValue(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 organisation code: digits 0-9 and letters A=10 .. Z=35. */
function orgCodeValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  throw new Error(`'${ch}' is not an organisation code character`);
}

/** The GB 11714 check character for an 8-character organisation code body. */
export function orgCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error('orgCodeCheckChar needs 8 characters 0-9/A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeValue(body8[i]!) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True for a 9-character organisation code whose last character checks. */
export function isValidOrgCode(s: string): boolean {
  return /^[0-9A-Z]{8}[0-9X]$/.test(s) && orgCodeCheckChar(s.slice(0, 8)) === s[8];
}

const USCC_PATTERN = new RegExp(`^[${USCC_CHARSET}]{18}$`);

/**
 * 18 characters from the USCC alphabet with the right check character. The embedded
 * organisation code is not required to check: codes issued to individual businesses
 * (type 92) carry a generated segment that need not follow GB 11714.
 */
export function isValidUscc(s: string): boolean {
  if (!USCC_PATTERN.test(s)) return false;
  return usccCheckChar(s.slice(0, 17)) === s[17];
}

/** Build a full code from its parts; the organisation code's own check character is added. */
export function buildUscc(typePrefix: string, region6: string, orgBody8: string): string {
  const first17 = typePrefix + region6 + orgBody8 + orgCodeCheckChar(orgBody8);
  return first17 + usccCheckChar(first17);
}
