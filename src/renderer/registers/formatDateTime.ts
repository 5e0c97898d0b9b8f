// A moment as China time, "2026-12-02 09:41", the way the registers' history lists it.
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function formatDateTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
