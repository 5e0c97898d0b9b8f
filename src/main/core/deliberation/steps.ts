// The five steps of a matter. Each runs inside the caller's transaction, refuses before it
// writes, and leaves a history row and an audit entry. 会议定事 records the decision in the
// meeting (a topic on the matter, a decision with no items yet); 联动办事 needs that decision to
// have items to follow; 群众评事 needs them all done — progress is computed, so residents
// evaluate work that the cases, list items and tasks say is finished.
import type { MatterDecideInput, MatterDiscussInput, MatterEvaluateInput, MatterRaiseInput, MatterStage } from '../../../shared/deliberation';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { requireCommunity } from '../access/communityScope';
import type { Actor } from '../meetings/access';
import { decisionById } from '../meetings/decisions';
import { addTopic, decide } from '../meetings/writes';
import { refuse } from './errors';
import { matterRow, type MatterRow } from './rows';
import { nextStage } from './stages';

function record(db: Db, actor: Actor, at: number, m: { id: number }, action: string, from: MatterStage | null, to: MatterStage, note = '', detail: Record<string, unknown> = {}): void {
  db.prepare('INSERT INTO matter_event (matter_id, action, from_stage, to_stage, actor_user_id, actor_name, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    m.id,
    action,
    from,
    to,
    actor.id,
    actor.displayName,
    at,
    note,
  );
  db.prepare('UPDATE matter SET stage = ?, updated_at = ? WHERE id = ?').run(to, at, m.id);
  appendAudit(db, at, { userId: actor.id, action: `matter.${action}`, entity: 'matter', entityId: m.id, detail: { from, to, ...detail } });
}

export function writableMatter(db: Db, actor: Actor, id: number): MatterRow {
  const m = matterRow(db, id);
  if (!m) throw refuse('not_found', 'id', 'not_found', `names no matter (id ${id})`);
  requireCommunity(actor, m.community_id, `matter ${m.code}`);
  return m;
}

export function raiseMatter(db: Db, actor: Actor, at: number, input: MatterRaiseInput): MatterRow {
  const place =
    'buildingId' in input.place
      ? (db.prepare('SELECT b.id AS building_id, b.grid_id, g.community_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?').get(input.place.buildingId) as
          | { building_id: number; grid_id: number; community_id: number }
          | undefined)
      : (db.prepare('SELECT NULL AS building_id, id AS grid_id, community_id FROM grid WHERE id = ?').get(input.place.gridId) as { building_id: null; grid_id: number; community_id: number } | undefined);
  if (!place) {
    const path = 'buildingId' in input.place ? 'place.buildingId' : 'place.gridId';
    throw refuse('not_found', path, 'not_found', `names no ${'buildingId' in input.place ? 'building' : 'grid'}`);
  }
  requireCommunity(actor, place.community_id, 'a place');
  const next = ((db.prepare('SELECT max(id) FROM matter').pluck().get() as number | null) ?? 0) + 1;
  db.prepare(
    `INSERT INTO matter (id, code, title, description, raised_by, raised_on, community_id, grid_id, building_id, stage, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'raised', ?)`,
  ).run(next, `YS${String(next).padStart(6, '0')}`, input.title, input.description, input.raisedBy, input.raisedOn, place.community_id, place.grid_id, place.building_id, at);
  db.prepare("INSERT INTO matter_event (matter_id, action, from_stage, to_stage, actor_user_id, actor_name, at, note) VALUES (?, 'raise', NULL, 'raised', ?, ?, ?, ?)").run(
    next,
    actor.id,
    actor.displayName,
    at,
    input.raisedBy,
  );
  appendAudit(db, at, { userId: actor.id, action: 'matter.raise', entity: 'matter', entityId: next, detail: { gridId: place.grid_id, buildingId: place.building_id } });
  return matterRow(db, next)!;
}

export function discussMatter(db: Db, actor: Actor, at: number, input: MatterDiscussInput): MatterRow {
  const m = writableMatter(db, actor, input.id);
  const to = nextStage(m.stage, 'discuss');
  input.speakers.forEach((s, i) => {
    if (s.option >= input.options.length) throw refuse('invalid_input', `speakers[${i}].option`, 'bad_option', `is ${s.option}, but there are only ${input.options.length} options (0–${input.options.length - 1})`);
  });
  const discussion = Number(
    db.prepare('INSERT INTO matter_discussion (matter_id, held_on, minutes, options, attendance, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(m.id, input.heldOn, input.minutes, JSON.stringify(input.options), input.attendance, at)
      .lastInsertRowid,
  );
  const speak = db.prepare('INSERT INTO matter_speaker (discussion_id, who, option_index, words) VALUES (?, ?, ?, ?)');
  for (const s of input.speakers) speak.run(discussion, s.who, s.option, s.words);
  // Speakers' names stay out of the audit: counts only.
  record(db, actor, at, m, 'discuss', m.stage, to, input.heldOn, { discussionId: discussion, options: input.options.length, speakers: input.speakers.length });
  return matterRow(db, m.id)!;
}

export function decideMatter(db: Db, actor: Actor, at: number, input: MatterDecideInput): { row: MatterRow; decisionId: number; meetingId: number } {
  const m = writableMatter(db, actor, input.id);
  const to = nextStage(m.stage, 'decide');
  const last = db.prepare('SELECT options FROM matter_discussion WHERE matter_id = ? ORDER BY id DESC LIMIT 1').pluck().get(m.id) as string;
  const options = JSON.parse(last) as string[];
  if (input.option >= options.length) throw refuse('invalid_input', 'option', 'bad_option', `is ${input.option}, but the last discussion had ${options.length} options (0–${options.length - 1})`);
  const topicId = addTopic(db, actor, at, { meetingId: input.meetingId, title: `议事 ${m.code} ${m.title}`.slice(0, 80), notes: options[input.option]!, gridId: m.grid_id, source: 'matter', matterId: m.id });
  const done = decide(db, actor, at, { meetingId: input.meetingId, topicId, text: input.text, items: [] });
  db.prepare('UPDATE matter SET decision_id = ? WHERE id = ?').run(done.id, m.id);
  record(db, actor, at, m, 'decide', m.stage, to, options[input.option]!, { meetingId: input.meetingId, decisionId: done.id, option: input.option });
  return { row: matterRow(db, m.id)!, decisionId: done.id, meetingId: done.meetingId };
}

export function actMatter(db: Db, actor: Actor, at: number, id: number): MatterRow {
  const m = writableMatter(db, actor, id);
  const to = nextStage(m.stage, 'act');
  const d = decisionById(db, m.decision_id!, at)!;
  if (d.status !== 'active') throw refuse('conflict', 'id', 'decision_withdrawn', `was decided by ${d.code}, which was withdrawn`);
  if (d.items.length === 0) throw refuse('conflict', 'id', 'no_items', `was decided by ${d.code}, which has no follow-up items yet: add who does what by when first`, { code: d.code });
  record(db, actor, at, m, 'act', m.stage, to, '', { items: d.items.length });
  return matterRow(db, m.id)!;
}

export function evaluateMatter(db: Db, actor: Actor, at: number, input: MatterEvaluateInput): MatterRow {
  const m = writableMatter(db, actor, input.id);
  const to = nextStage(m.stage, 'evaluate');
  if (input.satisfied + input.basicallySatisfied > input.asked) {
    throw refuse('invalid_input', 'satisfied', 'bad_counts', `and basicallySatisfied add up to ${input.satisfied + input.basicallySatisfied}, more than the ${input.asked} households asked`);
  }
  const d = decisionById(db, m.decision_id!, at)!;
  if (d.progress !== 'done') {
    throw refuse('conflict', 'id', 'not_done', `is still being carried out: decision ${d.code} is ${d.progress.replace('_', ' ')} (residents evaluate finished work)`, { progress: d.progress });
  }
  db.prepare('UPDATE matter SET asked = ?, satisfied = ?, basically_satisfied = ?, evaluation_note = ? WHERE id = ?').run(input.asked, input.satisfied, input.basicallySatisfied, input.note ?? '', m.id);
  record(db, actor, at, m, 'evaluate', m.stage, to, input.note ?? '', { asked: input.asked, satisfied: input.satisfied, basicallySatisfied: input.basicallySatisfied });
  return matterRow(db, m.id)!;
}

export function dropMatter(db: Db, actor: Actor, at: number, id: number, reason: string): MatterRow {
  const m = writableMatter(db, actor, id);
  const to = nextStage(m.stage, 'drop');
  record(db, actor, at, m, 'drop', m.stage, to, reason, { reason });
  return matterRow(db, m.id)!;
}
