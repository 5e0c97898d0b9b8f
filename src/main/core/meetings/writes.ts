// Writes of meetings: open and close a meeting, add a topic, record a decision with its items,
// add an item, step a task, withdraw a decision. Each runs inside the caller's transaction,
// refuses before it writes, and leaves its audit entry. A 督办 item puts its case under
// supervision through the case state machine (cases/act.ts), so the case's own rules, roles,
// event and audit apply exactly as for a 督办 from the case drawer.
import type { DecisionItemInput, MeetingDecideInput, MeetingOpenInput, MeetingTopicInput, TopicSource } from '../../../shared/meetings';
import { OPEN_CASE_STATUSES, type CaseStatus } from '../../../shared/domain';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { actOnCase } from '../cases/act';
import { requireBodyWritable, type Actor } from './access';
import { refuse } from './errors';
import { meetingHeaderRow } from './reads';
import { closeStep, requireActiveDecision, requireOpenMeeting, taskState, taskStep, withdrawStep } from './stateMachine';

const code = (prefix: string, id: number) => `${prefix}${String(id).padStart(6, '0')}`;

export function writableMeeting(db: Db, actor: Actor, id: number, path = 'meetingId') {
  const row = meetingHeaderRow(db, id);
  if (!row) throw refuse('not_found', path, 'not_found', `names no meeting (id ${id})`);
  requireBodyWritable(actor, row.community_id, `meeting ${row.code}`);
  return row;
}

export function openMeeting(db: Db, actor: Actor, at: number, input: MeetingOpenInput): number {
  const body = db.prepare('SELECT id, name, community_id FROM meeting_body WHERE id = ?').get(input.bodyId) as { id: number; name: string; community_id: number | null } | undefined;
  if (!body) throw refuse('not_found', 'bodyId', 'not_found', `names no meeting body (id ${input.bodyId})`);
  requireBodyWritable(actor, body.community_id, body.name);
  const next = ((db.prepare('SELECT max(id) FROM meeting').pluck().get() as number | null) ?? 0) + 1;
  db.prepare(
    `INSERT INTO meeting (id, code, body_id, held_on, title, place, units, people, status, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(next, code('HY', next), body.id, input.heldOn, input.title, input.place ?? '', JSON.stringify(input.units ?? []), JSON.stringify(input.people ?? []), actor.id, at);
  // The audit keeps counts of who attended, not their names.
  appendAudit(db, at, { userId: actor.id, action: 'meeting.open', entity: 'meeting', entityId: next, detail: { bodyId: body.id, heldOn: input.heldOn, units: input.units?.length ?? 0, people: input.people?.length ?? 0 } });
  return next;
}

export function closeMeeting(db: Db, actor: Actor, at: number, id: number): number {
  const row = writableMeeting(db, actor, id, 'id');
  const to = closeStep(row.status, row.code);
  db.prepare('UPDATE meeting SET status = ?, closed_at = ? WHERE id = ?').run(to, at, id);
  appendAudit(db, at, { userId: actor.id, action: 'meeting.close', entity: 'meeting', entityId: id, detail: { topics: row.topics, decisions: row.decisions } });
  return id;
}

export function addTopic(db: Db, actor: Actor, at: number, input: MeetingTopicInput & { source?: TopicSource; matterId?: number }): number {
  const row = writableMeeting(db, actor, input.meetingId);
  requireOpenMeeting(row.status, row.code);
  if (input.gridId !== undefined) {
    if (!db.prepare('SELECT 1 FROM grid WHERE id = ?').get(input.gridId)) throw refuse('not_found', 'gridId', 'not_found', `names no grid (id ${input.gridId})`);
    requireInScope(db, actor, 'grid', input.gridId);
  }
  if (input.caseId !== undefined) {
    if (!db.prepare('SELECT 1 FROM case_file WHERE id = ?').get(input.caseId)) throw refuse('not_found', 'caseId', 'not_found', `names no case (id ${input.caseId})`);
    requireInScope(db, actor, 'case', input.caseId);
  }
  const id = Number(
    db
      .prepare('INSERT INTO meeting_topic (meeting_id, title, notes, source, grid_id, case_id, matter_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, input.title, input.notes ?? '', input.source ?? 'agenda', input.gridId ?? null, input.caseId ?? null, input.matterId ?? null, at).lastInsertRowid,
  );
  appendAudit(db, at, { userId: actor.id, action: 'meeting.addTopic', entity: 'meeting', entityId: row.id, detail: { topicId: id, source: input.source ?? 'agenda' } });
  return id;
}

/** Validates one item and writes it (a 督办 item supervises its case now). Returns the item's id and the case it supervised. */
function writeItem(db: Db, actor: Actor, at: number, decision: { id: number; code: string; text: string }, item: DecisionItemInput, path: string): { id: number; supervisedCase: number | null } {
  let caseId: number | null = null;
  let listId: number | null = null;
  let supervisedCase: number | null = null;
  if (item.kind === 'case' || item.kind === 'supervise') {
    const c = db.prepare('SELECT id, code, status, supervised FROM case_file WHERE id = ?').get(item.caseId) as { id: number; code: string; status: CaseStatus; supervised: number } | undefined;
    if (!c) throw refuse('not_found', `${path}.caseId`, 'not_found', `names no case (id ${item.caseId})`);
    requireInScope(db, actor, 'case', c.id);
    if (!OPEN_CASE_STATUSES.includes(c.status) && c.status !== 'suspended' && c.status !== 'escalated') {
      throw refuse('conflict', `${path}.caseId`, 'case_closed', `names case ${c.code}, which is ${c.status}: a decision follows open cases`, { code: c.code, status: c.status });
    }
    caseId = c.id;
    if (item.kind === 'supervise' && c.supervised === 0) {
      actOnCase(db, { caseId: c.id, action: 'supervise', note: `会议决定 ${decision.code}：${decision.text}`.slice(0, 300) }, actor, at);
      supervisedCase = c.id;
    }
  } else if (item.kind === 'party_list') {
    const p = db.prepare('SELECT id, community_id FROM party_list_item WHERE id = ?').get(item.partyListItemId) as { id: number; community_id: number } | undefined;
    if (!p) throw refuse('not_found', `${path}.partyListItemId`, 'not_found', `names no item of the lists (id ${item.partyListItemId})`);
    requireInScope(db, actor, 'community', p.community_id);
    listId = p.id;
  }
  const dup = db
    .prepare('SELECT 1 FROM decision_item WHERE decision_id = ? AND kind = ? AND (case_id IS ? AND party_list_item_id IS ?) AND (kind <> \'task\' OR title = ?)')
    .get(decision.id, item.kind, caseId, listId, item.kind === 'task' ? item.title : '');
  if (dup) throw refuse('conflict', path, 'duplicate_item', `repeats an item decision ${decision.code} already has`);
  const id = Number(
    db
      .prepare('INSERT INTO decision_item (decision_id, kind, case_id, party_list_item_id, title, owner, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(decision.id, item.kind, caseId, listId, item.kind === 'task' ? item.title : '', item.owner, item.dueOn, at).lastInsertRowid,
  );
  appendAudit(db, at, { userId: actor.id, action: 'meeting.addItem', entity: 'meeting_decision', entityId: decision.id, detail: { itemId: id, kind: item.kind, caseId, partyListItemId: listId, dueOn: item.dueOn } });
  return { id, supervisedCase };
}

export interface DecideOutcome {
  id: number;
  meetingId: number;
  supervisedCases: number[];
}

export function decide(db: Db, actor: Actor, at: number, input: MeetingDecideInput): DecideOutcome {
  const row = writableMeeting(db, actor, input.meetingId);
  requireOpenMeeting(row.status, row.code);
  if (input.topicId === undefined) {
    if (input.topicTitle === undefined) throw refuse('invalid_input', 'topicId', 'not_found', 'is required: name a topic of the meeting, or give topicTitle for a new one');
    input = { ...input, topicId: addTopic(db, actor, at, { meetingId: row.id, title: input.topicTitle }) };
  }
  const topic = db.prepare('SELECT id, meeting_id FROM meeting_topic WHERE id = ?').get(input.topicId) as { id: number; meeting_id: number } | undefined;
  if (!topic) throw refuse('not_found', 'topicId', 'not_found', `names no topic (id ${input.topicId})`);
  if (topic.meeting_id !== row.id) throw refuse('invalid_input', 'topicId', 'wrong_meeting', `names a topic of another meeting (meeting ${topic.meeting_id}), not of ${row.code}`);
  const next = ((db.prepare('SELECT max(id) FROM meeting_decision').pluck().get() as number | null) ?? 0) + 1;
  const decision = { id: next, code: code('JD', next), text: input.text };
  db.prepare("INSERT INTO meeting_decision (id, code, meeting_id, topic_id, text, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?)").run(
    next,
    decision.code,
    row.id,
    topic.id,
    input.text,
    actor.id,
    at,
  );
  appendAudit(db, at, { userId: actor.id, action: 'meeting.decide', entity: 'meeting_decision', entityId: next, detail: { meetingId: row.id, topicId: topic.id, items: input.items.length } });
  const supervisedCases: number[] = [];
  input.items.forEach((item, i) => {
    const w = writeItem(db, actor, at, decision, item, `items[${i}]`);
    if (w.supervisedCase !== null) supervisedCases.push(w.supervisedCase);
  });
  return { id: next, meetingId: row.id, supervisedCases };
}

interface DecisionRowLite {
  id: number;
  code: string;
  text: string;
  status: 'active' | 'withdrawn';
  meeting_id: number;
}

export function writableDecision(db: Db, actor: Actor, id: number, path = 'decisionId'): DecisionRowLite {
  const d = db.prepare('SELECT id, code, text, status, meeting_id FROM meeting_decision WHERE id = ?').get(id) as DecisionRowLite | undefined;
  if (!d) throw refuse('not_found', path, 'not_found', `names no decision (id ${id})`);
  writableMeeting(db, actor, d.meeting_id, path);
  return d;
}

/** Items may be added to an active decision after its meeting has closed: follow-up goes on. */
export function addItem(db: Db, actor: Actor, at: number, decisionId: number, item: DecisionItemInput): DecideOutcome {
  const d = writableDecision(db, actor, decisionId);
  requireActiveDecision(d.status, d.code);
  const w = writeItem(db, actor, at, d, item, 'item');
  return { id: w.id, meetingId: d.meeting_id, supervisedCases: w.supervisedCase === null ? [] : [w.supervisedCase] };
}

export function stepTask(db: Db, actor: Actor, at: number, itemId: number, step: 'start' | 'complete'): { id: number; meetingId: number } {
  const item = db.prepare('SELECT id, decision_id, kind, started_at, done_at FROM decision_item WHERE id = ?').get(itemId) as { id: number; decision_id: number; kind: string; started_at: number | null; done_at: number | null } | undefined;
  if (!item) throw refuse('not_found', 'itemId', 'not_found', `names no decision item (id ${itemId})`);
  const d = writableDecision(db, actor, item.decision_id, 'itemId');
  requireActiveDecision(d.status, d.code, 'itemId');
  if (item.kind !== 'task') throw refuse('conflict', 'itemId', 'not_a_task', `names a ${item.kind} item: its progress follows the ${item.kind === 'party_list' ? 'list item' : 'case'} it links`);
  taskStep(step, taskState(item.started_at, item.done_at));
  if (step === 'start') db.prepare('UPDATE decision_item SET started_at = ? WHERE id = ?').run(at, item.id);
  else db.prepare('UPDATE decision_item SET started_at = coalesce(started_at, ?), done_at = ? WHERE id = ?').run(at, at, item.id);
  appendAudit(db, at, { userId: actor.id, action: `meeting.task.${step}`, entity: 'meeting_decision', entityId: d.id, detail: { itemId: item.id } });
  return { id: item.id, meetingId: d.meeting_id };
}

export function withdrawDecision(db: Db, actor: Actor, at: number, decisionId: number, reason: string): { id: number; meetingId: number } {
  const d = writableDecision(db, actor, decisionId);
  const to = withdrawStep(d.status, d.code);
  db.prepare('UPDATE meeting_decision SET status = ?, reason = ? WHERE id = ?').run(to, reason, d.id);
  appendAudit(db, at, { userId: actor.id, action: 'meeting.withdrawDecision', entity: 'meeting_decision', entityId: d.id, detail: { reason } });
  return { id: d.id, meetingId: d.meeting_id };
}
