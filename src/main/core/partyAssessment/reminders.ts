// 三会一课 reminders in the notification centre, from the core's minute timer and its clock:
// a meeting due in the current period (within its lead days) and one missed in the last
// each send one notice, once, to the accounts of the organisation's community (street-level
// organisations: the administrators). Recording the meeting marks its notices read.
import type { Db } from '../db/database';
import { shanghaiDate } from '../calendar/workCalendar';
import { accountsWith, notify } from '../notifications/notify';
import { dueList } from './subjects';

export const MEETING_NOTICE = 'partyMeeting.due';

export interface ReminderResult {
  sent: number;
  notified: number[];
}

/** quiet: record what is due now without notices (a new demo street starts caught up). */
export function runMeetingReminders(db: Db, now: number, options: { quiet?: boolean } = {}): ReminderResult {
  const due = dueList(db, shanghaiDate(now), null);
  const seen = db.prepare('SELECT 1 FROM party_meeting_reminder WHERE org_id = ? AND kind = ? AND period = ? AND state = ?');
  const fresh = due.filter((d) => !seen.get(d.orgId, d.kind, d.period, d.state));
  const result: ReminderResult = { sent: 0, notified: [] };
  if (fresh.length === 0) return result;
  const notified = new Set<number>();
  db.transaction(() => {
    const mark = db.prepare('INSERT INTO party_meeting_reminder (org_id, kind, period, state, at) VALUES (?, ?, ?, ?, ?)');
    const admins = accountsWith(db, { roles: ['admin'] });
    for (const d of fresh) {
      mark.run(d.orgId, d.kind, d.period, d.state, now);
      if (options.quiet) continue;
      const to = d.communityId === null ? admins : accountsWith(db, { roles: ['community'], onlyCommunity: d.communityId });
      for (const u of notify(db, to, { kind: MEETING_NOTICE, params: { orgId: d.orgId, orgName: d.orgName, meeting: d.kind, period: d.period, state: d.state, endsOn: d.endsOn } }, now)) notified.add(u);
      result.sent += 1;
    }
  })();
  result.notified = [...notified];
  return result;
}

/** Marks read the notices a recorded meeting answers; answers the accounts to refresh. */
export function settleReminders(db: Db, orgId: number, kind: string, period: string, now: number): number[] {
  const users = db
    .prepare(
      `SELECT DISTINCT user_id FROM notification WHERE kind = @notice AND read_at IS NULL
          AND json_extract(params, '$.orgId') = @org AND json_extract(params, '$.meeting') = @kind AND json_extract(params, '$.period') = @period`,
    )
    .pluck()
    .all({ notice: MEETING_NOTICE, org: orgId, kind, period }) as number[];
  if (users.length === 0) return [];
  db.prepare(
    `UPDATE notification SET read_at = @now WHERE kind = @notice AND read_at IS NULL
        AND json_extract(params, '$.orgId') = @org AND json_extract(params, '$.meeting') = @kind AND json_extract(params, '$.period') = @period`,
  ).run({ now, notice: MEETING_NOTICE, org: orgId, kind, period });
  return users;
}
