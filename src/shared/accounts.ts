// Accounts, passwords, sessions and office settings as the API carries them. The core
// decides every rule (src/main/core/accounts); the UI only words the refusals.
import { z } from 'zod';
import { ROLES, type Role } from './domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './vocab/accounts';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './vocab/accounts';

const password = z
  .string({ error: 'is required' })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
const username = z
  .string({ error: 'is required' })
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'must be 3–32 lowercase letters, digits, _ . or -, starting with a letter');
const displayName = z.string({ error: 'is required' }).trim().min(1, 'is required').max(40, 'must be at most 40 characters');
const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });
const userId = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');
const communityId = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive').nullable();

export const userCreateInput = z.strictObject({ username, displayName, role, communityId, password });
export const userUpdateInput = z.strictObject({
  id: userId,
  displayName: displayName.optional(),
  role: role.optional(),
  communityId: communityId.optional(),
  disabled: z.boolean().optional(),
});
/** An administrator sets a temporary password; the user must replace it at next sign-in. */
export const userResetPasswordInput = z.strictObject({ id: userId, password });
export const userLiftLockoutInput = z.strictObject({ id: userId });
export const changePasswordInput = z.strictObject({ oldPassword: z.string().min(1, 'is required').max(PASSWORD_MAX_LENGTH), newPassword: password });
/** The same rules for a new street's first administrator (shared/newStreet.ts). */
export { password as newPassword, username };

export const settingsSaveInput = z.strictObject({
  'session.idleMinutes': z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(480, 'must be at most 480 minutes').optional(),
  'session.maxAgeHours': z.number().int('must be a whole number').min(1, 'must be at least 1 hour').max(72, 'must be at most 72 hours').optional(),
  'workflow.allowSelfVerify': z.boolean().optional(),
});

export interface AccountView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  communityId: number | null;
  communityName: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: number;
  passwordChangedAt: number | null;
  /** Epoch ms until which sign-in is refused after failed attempts; null when not locked out. */
  lockedUntil: number | null;
  /** Locked out until an administrator lifts it (too many failures). */
  lockedOut: boolean;
}

export interface OfficeSettingsView {
  'session.idleMinutes': number;
  'session.maxAgeHours': number;
  'workflow.allowSelfVerify': boolean;
}
