// Recording a 三会一课 meeting: one transaction with its audit entry; the notices it answers
// are marked read in the same transaction.
import type { z } from 'zod';
import { MEETING_RULES, type meetingRecordInput } from '../../../shared/partyAssessment';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { refuse } from '../buildingDays/errors';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { requireOrg } from './access';
import { periodOf } from './periods';
import { settleReminders } from './reminders';
import { kindsFor } from './subjects';

export function recordMeeting(db: Db, input: z.output<typeof meetingRecordInput>, user: UserView, now: number): { notified: number[]; communityId: number | null } {
  const today = shanghaiDate(now);
  if (input.heldOn > today) throw refuse('invalid_input', 'heldOn', 'is in the future: a meeting is recorded after it was held', 'date_after_today');
  return db.transaction(() => {
    const org = requireOrg(db, input.orgId, user, 'orgId', true);
    if (!kindsFor(org.kind).includes(input.kind)) {
      throw refuse('invalid_input', 'kind', `is not held by a ${org.kind} organisation (it holds ${kindsFor(org.kind).join(', ') || 'none of 三会一课'})`, 'kind_not_held');
    }
    if (input.heldOn < org.founded_on) throw refuse('invalid_input', 'heldOn', `is before the organisation was founded (${org.founded_on})`);
    if (input.absentees > 0 && input.attendees + input.absentees > 2000) throw refuse('invalid_input', 'absentees', 'is too many');
    const id = Number(
      db
        .prepare('INSERT INTO party_meeting (org_id, kind, held_on, topic, attendees, absentees, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(org.id, input.kind, input.heldOn, input.topic, input.attendees, input.absentees, input.note ?? '', user.id, now).lastInsertRowid,
    );
    const period = periodOf(input.heldOn, MEETING_RULES[input.kind].cadence).key;
    const notified = settleReminders(db, org.id, input.kind, period, now);
    appendAudit(db, now, { userId: user.id, action: 'partyMeeting.record', entity: 'party_meeting', entityId: id, detail: { orgId: org.id, kind: input.kind, heldOn: input.heldOn, period, attendees: input.attendees } });
    return { notified, communityId: org.community_id };
  })();
}
