// Decisions by progress and matters by stage for the wall and the briefing deck, for the street
// or one community (its bodies and the street's; its matters). Counts only: no decision text,
// no owner, no speaker reaches these payloads.
import type { DecisionFigures, MeetingsShared } from '../../../shared/meetings';
import { decisionProgressCounts } from './reads';
import type { Db } from '../db/database';
import { matterFigures } from '../deliberation/reads';
import { decisionFigures } from './reads';
import { decisionsOfMeetings } from './decisions';

export function meetingsShared(db: Db, now: number, communityId: number | null): MeetingsShared {
  return { decisions: decisionFigures(db, now, communityId), matters: matterFigures(db, communityId) };
}

/**
 * Decisions taken at meetings held from `from` to `to` (calendar days, China time) by the
 * street's bodies or the community's and the street's, with their progress now; withdrawn
 * decisions are left out, as they are from every figure of progress.
 */
export function decisionsMade(db: Db, now: number, communityId: number | null, from: string, to: string): DecisionFigures {
  const meetings = db
    .prepare('SELECT m.id FROM meeting m JOIN meeting_body b ON b.id = m.body_id WHERE m.held_on BETWEEN @from AND @to AND (@c IS NULL OR b.community_id IS NULL OR b.community_id = @c)')
    .pluck()
    .all({ from, to, c: communityId }) as number[];
  return decisionProgressCounts(decisionsOfMeetings(db, meetings, now).filter((d) => d.status === 'active'), now);
}
