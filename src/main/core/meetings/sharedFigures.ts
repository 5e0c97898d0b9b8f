// Decisions by progress and matters by stage for the wall and the briefing deck, for the street
// or one community (its bodies and the street's; its matters). Counts only: no decision text,
// no owner, no speaker reaches these payloads.
import type { MeetingsShared } from '../../../shared/meetings';
import type { Db } from '../db/database';
import { matterFigures } from '../deliberation/reads';
import { decisionFigures } from './reads';

export function meetingsShared(db: Db, now: number, communityId: number | null): MeetingsShared {
  return { decisions: decisionFigures(db, now, communityId), matters: matterFigures(db, communityId) };
}
