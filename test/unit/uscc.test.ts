import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUscc, isValidOrgCode, isValidUscc, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from '../../src/main/core/validation/uscc';

// Codes published on business licences (their embedded organisation codes check too).
const REAL = ['91350100M000100Y43', '9144030071526726XG', '914403001922038216', '91330100716105852F', '911100001000044477'];

describe('GB 32100 unified social credit codes', () => {
  it('accepts published codes and their organisation codes', () => {
    for (const code of REAL) {
      expect(isValidUscc(code), code).toBe(true);
      expect(isValidOrgCode(code.slice(8, 17)), code).toBe(true);
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('rejects wrong check characters, forbidden letters and bad lengths', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100M000100Y430')).toBe(false);
    expect(isValidUscc('91350100M0001O0Y43')).toBe(false); // letter O is not in the alphabet
    expect(isValidUscc('91350100m000100y43')).toBe(false);
  });

  it('computes GB 11714 check characters including X and 0', () => {
    expect(orgCodeCheckChar('71526726')).toBe('X');
    expect(orgCodeCheckChar('19220382')).toBe('1');
    expect(isValidOrgCode('715267260')).toBe(false);
    // Exhaustively find bodies mapping to 10 and 11 and check their encodings.
    const results = new Set<string>();
    for (let n = 0; n < 200 && results.size < 11; n++) results.add(orgCodeCheckChar(String(10_000_000 + n)));
    expect(results).toContain('X');
    expect(results).toContain('0');
  });

  it('builds codes that validate, and any single substitution is caught', () => {
    const bodyChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWY'.split(''));
    fc.assert(
      fc.property(fc.array(bodyChar, { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (body, pos, delta) => {
        const code = buildUscc('92', '500107', body.join(''));
        expect(isValidUscc(code)).toBe(true);
        expect(isValidOrgCode(code.slice(8, 17))).toBe(true);
        const ch = USCC_CHARSET[(USCC_CHARSET.indexOf(code[pos]!) + delta) % 31]!;
        return !isValidUscc(code.slice(0, pos) + ch + code.slice(pos + 1));
      }),
    );
  });
});
