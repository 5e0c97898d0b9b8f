// The office's "now": the core's clock, followed from the browser's by an offset taken at
// every session.status and unlock. Screens that decide which day, week or month it is read
// it, so a wall PC whose clock is off, or a test street generated at a fixed anchor, shows
// the same periods as the core computes. Elapsed-time timers (idle lock, countdowns to a
// server time) need the same base and use it too.

let offsetMs = 0;

/** Takes the core's clock as seen on arrival of a response (the transit time is ignored: milliseconds). */
export function followCoreClock(coreNow: number, localNow = Date.now()): void {
  if (Number.isFinite(coreNow)) offsetMs = coreNow - localNow;
}

export function officeNow(): number {
  return Date.now() + offsetMs;
}

/** Only for tests of the rule above. */
export function coreClockOffset(): number {
  return offsetMs;
}
