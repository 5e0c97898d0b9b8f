// Reading decisions with their items and computed progress, in one query per batch of
// decisions (json_each over the ids), so a meeting, the next meeting's look back and the
// figures over every open decision cost a join, not a query per item.
import type { CaseStatus } from '../../../shared/domain';
import type { DecisionItemKind, DecisionItemView, DecisionStatus, DecisionView } from '../../../shared/meetings';
import type { PartyListStatus } from '../../../shared/partyLists';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { decisionProgress, itemProgress } from './progress';

interface DecisionRow {
  id: number;
  code: string;
  meeting_id: number;
  topic_id: number;
  text: string;
  status: DecisionStatus;
  matter_id: number | null;
}

interface ItemRow {
  id: number;
  decision_id: number;
  kind: DecisionItemKind;
  case_id: number | null;
  party_list_item_id: number | null;
  title: string;
  owner: string;
  due_on: string;
  started_at: number | null;
  done_at: number | null;
  case_code: string | null;
  case_status: CaseStatus | null;
  case_due_at: number | null;
  list_title: string | null;
  list_status: PartyListStatus | null;
}

const ITEMS_SQL = `
  SELECT i.id, i.decision_id, i.kind, i.case_id, i.party_list_item_id, i.title, i.owner, i.due_on, i.started_at, i.done_at,
         c.code AS case_code, c.status AS case_status, c.due_at AS case_due_at, p.title AS list_title, p.status AS list_status
    FROM decision_item i
    LEFT JOIN case_file c ON c.id = i.case_id
    LEFT JOIN party_list_item p ON p.id = i.party_list_item_id`;

function itemView(r: ItemRow, now: number, today: string): DecisionItemView {
  const { progress, linkedStatus } = itemProgress(
    { kind: r.kind, dueOn: r.due_on, caseStatus: r.case_status, caseDueAt: r.case_due_at, listStatus: r.list_status, startedAt: r.started_at, doneAt: r.done_at },
    now,
    today,
  );
  const label = r.kind === 'case' || r.kind === 'supervise' ? r.case_code! : r.kind === 'party_list' ? r.list_title! : r.title;
  return { id: r.id, kind: r.kind, label, caseId: r.case_id, partyListItemId: r.party_list_item_id, owner: r.owner, dueOn: r.due_on, progress, linkedStatus };
}

function assemble(decisions: DecisionRow[], items: ItemRow[], now: number): DecisionView[] {
  const today = shanghaiDate(now);
  const byDecision = new Map<number, DecisionItemView[]>();
  for (const r of items) {
    const list = byDecision.get(r.decision_id) ?? [];
    list.push(itemView(r, now, today));
    byDecision.set(r.decision_id, list);
  }
  return decisions.map((d) => {
    const its = byDecision.get(d.id) ?? [];
    return { id: d.id, code: d.code, meetingId: d.meeting_id, topicId: d.topic_id, text: d.text, status: d.status, progress: decisionProgress(its.map((i) => i.progress)), items: its, matterId: d.matter_id };
  });
}

const DECISION_COLUMNS = 'd.id, d.code, d.meeting_id, d.topic_id, d.text, d.status, (SELECT m.id FROM matter m WHERE m.decision_id = d.id LIMIT 1) AS matter_id';

/** The decisions of some meetings, in the order they were taken. */
export function decisionsOfMeetings(db: Db, meetingIds: readonly number[], now: number): DecisionView[] {
  if (meetingIds.length === 0) return [];
  const ids = JSON.stringify(meetingIds);
  const decisions = db.prepare(`SELECT ${DECISION_COLUMNS} FROM meeting_decision d WHERE d.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY d.id`).all(ids) as DecisionRow[];
  const items = db.prepare(`${ITEMS_SQL} WHERE i.decision_id IN (SELECT d.id FROM meeting_decision d WHERE d.meeting_id IN (SELECT value FROM json_each(?))) ORDER BY i.id`).all(ids) as ItemRow[];
  return assemble(decisions, items, now);
}

export function decisionById(db: Db, id: number, now: number): DecisionView | null {
  const d = db.prepare(`SELECT ${DECISION_COLUMNS} FROM meeting_decision d WHERE d.id = ?`).get(id) as DecisionRow | undefined;
  if (!d) return null;
  const items = db.prepare(`${ITEMS_SQL} WHERE i.decision_id = ? ORDER BY i.id`).all(id) as ItemRow[];
  return assemble([d], items, now)[0]!;
}

/** Every active decision (of one community's bodies and the street's, or of the whole street). */
export function activeDecisions(db: Db, now: number, community: number | null = null): DecisionView[] {
  const scope = community === null ? '1' : '(b.community_id IS NULL OR b.community_id = @community)';
  const from = `FROM meeting_decision d JOIN meeting mt ON mt.id = d.meeting_id JOIN meeting_body b ON b.id = mt.body_id WHERE d.status = 'active' AND ${scope}`;
  const decisions = db.prepare(`SELECT ${DECISION_COLUMNS} ${from} ORDER BY d.id`).all({ community }) as DecisionRow[];
  const items = db.prepare(`${ITEMS_SQL} WHERE i.decision_id IN (SELECT d.id ${from}) ORDER BY i.id`).all({ community }) as ItemRow[];
  return assemble(decisions, items, now);
}
