// The core words field refusals in English for developers; the refusals a person can
// meet in these forms get the UI's own words. Anything else is shown as the core said it.
import type { PlainMessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/translate';

const KNOWN: readonly (readonly [field: string, start: string, key: PlainMessageKey])[] = [
  ['oldPassword', 'is not your current password', 'accounts.password.oldWrong'],
  ['newPassword', 'must differ from the current password', 'accounts.refusal.sameAsOld'],
  ['newPassword', 'must not be the username', 'accounts.refusal.notUsername'],
  ['password', 'must not be the username', 'accounts.refusal.notUsername'],
  ['username', 'is already taken', 'accounts.form.usernameTaken'],
  ['communityId', 'is required for the community role', 'accounts.form.scopeRequired'],
  ['communityId', 'names no community', 'accounts.refusal.noCommunity'],
  ['role', 'would leave no active administrator', 'accounts.refusal.lastAdmin'],
  ['disabled', 'cannot be set on your own account', 'accounts.refusal.notSelf'],
];

export function refusalKey(field: string, message: string): PlainMessageKey | null {
  return KNOWN.find(([f, start]) => f === field && message.startsWith(start))?.[2] ?? null;
}

/** A `word` for refusalsByField: the UI's words where known, else the core's. */
export function refusalWording(t: Translate): (field: string, message: string) => string {
  return (field, message) => {
    const key = refusalKey(field, message);
    return key ? t(key) : message;
  };
}
