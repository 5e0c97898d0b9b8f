// Case codes: AJ + the China-time date of the report + a 5-digit sequence of that day.
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';

export function nextCaseCode(db: Db, reportedAt: number): string {
  const prefix = `AJ${shanghaiDate(reportedAt).replaceAll('-', '')}`;
  const last = db.prepare("SELECT code FROM case_file WHERE code >= ? AND code < ? || 'Z' ORDER BY code DESC LIMIT 1").pluck().get(prefix, prefix) as string | undefined;
  const seq = last ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, '0')}`;
}
