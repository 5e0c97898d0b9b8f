// The instant the end-to-end street is generated at and the server's clock starts from
// (a Wednesday, 10:30 China time: work hours, a month with a whole month before it), so
// no run passes or fails by the hour of day it happens to run at.
export const E2E_ANCHOR = '2026-11-18T10:30:00+08:00';
export const E2E_ANCHOR_MS = Date.parse(E2E_ANCHOR);
