import { describe, expect, it } from 'vitest';
import { refusalKey } from './refusalWords';

describe('refusalKey', () => {
  it('words the refusals a person meets in the account forms, by field', () => {
    expect(refusalKey('oldPassword', 'is not your current password')).toBe('accounts.password.oldWrong');
    expect(refusalKey('username', 'is already taken (lin)')).toBe('accounts.form.usernameTaken');
    expect(refusalKey('communityId', 'is required for the community role (社区工作人员 work in one community)')).toBe('accounts.form.scopeRequired');
  });

  it('leaves the rest as the core said it', () => {
    expect(refusalKey('username', 'must be 3–32 lowercase letters')).toBeNull();
    expect(refusalKey('password', 'is not your current password')).toBeNull();
  });
});
