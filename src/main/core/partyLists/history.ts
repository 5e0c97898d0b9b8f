// The step history (party_list_event) and the write trail of one step: the history row and
// the audit entry, both inside the caller's transaction. Items carry no personal data, so the
// audit keeps the values (status, sides, reason).
import type { PartyListStatus, PartyListStep } from '../../../shared/partyLists';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import type { Actor } from './access';
import type { Side } from './parties';

export interface StepRecord {
  itemId: number;
  step: PartyListStep;
  from: PartyListStatus | null;
  to: PartyListStatus;
  /** The other side concerned: the claimant that claimed, was rejected or gave up. */
  party?: Pick<Side, 'kind' | 'id'> | null;
  reason?: string;
  rating?: number | null;
}

export function recordStep(db: Db, actor: Actor, at: number, s: StepRecord): void {
  const partyCommunity = s.party?.kind === 'community' ? s.party.id : null;
  const partyUnit = s.party?.kind === 'unit' ? s.party.id : null;
  db.prepare(
    `INSERT INTO party_list_event (item_id, action, from_status, to_status, actor_user_id, actor_name, party_community_id, party_unit_id, at, reason, rating)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.itemId, s.step, s.from, s.to, actor.id, actor.displayName, partyCommunity, partyUnit, at, s.reason ?? '', s.rating ?? null);
  appendAudit(db, at, {
    userId: actor.id,
    action: `partyList.${s.step}`,
    entity: 'party_list_item',
    entityId: s.itemId,
    detail: { from: s.from, to: s.to, ...(s.party ? { party: s.party } : {}), ...(s.reason ? { reason: s.reason } : {}), ...(s.rating ? { rating: s.rating } : {}) },
  });
}
