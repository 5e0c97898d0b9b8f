import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberGender, isValidIdNumber } from '../../src/main/core/validation/idNumber';

describe('GB 11643 identity numbers', () => {
  it('accepts the examples of the standard', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('rejects a wrong check character, a lower-case x and bad lengths', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002X0')).toBe(false);
    expect(isValidIdNumber('')).toBe(false);
  });

  it('rejects impossible birth dates and unknown regions even with a matching check character', () => {
    const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
    expect(isValidIdNumber(withCheck('50010719900230123'))).toBe(false); // 30 February
    expect(isValidIdNumber(withCheck('50010719901301123'))).toBe(false); // month 13
    expect(isValidIdNumber(withCheck('99010719900101123'))).toBe(false); // no province 99
    expect(isValidIdNumber(withCheck('50010720000229123'))).toBe(true); // leap day
    expect(isValidIdNumber(withCheck('50010719000229123'))).toBe(false); // 1900 was not a leap year
  });

  it('detects every single-digit substitution', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const good = '50010719880715003' + idNumberCheckChar('50010719880715003');
        expect(isValidIdNumber(good)).toBe(true);
        const digit = (Number(good[pos]) + delta) % 10;
        const bad = good.slice(0, pos) + String(digit) + good.slice(pos + 1);
        return idNumberCheckChar(bad.slice(0, 17)) !== good[17];
      }),
    );
  });

  it('reads the gender from the sequence digit', () => {
    expect(idNumberGender('11010519491231002X')).toBe('F');
    expect(idNumberGender('440524188001010014')).toBe('M');
  });
});
