// 双向联系 and 双向服务: contacts made and services done on an item, by either side, with the day
// they happened. Recorded on open or finished items (a service report may come after 完成),
// never on a withdrawn one. Runs inside the caller's transaction.
import type { PartyListRecordInput } from '../../../shared/partyLists';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import type { Actor } from './access';
import { refuse } from './errors';
import { itemInScope } from './steps';
import type { ItemRow } from './rows';

export function recordContact(db: Db, actor: Actor, at: number, today: string, input: PartyListRecordInput): ItemRow {
  const row = itemInScope(db, actor, input.id);
  if (row.status === 'withdrawn') throw refuse('conflict', 'id', 'illegal_step', `is withdrawn: nothing more is recorded on it`, { step: 'record', kind: row.kind, status: row.status });
  if (input.side === 'claimant' && row.claimant_community_id === null && row.claimant_unit_id === null) {
    throw refuse('invalid_input', 'side', 'wrong_party', `is claimant, but ${row.kind} ${row.id} has no claimant yet`);
  }
  if (input.onDate > today) throw refuse('invalid_input', 'onDate', 'bad_period', `(${input.onDate}) is in the future (today is ${today})`);
  const id = Number(
    db
      .prepare('INSERT INTO party_list_contact (item_id, kind, side, on_date, note, hours, people_served, actor_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, input.kind, input.side, input.onDate, input.note, input.hours ?? null, input.peopleServed ?? null, actor.id, at).lastInsertRowid,
  );
  appendAudit(db, at, { userId: actor.id, action: `partyList.${input.kind}`, entity: 'party_list_item', entityId: row.id, detail: { contactId: id, side: input.side, onDate: input.onDate } });
  return row;
}
