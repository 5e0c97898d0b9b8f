// Four eyes on a case's closing: whoever recorded the handler's feedback (the recorder, or
// the person it was recorded for) does not also verify it (核查), unless the office allows
// it (setting 'workflow.allowSelfVerify', for one-person night desks).
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { getSetting } from '../settings';

interface FeedbackRow {
  actor_user_id: number | null;
  actor_name: string;
  on_behalf_user_id: number | null;
  on_behalf_name: string | null;
}

/** Throws when `user` may not verify the case's latest feedback. */
export function checkNotSelfVerify(db: Db, caseId: number, code: string, user: UserView): void {
  const last = db
    .prepare("SELECT actor_user_id, actor_name, on_behalf_user_id, on_behalf_name FROM case_event WHERE case_id = ? AND kind = 'feedback' ORDER BY at DESC, id DESC LIMIT 1")
    .get(caseId) as FeedbackRow | undefined;
  if (!last) return;
  const recorded = last.actor_user_id === user.id;
  const forThem = last.on_behalf_user_id === user.id;
  if (!recorded && !forThem) return;
  if (getSetting(db, 'workflow.allowSelfVerify')) return;
  const how = recorded ? (last.on_behalf_name ? `recorded its feedback for ${last.on_behalf_name}` : 'entered its feedback') : `had its feedback recorded for them by ${last.actor_name}`;
  throw new ApiError('conflict', `case ${code}: ${user.displayName} ${how}, so another person must verify it (an administrator may allow self-verification in the office settings)`, [
    { path: 'action', message: 'the same person may not record the feedback and verify it', reason: 'selfVerify' },
  ]);
}
