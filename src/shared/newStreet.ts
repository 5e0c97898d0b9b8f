// A street's own first start (issue #12, item 1): on a data directory that holds no street,
// the first screen offers the demo street or a new, empty one made from the office's own
// files. What crosses the boundary: the choice (`firstStart.create`, callable without a
// session, and only while the directory is empty) and the setup checklist an
// administrator works through afterwards (`newStreet.checklist`).
import { z } from 'zod';
import { newPassword, username } from './accounts';
import { text } from './inputRules';
import { ADMIN_CODE_PATTERN, STREET_CODE_PATTERN } from './vocab/newStreet';

export { ADMIN_CODE_PATTERN, STREET_CODE_PATTERN } from './vocab/newStreet';

export const newStreetInput = z
  .strictObject({
    kind: z.literal('new'),
    streetName: text(40, { min: 2, minMessage: 'is required (at least 2 characters, e.g. 九龙街道)' }),
    district: text(40, { min: 2, minMessage: 'is required (the district, e.g. 九龙坡区)' }),
    city: text(40, { min: 2, minMessage: 'is required (the city, e.g. 重庆市)' }),
    adminCode: z.string({ error: 'is required' }).trim().regex(ADMIN_CODE_PATTERN, 'must be the district’s six-digit GB/T 2260 code, e.g. 500107'),
    streetCode: z.string({ error: 'is required' }).trim().regex(STREET_CODE_PATTERN, 'must be the street’s 9- or 12-digit code, e.g. 500107001'),
    username,
    displayName: text(40, { min: 1 }),
    password: newPassword,
  })
  .refine((s) => s.streetCode.startsWith(s.adminCode), { path: ['streetCode'], message: 'must begin with the district’s code (a street code extends its district’s)' })
  .refine((s) => s.password !== s.username, { path: ['password'], message: 'must not be the username' });
export type NewStreetInput = z.output<typeof newStreetInput>;

export const firstStartInput = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('demo') }), newStreetInput], { error: 'must be demo or new' });
export type FirstStartInput = z.output<typeof firstStartInput>;

export interface FirstStartResult {
  kind: 'demo' | 'new';
  /** demo: generation has begun (follow session.status); new: the street is there and locked, waiting for its administrator. */
  state: 'preparing' | 'locked';
  streetName: string;
}

/** The steps of a new street's setup, in the order an administrator takes them. */
export const SETUP_STEPS = ['boundary', 'communities', 'grids', 'buildings', 'residents', 'partyOrgs', 'tenants', 'gridStaff', 'facilities'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];
/** The steps a street cannot work without; the rest are registers an office fills in as it goes. */
export const REQUIRED_SETUP_STEPS: readonly SetupStep[] = ['boundary', 'communities', 'grids', 'buildings', 'residents'];

/** Where a step is done: the GIS import (with its layer) or the register import (with its register). */
export type SetupLink = { kind: 'gis'; layer: 'street' | 'communities' | 'grids' | 'buildings' | 'facilities' } | { kind: 'register'; register: 'residents' | 'partyOrgs' | 'tenants' | 'gridStaff' };

export interface SetupItem {
  step: SetupStep;
  required: boolean;
  /** done: present and sound; problem: present but with problems to fix (see issues); missing: nothing yet. */
  state: 'done' | 'problem' | 'missing';
  count: number;
  /** What is wrong, as stable words with figures (the UI words them): gaps, overlaps, area outside the street, cut buildings, grids without a building. */
  issues: { kind: 'gap' | 'overlap' | 'outsideStreet' | 'buildingCut' | 'emptyGrid' | 'noGrid'; count: number }[];
  link: SetupLink;
}

export interface SetupChecklist {
  items: SetupItem[];
  /** Every required step done. */
  complete: boolean;
  /** Whether this street began as a new street (not the demo). */
  newStreet: boolean;
}

export const newStreetSchemas = {
  'firstStart.create': firstStartInput,
  'newStreet.checklist': z.strictObject({
    /** false: counts only, without the whole-street validation (the console's quick look at sign-in). */
    coverage: z.boolean({ error: 'must be true or false' }).optional(),
  }),
} as const;

export interface NewStreetOutputs {
  'firstStart.create': FirstStartResult;
  'newStreet.checklist': SetupChecklist;
}
