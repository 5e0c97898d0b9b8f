import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '../../shared/accounts';
import { newPasswordProblems, temporaryPassword } from './passwordRules';

describe('newPasswordProblems', () => {
  it('asks for the minimum length first, then the same password twice', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    const ok = 'x'.repeat(PASSWORD_MIN_LENGTH);
    expect(newPasswordProblems(short, short)).toEqual({ newPassword: 'tooShort' });
    expect(newPasswordProblems(ok, `${ok}y`)).toEqual({ repeat: 'mismatch' });
    expect(newPasswordProblems(ok, ok)).toEqual({});
    expect(newPasswordProblems('x'.repeat(200), 'x'.repeat(200))).toEqual({ newPassword: 'tooLong' });
  });
});

describe('temporaryPassword', () => {
  it('is long enough to be accepted and avoids characters read alike', () => {
    const password = temporaryPassword();
    expect(password.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(password).not.toMatch(/[0O1lIo]/);
    expect(temporaryPassword(12, (n) => new Uint32Array(n))).toBe('a'.repeat(12));
  });
});
