// When the daily backup is due: once per China-time day, at or after the set time, while
// StreetOps is unlocked (the key is needed to copy the database). A scheduled attempt that
// failed (the USB disk unplugged) is tried again an hour later, until one succeeds that day.
import type { BackupSettingsView } from '../../../shared/backup';
import { CHINA_OFFSET_MS } from '../calendar/workCalendar';

const DAY_MS = 86_400_000;
export const RETRY_AFTER_MS = 3_600_000;

export interface LastScheduled {
  /** Start of the last scheduled run that succeeded, epoch ms. */
  okAt: number | null;
  /** Start of the last scheduled attempt, successful or not. */
  triedAt: number | null;
}

/** Today's slot (epoch ms) for a China-time HH:MM. */
export function slotOn(now: number, time: string): number {
  const dayStart = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const [h, m] = time.split(':').map(Number) as [number, number];
  return dayStart + (h * 60 + m) * 60_000;
}

export function scheduledBackupDue(settings: BackupSettingsView, last: LastScheduled, now: number): boolean {
  if (!settings.daily || !settings.folder) return false;
  const slot = slotOn(now, settings.time);
  if (now < slot) return false;
  if (last.okAt !== null && last.okAt >= slot) return false;
  return last.triedAt === null || last.triedAt < slot || now - last.triedAt >= RETRY_AFTER_MS;
}
