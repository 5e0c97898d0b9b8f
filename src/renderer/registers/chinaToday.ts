// Today's date in China time (YYYY-MM-DD): the default day of a departure or appointment.
import { officeNow } from '../session/officeClock';

const CHINA_OFFSET_MS = 8 * 3_600_000;

export function chinaToday(now: number = officeNow()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
