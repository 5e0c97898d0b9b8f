// A member's hours of community service recorded by hand (a need worked on, other work);
// wishes fulfilled and volunteer activities write their own rows into the same ledger.
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import type { serviceRecordInput } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { requireCommunity } from '../access/communityScope';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';

export function recordService(db: Db, input: z.output<typeof serviceRecordInput>, user: UserView, now: number): number {
  requireCommunity(user, input.communityId, 'the community served');
  if (input.onDate > shanghaiDate(now)) throw new ApiError('invalid_input', `onDate is after today (${shanghaiDate(now)})`, [{ path: 'onDate', message: `is after today (${shanghaiDate(now)})`, reason: 'date_after_today' }]);
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM party_member WHERE id = ?').get(input.memberId)) throw new ApiError('invalid_input', `memberId names no Party member (${input.memberId})`, [{ path: 'memberId', message: `names no Party member (${input.memberId})` }]);
    if (!db.prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId)) throw new ApiError('invalid_input', `communityId names no community (${input.communityId})`, [{ path: 'communityId', message: `names no community (${input.communityId})` }]);
    const id = Number(
      db
        .prepare('INSERT INTO service_record (member_id, on_date, kind, ref_id, hours, community_id, note, recorded_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(input.memberId, input.onDate, input.kind, input.refId ?? null, input.hours, input.communityId, input.note, now, user.id).lastInsertRowid,
    );
    appendAudit(db, now, { userId: user.id, action: 'service.record', entity: 'party_member', entityId: input.memberId, detail: { serviceId: id, kind: input.kind, hours: input.hours, onDate: input.onDate, communityId: input.communityId } });
    return id;
  })();
}
