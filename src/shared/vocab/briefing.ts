// The longest briefing period, zod-free so the renderer can import it without building the API's schemas.
/** A year and a day: a leap year's briefing still fits; longer periods belong to the ledger. */
export const BRIEFING_MAX_DAYS = 366;
