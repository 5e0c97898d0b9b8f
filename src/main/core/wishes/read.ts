// Reading wishes: rows shaped for the API, the resident's and a member claimant's names as
// the caller's role may see them (core/access/matrix.ts), never their phone or room.
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import {
  WISH_STATUSES,
  type ClaimantKind,
  type WishAction,
  type WishCategory,
  type WishDetail,
  type WishEventView,
  type WishKind,
  type WishList,
  type WishListItem,
  type WishStatus,
  type Satisfaction,
} from '../../../shared/wishes';
import type { z } from 'zod';
import type { wishListInput } from '../../../shared/wishes';
import { outOfScope } from '../access/communityScope';
import { level } from '../access/matrix';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';
import { legalWishActions } from './transitions';

const DAY_MS = 86_400_000;

/** The columns every wish read takes; the place comes through its building. */
export const WISH_FROM = `micro_wish w JOIN building b ON b.id = w.building_id JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id`;
const COLUMNS = `w.id, w.code, w.kind, w.category, w.title, w.status, w.resident_id, w.collected_at, w.claimant_kind, w.claimant_id,
  w.fulfilled_at, w.closed_at, g.community_id, c.name AS community_name, g.id AS grid_id, g.name AS grid_name,
  COALESCE((SELECT r.name FROM resident r WHERE r.id = w.resident_id), (SELECT r.name FROM resident_departed r WHERE r.id = w.resident_id)) AS resident_name,
  CASE w.claimant_kind
    WHEN 'member' THEN COALESCE((SELECT m.name FROM party_member m WHERE m.id = w.claimant_id), (SELECT m.name FROM party_member_departed m WHERE m.id = w.claimant_id))
    WHEN 'unit' THEN COALESCE((SELECT o.name FROM party_org o WHERE o.id = w.claimant_id), (SELECT o.name FROM party_org_dissolved o WHERE o.id = w.claimant_id))
    WHEN 'team' THEN (SELECT t.name FROM volunteer_team t WHERE t.id = w.claimant_id)
  END AS claimant_name`;

interface WishRow {
  id: number;
  code: string;
  kind: WishKind;
  category: WishCategory;
  title: string;
  status: WishStatus;
  resident_id: number | null;
  collected_at: number;
  claimant_kind: ClaimantKind | null;
  claimant_id: number | null;
  fulfilled_at: number | null;
  closed_at: number | null;
  community_id: number;
  community_name: string;
  grid_id: number;
  grid_name: string;
  resident_name: string | null;
  claimant_name: string | null;
}

function item(row: WishRow, user: UserView, now: number): WishListItem {
  const end = row.fulfilled_at ?? row.closed_at ?? now;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    category: row.category,
    title: row.title,
    status: row.status,
    communityId: row.community_id,
    communityName: row.community_name,
    gridId: row.grid_id,
    gridName: row.grid_name,
    residentName: shown(row.resident_name, level(user.role, 'resident', 'name'), maskName),
    collectedAt: row.collected_at,
    claimant:
      row.claimant_kind === null || row.claimant_id === null
        ? null
        : {
            kind: row.claimant_kind,
            id: row.claimant_id,
            // A member is a person (masked by role); a unit or a team is an organisation (its name).
            name: row.claimant_kind === 'member' ? shown(row.claimant_name, level(user.role, 'partyMember', 'name'), maskName) : row.claimant_name,
          },
    ageDays: Math.max(0, Math.floor((end - row.collected_at) / DAY_MS)),
  };
}

type ListQuery = z.output<typeof wishListInput>;

export function listWishes(db: Db, q: ListQuery, user: UserView, now: number): WishList {
  const where: string[] = [];
  const p: Record<string, unknown> = {};
  const community = user.communityId ?? q.communityId;
  if (user.communityId !== null && q.communityId !== undefined && q.communityId !== user.communityId) {
    throw new ApiError('unauthorized', `this account is limited to community ${user.communityId} and may not list wishes of community ${q.communityId}`, [
      { path: 'communityId', message: 'is outside this account\'s community', reason: 'out_of_scope' },
    ]);
  }
  if (community !== undefined && community !== null) {
    where.push('g.community_id = @community');
    p.community = community;
  }
  if (q.gridId !== undefined) {
    where.push('g.id = @grid');
    p.grid = q.gridId;
  }
  if (q.kind !== undefined) {
    where.push('w.kind = @kind');
    p.kind = q.kind;
  }
  if (q.from !== undefined) {
    // China time midnight of the day.
    where.push('w.collected_at >= @from');
    p.from = Date.parse(`${q.from}T00:00:00+08:00`);
  }
  if (q.q !== undefined && q.q !== '') {
    where.push(`(w.title LIKE @q ESCAPE '\\' OR w.code LIKE @q ESCAPE '\\')`);
    p.q = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const base = where.length > 0 ? where.join(' AND ') : '1';
  const byStatus = Object.fromEntries(WISH_STATUSES.map((s) => [s, 0])) as Record<WishStatus, number>;
  for (const r of db.prepare(`SELECT w.status, count(*) AS n FROM ${WISH_FROM} WHERE ${base} GROUP BY w.status`).all(p) as { status: WishStatus; n: number }[]) byStatus[r.status] = r.n;
  let filtered = base;
  if (q.status !== undefined && q.status.length > 0) {
    filtered += ` AND w.status IN (${q.status.map((_, i) => `@s${i}`).join(', ')})`;
    q.status.forEach((s, i) => (p[`s${i}`] = s));
  }
  const total = (db.prepare(`SELECT count(*) FROM ${WISH_FROM} WHERE ${filtered}`).pluck().get(p) as number) ?? 0;
  const rows = db.prepare(`SELECT ${COLUMNS} FROM ${WISH_FROM} WHERE ${filtered} ORDER BY w.collected_at DESC, w.id DESC LIMIT @limit OFFSET @offset`).all({ ...p, limit: q.limit, offset: q.offset }) as WishRow[];
  return { total, byStatus, items: rows.map((r) => item(r, user, now)) };
}

/** The wish's community (through its building), or undefined when there is no such wish. */
export function wishCommunity(db: Db, id: number): number | undefined {
  return db.prepare(`SELECT g.community_id FROM ${WISH_FROM} WHERE w.id = ?`).pluck().get(id) as number | undefined;
}

/** Refuses a wish that does not exist or lies outside the caller's community. */
export function requireWish(db: Db, user: UserView, id: number): number {
  const community = wishCommunity(db, id);
  if (community === undefined) throw new ApiError('not_found', `no wish ${id}`, [{ path: 'wishId', message: `no wish ${id}` }]);
  if (user.communityId !== null && community !== user.communityId) throw outOfScope('community', community, user.communityId);
  return community;
}

/** Roles that record and move wishes on (the community's desk). */
export const WISH_WRITE_ROLES = ['admin', 'community'] as const;

export function wishDetail(db: Db, id: number, user: UserView, now: number): WishDetail {
  requireWish(db, user, id);
  const row = db.prepare(`SELECT ${COLUMNS}, w.detail, w.building_id, b.address, b.name AS building_name, w.collector_staff_id, w.review_note, w.fulfil_note, w.service_hours,
      w.satisfaction, w.feedback_note, w.close_reason, s.name AS collector_name, s.role AS collector_role
      FROM ${WISH_FROM} JOIN grid_staff s ON s.id = w.collector_staff_id WHERE w.id = ?`).get(id) as WishRow & {
    detail: string;
    address: string;
    building_name: string;
    collector_staff_id: number;
    collector_name: string;
    collector_role: string;
    review_note: string | null;
    fulfil_note: string | null;
    service_hours: number | null;
    satisfaction: Satisfaction | null;
    feedback_note: string | null;
    close_reason: string | null;
  };
  const photos = (db.prepare('SELECT id, name, mime, bytes FROM micro_wish_photo WHERE wish_id = ? ORDER BY id').all(id) as { id: number; name: string; mime: string; bytes: Buffer }[]).map((p) => ({
    id: p.id,
    name: p.name,
    mime: p.mime,
    dataBase64: p.bytes.toString('base64'),
  }));
  const events = (
    db.prepare(`SELECT e.at, e.action, e.from_status, e.to_status, e.note, u.display_name FROM micro_wish_event e LEFT JOIN app_user u ON u.id = e.user_id WHERE e.wish_id = ? ORDER BY e.id`).all(id) as {
      at: number;
      action: WishAction | 'record';
      from_status: WishStatus | null;
      to_status: WishStatus;
      note: string;
      display_name: string | null;
    }[]
  ).map((e): WishEventView => ({ at: e.at, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note, by: e.display_name }));
  // Building heads and volunteers are residents who help: named as a volunteer is for this role.
  const collectorKind = row.collector_role === 'building_head' || row.collector_role === 'volunteer' ? 'volunteer' : 'staff';
  const writer = (WISH_WRITE_ROLES as readonly string[]).includes(user.role);
  return {
    ...item(row, user, now),
    detail: row.detail,
    // The building, never the unit and room; nothing for a role that sees no addresses.
    place: level(user.role, 'resident', 'address') === 'none' ? null : `${row.address} ${row.building_name}`.trim(),
    collector: { staffId: row.collector_staff_id, name: shown(row.collector_name, level(user.role, collectorKind, 'name'), maskName) ?? '—', role: row.collector_role },
    reviewNote: row.review_note,
    fulfilNote: row.fulfil_note,
    serviceHours: row.service_hours,
    satisfaction: row.satisfaction,
    feedbackNote: row.feedback_note,
    closeReason: row.close_reason,
    photos,
    events,
    actions: writer ? legalWishActions(row.status) : [],
  };
}
