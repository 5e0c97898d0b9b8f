// Personal data by role, as the API shows it: unmasking one record (person.reveal) and the
// caller's own policy (access.policy), so the drawer offers only what the core allows.
import { z } from 'zod';
import type { ResidentTag } from './domain';
import { REVEAL_REASON_MIN } from './vocab/access';

export const REVEAL_KINDS = ['resident', 'reporter', 'partyMember'] as const;
export type RevealKind = (typeof REVEAL_KINDS)[number];

export { REVEAL_REASON_MIN } from './vocab/access';

export const revealInput = z.strictObject({
  kind: z.enum(REVEAL_KINDS, { error: `must be one of ${REVEAL_KINDS.join(', ')}` }),
  /** resident: resident id; reporter: the case id; partyMember: party member id. */
  id: z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive'),
  reason: z.string({ error: 'is required' }).trim().min(REVEAL_REASON_MIN, `is required: at least ${REVEAL_REASON_MIN} characters`).max(200, 'is too long'),
});
export type RevealInput = z.output<typeof revealInput>;

/** One record in full. Fields the record does not have are null. */
export interface RevealedPerson {
  kind: RevealKind;
  id: number;
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
  tags: ResidentTag[];
}

export interface AccessPolicyView {
  /** Record kinds this account may unmask one at a time, with a reason. */
  reveal: RevealKind[];
  /** Set when the account sees only this community. */
  communityId: number | null;
}
