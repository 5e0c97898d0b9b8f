// Reads of bodies and meetings: the list of bodies, a body's meetings, one meeting with its
// topics and decisions, and — opening a meeting — the previous meeting of the same body with
// its decisions' progress now.
import type { DecisionFigures, DecisionView, MeetingBodyView, MeetingDetail, MeetingHeader, MeetingKind, MeetingStatus, MeetingTopicView, TopicSource } from '../../../shared/meetings';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { outOfScope } from '../access/communityScope';
import { mayReadBody, type Actor } from './access';
import { activeDecisions, decisionsOfMeetings } from './decisions';
import { refuse } from './errors';

interface HeaderRow {
  id: number;
  code: string;
  body_id: number;
  body_name: string;
  kind: MeetingKind;
  community_id: number | null;
  held_on: string;
  title: string;
  place: string;
  status: MeetingStatus;
  topics: number;
  decisions: number;
  units: string;
  people: string;
}

const HEADER_SQL = `
  SELECT m.id, m.code, m.body_id, b.name AS body_name, b.kind, b.community_id, m.held_on, m.title, m.place, m.status, m.units, m.people,
         (SELECT count(*) FROM meeting_topic t WHERE t.meeting_id = m.id) AS topics,
         (SELECT count(*) FROM meeting_decision d WHERE d.meeting_id = m.id) AS decisions
    FROM meeting m JOIN meeting_body b ON b.id = m.body_id`;

const header = (r: HeaderRow): MeetingHeader => ({
  id: r.id,
  code: r.code,
  bodyId: r.body_id,
  bodyName: r.body_name,
  kind: r.kind,
  communityId: r.community_id,
  heldOn: r.held_on,
  title: r.title,
  place: r.place,
  status: r.status,
  topics: r.topics,
  decisions: r.decisions,
});

export function listBodies(db: Db, actor: Actor): MeetingBodyView[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.kind, b.name, b.community_id, c.name AS community_name,
              (SELECT count(*) FROM meeting m WHERE m.body_id = b.id) AS meetings,
              (SELECT max(held_on) FROM meeting m WHERE m.body_id = b.id) AS last_held_on
         FROM meeting_body b LEFT JOIN community c ON c.id = b.community_id ORDER BY b.community_id IS NOT NULL, b.community_id, b.id`,
    )
    .all() as { id: number; kind: MeetingKind; name: string; community_id: number | null; community_name: string | null; meetings: number; last_held_on: string | null }[];
  return rows
    .filter((r) => mayReadBody(actor, r.community_id))
    .map((r) => ({ id: r.id, kind: r.kind, name: r.name, communityId: r.community_id, communityName: r.community_name, meetings: r.meetings, lastHeldOn: r.last_held_on }));
}

export function listMeetings(db: Db, actor: Actor, bodyId: number | undefined, limit: number): MeetingHeader[] {
  const rows = db.prepare(`${HEADER_SQL} WHERE (@body IS NULL OR m.body_id = @body) ORDER BY m.held_on DESC, m.id DESC LIMIT @limit`).all({ body: bodyId ?? null, limit: limit * 4 }) as HeaderRow[];
  return rows.filter((r) => mayReadBody(actor, r.community_id)).slice(0, limit).map(header);
}

export function meetingHeaderRow(db: Db, id: number): HeaderRow | undefined {
  return db.prepare(`${HEADER_SQL} WHERE m.id = ?`).get(id) as HeaderRow | undefined;
}

/** The meeting row, refused when missing or out of the account's scope. */
export function readableMeeting(db: Db, actor: Actor, id: number, path = 'id'): HeaderRow {
  const row = meetingHeaderRow(db, id);
  if (!row) throw refuse('not_found', path, 'not_found', `names no meeting (id ${id})`);
  if (!mayReadBody(actor, row.community_id)) throw outOfScope('community', row.community_id!, actor.communityId!);
  return row;
}

function topicsOf(db: Db, meetingId: number, decisions: DecisionView[]): MeetingTopicView[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.title, t.notes, t.source, t.grid_id, g.name AS grid_name, t.case_id, t.matter_id
         FROM meeting_topic t LEFT JOIN grid g ON g.id = t.grid_id WHERE t.meeting_id = ? ORDER BY t.id`,
    )
    .all(meetingId) as { id: number; title: string; notes: string; source: TopicSource; grid_id: number | null; grid_name: string | null; case_id: number | null; matter_id: number | null }[];
  return rows.map((t) => ({
    id: t.id,
    title: t.title,
    notes: t.notes,
    source: t.source,
    gridId: t.grid_id,
    gridName: t.grid_name,
    caseId: t.case_id,
    matterId: t.matter_id,
    decisions: decisions.filter((d) => d.topicId === t.id),
  }));
}

/** The meeting of the same body held last before this one (by day, then by id). */
export function previousMeetingId(db: Db, row: Pick<HeaderRow, 'id' | 'body_id' | 'held_on'>): number | null {
  const prev = db
    .prepare('SELECT id FROM meeting WHERE body_id = @body AND (held_on < @on OR (held_on = @on AND id < @id)) ORDER BY held_on DESC, id DESC LIMIT 1')
    .pluck()
    .get({ body: row.body_id, on: row.held_on, id: row.id }) as number | undefined;
  return prev ?? null;
}

export function meetingDetail(db: Db, actor: Actor, id: number, now: number): MeetingDetail {
  const row = readableMeeting(db, actor, id);
  const prevId = previousMeetingId(db, row);
  const decisions = decisionsOfMeetings(db, prevId === null ? [id] : [id, prevId], now);
  return {
    meeting: header(row),
    units: JSON.parse(row.units) as string[],
    people: JSON.parse(row.people) as { name: string; unit: string }[],
    topics: topicsOf(db, id, decisions),
    previous: prevId === null ? null : { meeting: header(meetingHeaderRow(db, prevId)!), decisions: decisions.filter((d) => d.meetingId === prevId) },
  };
}

/** The street's 研判会 body (the briefing deck's sessions), made once on first use. */
export function reviewBodyId(db: Db): number | null {
  return (db.prepare("SELECT id FROM meeting_body WHERE kind = 'review' AND community_id IS NULL ORDER BY id LIMIT 1").pluck().get() as number | undefined) ?? null;
}

/** Today's 研判会 session, if the deck has recorded a decision today. */
export function todaysReviewId(db: Db, now: number): number | null {
  const body = reviewBodyId(db);
  if (body === null) return null;
  return (db.prepare('SELECT id FROM meeting WHERE body_id = ? AND held_on = ? ORDER BY id DESC LIMIT 1').pluck().get(body, shanghaiDate(now)) as number | undefined) ?? null;
}

/** Active decisions by progress, and those with an item due within a week: counts only. */
export function decisionFigures(db: Db, now: number, community: number | null): DecisionFigures {
  return decisionProgressCounts(activeDecisions(db, now, community), now);
}

/** Active decisions counted by progress, and those with an unfinished item due within 7 days. */
export function decisionProgressCounts(decisions: readonly DecisionView[], now: number): DecisionFigures {
  const today = shanghaiDate(now);
  const week = shanghaiDate(now + 7 * 86_400_000);
  const out: DecisionFigures = { active: 0, done: 0, inProgress: 0, notStarted: 0, late: 0, dueSoon: 0 };
  for (const d of decisions) {
    out.active += 1;
    if (d.progress === 'done') out.done += 1;
    else if (d.progress === 'late') out.late += 1;
    else if (d.progress === 'in_progress') out.inProgress += 1;
    else out.notStarted += 1;
    if (d.progress !== 'done' && d.items.some((i) => i.progress !== 'done' && i.dueOn >= today && i.dueOn <= week)) out.dueSoon += 1;
  }
  return out;
}
