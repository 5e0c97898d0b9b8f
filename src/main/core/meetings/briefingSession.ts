// Decisions recorded from the briefing deck. The deck's session is a meeting of the street's
// 研判会 body, one per day: the first decision of the day opens it (and the body, on a street
// that has none yet); each key pressed on a hot spot, an overdue case or a ranking row becomes a
// topic on that grid or case, with one decision and its follow-up item.
import type { DecisionItemInput, MeetingBriefingDecideInput, TopicSource } from '../../../shared/meetings';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import type { Actor } from './access';
import { gridAt } from '../cases/locate';
import { refuse } from './errors';
import { reviewBodyId, todaysReviewId } from './reads';
import { addTopic, decide, openMeeting, type DecideOutcome } from './writes';

function ensureReviewBody(db: Db, actor: Actor, at: number): number {
  const existing = reviewBodyId(db);
  if (existing !== null) return existing;
  const id = Number(db.prepare("INSERT INTO meeting_body (kind, name, community_id, created_at) VALUES ('review', '街道形势研判会', NULL, ?)").run(at).lastInsertRowid);
  appendAudit(db, at, { userId: actor.id, action: 'meeting.body', entity: 'meeting_body', entityId: id, detail: { kind: 'review' } });
  return id;
}

export function briefingDecide(db: Db, actor: Actor, at: number, input: MeetingBriefingDecideInput): DecideOutcome {
  const t = input.target;
  let meetingId = todaysReviewId(db, at);
  if (meetingId !== null && (db.prepare('SELECT status FROM meeting WHERE id = ?').pluck().get(meetingId) as string) !== 'open') meetingId = null;
  if (meetingId === null) {
    const day = shanghaiDate(at);
    meetingId = openMeeting(db, actor, at, { bodyId: ensureReviewBody(db, actor, at), heldOn: day, title: `${day} 形势研判会`, place: '指挥中心' });
  }
  let topic: { title: string; source: TopicSource; gridId?: number; caseId?: number };
  let item: DecisionItemInput;
  if (t.kind === 'overdue_case') {
    const c = db.prepare('SELECT id, code FROM case_file WHERE code = ?').get(t.caseCode) as { id: number; code: string } | undefined;
    if (!c) throw refuse('not_found', 'target.caseCode', 'not_found', `names no case (${t.caseCode})`);
    topic = { title: `超期案件 ${c.code}`, source: 'overdue_case', caseId: c.id };
    item = { kind: input.supervise ? 'supervise' : 'case', caseId: c.id, owner: input.owner, dueOn: input.dueOn };
  } else {
    const grid = t.kind === 'hot_spot' ? gridAt(db, t.lng, t.lat) : (db.prepare('SELECT id, name FROM grid WHERE id = ?').get(t.gridId) as { id: number; name: string } | undefined);
    if (!grid) throw refuse('not_found', t.kind === 'hot_spot' ? 'target' : 'target.gridId', 'not_found', t.kind === 'hot_spot' ? 'lies in no grid of the street' : `names no grid (id ${t.gridId})`);
    topic = { title: t.label ? `${grid.name} · ${t.label}` : grid.name, source: t.kind, gridId: grid.id };
    item = { kind: 'task', title: input.text.slice(0, 80), owner: input.owner, dueOn: input.dueOn };
  }
  const topicId = addTopic(db, actor, at, { meetingId, title: topic.title.slice(0, 80), source: topic.source, gridId: topic.gridId, caseId: topic.caseId });
  return decide(db, actor, at, { meetingId, topicId, text: input.text, items: [item] });
}
