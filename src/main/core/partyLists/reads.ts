// The lists, an item's drawer, the units and the map points. A community account sees its
// community's needs and projects and the whole street's resources (access.ts).
import type {
  PartyListContactView,
  PartyListDetail,
  PartyListEventView,
  PartyListListInput,
  PartyListPage,
  PartyListStatus,
  PartyListStep,
  PartyMapPoints,
  PartyParties,
  PartyUnitView,
  PartyRef,
} from '../../../shared/partyLists';
import type { Db } from '../db/database';
import { mayRead, type Actor } from './access';
import { refuse } from './errors';
import { unitRows } from './parties';
import { itemView, itemViews } from './rows';
import { NO_RECORD, unitRecords } from './unitRecord';
import { outOfScope } from '../access/communityScope';

export function listItems(db: Db, actor: Actor, input: PartyListListInput): PartyListPage {
  const scoped = actor.communityId !== null && input.kind !== 'resource' ? actor.communityId : null;
  const where = [
    'i.kind = @kind',
    '(@community IS NULL OR i.community_id = @community)',
    '(@scope IS NULL OR i.community_id = @scope)',
    '(@status IS NULL OR i.status = @status)',
    '(@category IS NULL OR i.category = @category)',
    '(@unit IS NULL OR i.owner_unit_id = @unit OR i.claimant_unit_id = @unit)',
  ].join(' AND ');
  const params = {
    kind: input.kind,
    community: input.communityId ?? null,
    scope: scoped,
    status: input.status ?? null,
    category: input.category ?? null,
    unit: input.unitId ?? null,
  };
  const total = db.prepare(`SELECT count(*) FROM party_list_item i WHERE ${where}`).pluck().get(params) as number;
  const limit = input.limit ?? 100;
  const items = itemViews(db, where, params, `ORDER BY i.published_at DESC, i.id DESC LIMIT ${limit} OFFSET ${input.offset ?? 0}`);
  return { items, total };
}

interface EventRow {
  id: number;
  action: PartyListStep;
  from_status: PartyListStatus | null;
  to_status: PartyListStatus;
  actor_name: string;
  party_community_id: number | null;
  party_unit_id: number | null;
  party_community_name: string | null;
  party_unit_name: string | null;
  at: number;
  reason: string;
  rating: number | null;
}

function partyOf(r: EventRow): PartyRef | null {
  if (r.party_unit_id !== null) return { kind: 'unit', id: r.party_unit_id, name: r.party_unit_name ?? '' };
  if (r.party_community_id !== null) return { kind: 'community', id: r.party_community_id, name: r.party_community_name ?? '' };
  return null;
}

export function itemDetail(db: Db, actor: Actor, id: number): PartyListDetail {
  const item = itemView(db, id);
  if (!item) throw refuse('not_found', 'id', 'not_found', `names no item of the lists (id ${id})`);
  if (!mayRead(actor, { community_id: item.communityId, kind: item.kind })) throw outOfScope('community', item.communityId, actor.communityId!);
  const history = (
    db
      .prepare(
        `SELECT e.*, c.name AS party_community_name, o.name AS party_unit_name FROM party_list_event e
           LEFT JOIN community c ON c.id = e.party_community_id LEFT JOIN party_org o ON o.id = e.party_unit_id
          WHERE e.item_id = ? ORDER BY e.at, e.id`,
      )
      .all(id) as EventRow[]
  ).map(
    (r): PartyListEventView => ({ id: r.id, step: r.action, fromStatus: r.from_status, toStatus: r.to_status, actorName: r.actor_name, party: partyOf(r), at: r.at, reason: r.reason, rating: r.rating }),
  );
  const contacts = (
    db.prepare('SELECT id, kind, side, on_date, note, hours, people_served, at FROM party_list_contact WHERE item_id = ? ORDER BY on_date, id').all(id) as {
      id: number;
      kind: PartyListContactView['kind'];
      side: PartyListContactView['side'];
      on_date: string;
      note: string;
      hours: number | null;
      people_served: number | null;
      at: number;
    }[]
  ).map((r): PartyListContactView => ({ id: r.id, kind: r.kind, side: r.side, onDate: r.on_date, note: r.note, hours: r.hours, peopleServed: r.people_served, at: r.at }));
  const linkedIds = [item.needId, item.resourceId, item.projectId].filter((x): x is number => x !== null);
  const linked = linkedIds.map((l) => itemView(db, l)!).filter(Boolean);
  return { item, history, contacts, linked };
}

export function listParties(db: Db): PartyParties {
  const records = unitRecords(db);
  const units = unitRows(db).map((u): PartyUnitView => ({ id: u.id, name: u.name, orgKind: u.kind, communityId: u.community_id, record: records.get(u.id) ?? NO_RECORD }));
  return { communities: db.prepare('SELECT id, name FROM community ORDER BY code').all() as { id: number; name: string }[], units };
}

export function mapPoints(db: Db, actor: Actor): PartyMapPoints {
  const scope = actor.communityId;
  const needs = db
    .prepare(
      `SELECT id, title, category, lng, lat, status != 'published' AS claimed FROM party_list_item
        WHERE kind = 'need' AND status IN ('published', 'claimed', 'in_progress') AND (@scope IS NULL OR community_id = @scope) ORDER BY id`,
    )
    .all({ scope }) as { id: number; title: string; category: PartyMapPoints['needs'][number]['category']; lng: number; lat: number; claimed: number }[];
  const resources = db
    .prepare("SELECT id, title, category, lng, lat FROM party_list_item WHERE kind = 'resource' AND status = 'published' AND project_id IS NULL ORDER BY id")
    .all() as { id: number; title: string; category: PartyMapPoints['needs'][number]['category']; lng: number; lat: number }[];
  return { needs: needs.map((n) => ({ ...n, claimed: n.claimed === 1 })), resources: resources.map((r) => ({ ...r, claimed: false })) };
}
