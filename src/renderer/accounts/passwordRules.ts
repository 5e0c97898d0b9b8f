// The new-password checks the form makes before asking the core (which checks again):
// long enough, not too long, typed the same twice. Answers message keys, not text.
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/vocab/accounts';

export type NewPasswordProblem = 'tooShort' | 'tooLong' | 'mismatch';

export function newPasswordProblems(password: string, repeat: string): { newPassword?: NewPasswordProblem; repeat?: NewPasswordProblem } {
  if (password.length < PASSWORD_MIN_LENGTH) return { newPassword: 'tooShort' };
  if (password.length > PASSWORD_MAX_LENGTH) return { newPassword: 'tooLong' };
  if (password !== repeat) return { repeat: 'mismatch' };
  return {};
}

/** A temporary password for an administrator to hand over: no look-alike characters (0/O, 1/l/I). */
export function temporaryPassword(length = 10, random: (n: number) => Uint32Array = randomWords): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789';
  return Array.from(random(length), (word) => alphabet[word % alphabet.length]).join('');
}

function randomWords(n: number): Uint32Array {
  return crypto.getRandomValues(new Uint32Array(n));
}
