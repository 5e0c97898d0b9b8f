// The constants of the test street, apart from the helpers so that child processes and the
// global setup can read them without importing vitest.

/** Fixed "now" for tests: 2026-11-20 10:00 China time. */
export const TEST_ANCHOR = Date.UTC(2026, 10, 20, 2, 0, 0);
/** Fast KDF for fixtures only; the keyring tests use the real parameters. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
/** The street every `demoStreetCopy()` is a copy of. */
export const DEMO_TEMPLATE = { scale: 0.05, seed: 7 } as const;
