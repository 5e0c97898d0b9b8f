// The focuses of volunteer teams, zod-free so the renderer can import them without building the API's schemas.
/** What volunteer teams mostly do. */
export const VOLUNTEER_FOCUSES = ['elderly', 'environment', 'safety', 'culture', 'youth', 'health', 'civility', 'emergency'] as const;
export type VolunteerFocus = (typeof VOLUNTEER_FOCUSES)[number];
