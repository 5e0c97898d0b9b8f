// Writing wishes: recording one and every later step. Each is one transaction with its
// history row (micro_wish_event) and audit entry; an illegal step or a bad reference is
// refused with a typed error before anything is written.
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Claimant, WishActInput, WishStatus, wishRecordInput } from '../../../shared/wishes';
import { outOfScope } from '../access/communityScope';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import { decodePhotos } from '../cases/photos';
import type { Db } from '../db/database';
import { UNIT_KINDS_SQL } from '../partyService/units';
import { requireWish, WISH_FROM } from './read';
import { nextWishStatus, WISH_TRANSITIONS } from './transitions';

type RecordInput = z.output<typeof wishRecordInput>;

/** Grid staff who collect wishes: 网格长, 网格员, 楼栋长. */
const COLLECTOR_ROLES = ['grid_head', 'grid_worker', 'building_head'];

function invalid(path: string, message: string, reason?: string): ApiError {
  return new ApiError('invalid_input', `${path} ${message}`, [{ path, message, ...(reason ? { reason } : {}) }]);
}

function inScope(user: UserView, community: number): void {
  if (user.communityId !== null && user.communityId !== community) throw outOfScope('community', community, user.communityId);
}

function event(db: Db, wishId: number, at: number, userId: number, action: string, from: WishStatus | null, to: WishStatus, note: string): void {
  db.prepare('INSERT INTO micro_wish_event (wish_id, at, user_id, action, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)').run(wishId, at, userId, action, from, to, note);
}

/** Records a wish as collected (待审核). Answers its id and community. */
export function recordWish(db: Db, input: RecordInput, user: UserView, now: number): { id: number; communityId: number } {
  const collectedAt = input.collectedAt ?? now;
  if (collectedAt > now) throw invalid('collectedAt', 'is in the future: a wish is recorded after it was collected', 'date_after_today');
  return db.transaction(() => {
    let buildingId: number;
    if (input.residentId !== undefined) {
      const r = db.prepare('SELECT h.building_id FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id = ?').get(input.residentId) as { building_id: number } | undefined;
      if (!r) throw invalid('residentId', `names no resident living in the street (${input.residentId})`);
      if (input.buildingId !== undefined && input.buildingId !== r.building_id) throw invalid('buildingId', `is not the resident's building (the resident lives in building ${r.building_id})`);
      buildingId = r.building_id;
    } else {
      buildingId = input.buildingId!;
    }
    const place = db.prepare('SELECT g.community_id, g.id AS grid_id FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?').get(buildingId) as { community_id: number; grid_id: number } | undefined;
    if (!place) throw invalid('buildingId', `names no building (${buildingId})`);
    inScope(user, place.community_id);
    const staff = db.prepare('SELECT s.role, s.vacated_on, g.community_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.id = ?').get(input.collectorStaffId) as
      | { role: string; vacated_on: string | null; community_id: number }
      | undefined;
    if (!staff) throw invalid('collectorStaffId', `names no grid staff post (${input.collectorStaffId})`);
    if (!COLLECTOR_ROLES.includes(staff.role)) throw invalid('collectorStaffId', `is a ${staff.role}: wishes are collected by a grid head, grid worker or building head`);
    if (staff.vacated_on !== null) throw invalid('collectorStaffId', `left the post on ${staff.vacated_on}`);
    if (staff.community_id !== place.community_id) throw invalid('collectorStaffId', `works in community ${staff.community_id}, not in the wish's community ${place.community_id}`);
    const next = ((db.prepare('SELECT max(id) FROM micro_wish').pluck().get() as number | null) ?? 0) + 1;
    const code = `WX${shanghaiDate(collectedAt).slice(0, 4)}-${String(next).padStart(5, '0')}`;
    const id = Number(
      db
        .prepare(
          `INSERT INTO micro_wish (id, code, kind, category, title, detail, status, building_id, resident_id, collector_staff_id, collected_at, updated_at)
           VALUES (@id, @code, @kind, @category, @title, @detail, 'pending_review', @building, @resident, @collector, @collectedAt, @now)`,
        )
        .run({
          id: next,
          code,
          kind: input.kind,
          category: input.category,
          title: input.title,
          detail: input.detail ?? '',
          building: buildingId,
          resident: input.residentId ?? null,
          collector: input.collectorStaffId,
          collectedAt,
          now,
        }).lastInsertRowid,
    );
    event(db, id, now, user.id, 'record', null, 'pending_review', '');
    // The title is what was wished for (a thing, a service): no personal value goes in the audit.
    appendAudit(db, now, { userId: user.id, action: 'wish.record', entity: 'micro_wish', entityId: id, detail: { code, kind: input.kind, category: input.category, buildingId, hasResident: input.residentId !== undefined } });
    return { id, communityId: place.community_id };
  })();
}

function requireClaimant(db: Db, c: Claimant): void {
  const found =
    c.kind === 'member'
      ? db.prepare('SELECT 1 FROM party_member WHERE id = ?').get(c.id)
      : c.kind === 'unit'
        ? db.prepare(`SELECT 1 FROM party_org WHERE id = ? AND kind IN (${UNIT_KINDS_SQL})`).get(c.id)
        : db.prepare('SELECT 1 FROM volunteer_team WHERE id = ? AND disbanded_on IS NULL').get(c.id);
  if (!found) {
    const what = c.kind === 'member' ? 'Party member' : c.kind === 'unit' ? 'unit (a 驻区单位, 两新, 楼宇 or 商圈 Party organisation)' : 'active volunteer team';
    throw invalid('claimant.id', `names no ${what} (${c.id})`);
  }
}

/** One step of the flow. Answers the wish's community. */
export function actOnWish(db: Db, input: WishActInput, user: UserView, now: number): { communityId: number; status: WishStatus } {
  const photos = input.action === 'fulfil' ? decodePhotos(input.photos) : [];
  return db.transaction(() => {
    const community = requireWish(db, user, input.wishId);
    const w = db.prepare(`SELECT w.code, w.status, w.claimant_kind, w.claimant_id, g.id AS grid_id FROM ${WISH_FROM} WHERE w.id = ?`).get(input.wishId) as {
      code: string;
      status: WishStatus;
      claimant_kind: Claimant['kind'] | null;
      claimant_id: number | null;
      grid_id: number;
    };
    const to = nextWishStatus(w.status, input.action);
    if (to === null) {
      const from = WISH_TRANSITIONS[input.action].from.join(' or ');
      const message = `wish ${w.code} is ${w.status}: ${input.action} is possible only when it is ${from}`;
      throw new ApiError('conflict', message, [{ path: 'action', message, reason: 'illegal_step', params: { status: w.status, action: input.action } }]);
    }
    const note = input.note ?? '';
    const p = { id: input.wishId, now, note };
    switch (input.action) {
      case 'approve':
      case 'reject':
        db.prepare(`UPDATE micro_wish SET status = @to, reviewed_at = @now, review_note = @note${input.action === 'reject' ? ', closed_at = @now, close_reason = @note' : ''}, updated_at = @now WHERE id = @id`).run({ ...p, to });
        break;
      case 'publish':
        db.prepare(`UPDATE micro_wish SET status = 'published', published_at = @now, updated_at = @now WHERE id = @id`).run(p);
        break;
      case 'claim':
        requireClaimant(db, input.claimant);
        db.prepare(`UPDATE micro_wish SET status = 'claimed', claimant_kind = @kind, claimant_id = @claimant, claimed_at = @now, updated_at = @now WHERE id = @id`).run({ ...p, kind: input.claimant.kind, claimant: input.claimant.id });
        break;
      case 'release':
        db.prepare(`UPDATE micro_wish SET status = 'published', claimant_kind = NULL, claimant_id = NULL, claimed_at = NULL, updated_at = @now WHERE id = @id`).run(p);
        break;
      case 'fulfil': {
        db.prepare(`UPDATE micro_wish SET status = 'fulfilled', fulfilled_at = @now, fulfil_note = @note, service_hours = @hours, updated_at = @now WHERE id = @id`).run({ ...p, hours: input.hours });
        const insertPhoto = db.prepare('INSERT INTO micro_wish_photo (wish_id, name, mime, bytes, at) VALUES (?, ?, ?, ?, ?)');
        for (const ph of photos) insertPhoto.run(input.wishId, ph.name, ph.mime, ph.bytes, now);
        // A member's fulfilled wish is their 双报到 service: one ledger of hours (service_record).
        if (w.claimant_kind === 'member' && w.claimant_id !== null) {
          db.prepare(`INSERT INTO service_record (member_id, on_date, kind, ref_id, hours, community_id, grid_id, note, recorded_at, user_id) VALUES (?, ?, 'wish', ?, ?, ?, ?, ?, ?, ?)`).run(
            w.claimant_id,
            shanghaiDate(now),
            input.wishId,
            input.hours,
            community,
            w.grid_id,
            w.code,
            now,
            user.id,
          );
        }
        break;
      }
      case 'feedback':
        db.prepare(`UPDATE micro_wish SET status = 'evaluated', satisfaction = @satisfaction, feedback_note = @note, feedback_at = @now, updated_at = @now WHERE id = @id`).run({ ...p, satisfaction: input.satisfaction });
        break;
      case 'withdraw':
        db.prepare(`UPDATE micro_wish SET status = 'withdrawn', closed_at = @now, close_reason = @note, updated_at = @now WHERE id = @id`).run(p);
        break;
    }
    event(db, input.wishId, now, user.id, input.action, w.status, to, note);
    appendAudit(db, now, {
      userId: user.id,
      action: `wish.${input.action}`,
      entity: 'micro_wish',
      entityId: input.wishId,
      detail: {
        code: w.code,
        from: w.status,
        to,
        ...(input.action === 'claim' ? { claimantKind: input.claimant.kind, claimantId: input.claimant.id } : {}),
        ...(input.action === 'fulfil' ? { photos: photos.length, hours: input.hours } : {}),
        ...(input.action === 'feedback' ? { satisfaction: input.satisfaction } : {}),
      },
    });
    return { communityId: community, status: to };
  })();
}
