// Reads of matters: a list (by community, grid or building — the drawers ask by grid and
// building), one matter with its history, discussions and decision, and counts by stage.
import { MATTER_STAGES, type MatterDetail, type MatterDiscussionView, type MatterEventView, type MatterFigures, type MatterListInput, type MatterView } from '../../../shared/deliberation';
import type { Db } from '../db/database';
import { requireCommunity } from '../access/communityScope';
import type { Actor } from '../meetings/access';
import { decisionById } from '../meetings/decisions';
import { refuse } from './errors';
import { MATTER_SQL, matterRow, matterView, type MatterRow } from './rows';
import { legalMatterSteps } from './stages';

export function listMatters(db: Db, actor: Actor, input: MatterListInput, now: number): MatterView[] {
  if (input.communityId !== undefined) requireCommunity(actor, input.communityId, 'matters');
  const rows = db
    .prepare(
      `${MATTER_SQL}
        WHERE (@scope IS NULL OR m.community_id = @scope) AND (@community IS NULL OR m.community_id = @community)
          AND (@grid IS NULL OR m.grid_id = @grid) AND (@building IS NULL OR m.building_id = @building) AND (@stage IS NULL OR m.stage = @stage)
        ORDER BY m.updated_at DESC, m.id DESC LIMIT @limit`,
    )
    .all({ scope: actor.communityId, community: input.communityId ?? null, grid: input.gridId ?? null, building: input.buildingId ?? null, stage: input.stage ?? null, limit: input.limit ?? 100 }) as MatterRow[];
  return rows.map((r) => matterView(db, r, now));
}

export function matterDetail(db: Db, actor: Actor, id: number, now: number): MatterDetail {
  const r = matterRow(db, id);
  if (!r) throw refuse('not_found', 'id', 'not_found', `names no matter (id ${id})`);
  requireCommunity(actor, r.community_id, `matter ${r.code}`);
  const history = (
    db.prepare('SELECT id, action, from_stage, to_stage, actor_name, at, note FROM matter_event WHERE matter_id = ? ORDER BY at, id').all(id) as {
      id: number;
      action: MatterEventView['action'];
      from_stage: MatterEventView['fromStage'];
      to_stage: MatterEventView['toStage'];
      actor_name: string;
      at: number;
      note: string;
    }[]
  ).map((e) => ({ id: e.id, action: e.action, fromStage: e.from_stage, toStage: e.to_stage, actorName: e.actor_name, at: e.at, note: e.note }));
  const speakers = db
    .prepare('SELECT s.discussion_id, s.who, s.option_index, s.words FROM matter_speaker s JOIN matter_discussion d ON d.id = s.discussion_id WHERE d.matter_id = ? ORDER BY s.id')
    .all(id) as { discussion_id: number; who: string; option_index: number; words: string }[];
  const discussions: MatterDiscussionView[] = (
    db.prepare('SELECT id, held_on, minutes, options, attendance FROM matter_discussion WHERE matter_id = ? ORDER BY id').all(id) as { id: number; held_on: string; minutes: string; options: string; attendance: number }[]
  ).map((d) => ({
    id: d.id,
    heldOn: d.held_on,
    minutes: d.minutes,
    attendance: d.attendance,
    options: (JSON.parse(d.options) as string[]).map((label, i) => ({
      label,
      speakers: speakers.filter((s) => s.discussion_id === d.id && s.option_index === i).map((s) => ({ who: s.who, words: s.words })),
    })),
  }));
  return {
    matter: matterView(db, r, now),
    history,
    discussions,
    decision: r.decision_id === null ? null : decisionById(db, r.decision_id, now),
    evaluation: r.asked === null ? null : { asked: r.asked, satisfied: r.satisfied ?? 0, basicallySatisfied: r.basically_satisfied ?? 0, note: r.evaluation_note },
    next: legalMatterSteps(r.stage),
  };
}

/** Matters by stage (of one community, or the street): counts only. */
export function matterFigures(db: Db, community: number | null): MatterFigures {
  const out = Object.fromEntries(MATTER_STAGES.map((s) => [s, 0])) as MatterFigures;
  const rows = db.prepare('SELECT stage, count(*) AS n FROM matter WHERE (@c IS NULL OR community_id = @c) GROUP BY stage').all({ c: community }) as { stage: keyof MatterFigures; n: number }[];
  for (const r of rows) out[r.stage] = r.n;
  return out;
}
