// Cadres (街道干部) and their share of buildings (分片包干). Assigning a grid assigns each of
// its buildings, so a later grid edit moves nothing here: the share is buildings. A building
// has at most one holder per tier (领导包片、干部包楼, shareTier): one already held by another
// cadre of the same tier is refused, naming the holder, unless the assignment says 改派
// (reassign), which releases it from them in the same transaction, audited on both.
import type { z } from 'zod';
import type { assignInput, CadreView, cadreSaveInput } from '../../../shared/buildingDays';
import { LEADER_POSTS, shareTier, VISIT_CYCLE_DAYS, type CadrePost } from '../../../shared/buildingDays';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { refuse } from './errors';

interface CadreRow {
  id: number;
  name: string;
  post: CadreView['post'];
  visit_weekday: number;
  user_id: number | null;
  buildings: number;
  overdue: number;
  last_visit: string | null;
}

/** The day VISIT_CYCLE_DAYS before `today`: a building last visited before it is overdue. */
export function cycleStart(today: string): string {
  return shiftDate(today, -VISIT_CYCLE_DAYS);
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const CADRE_SQL = `
  SELECT c.id, c.name, c.post, c.visit_weekday, c.user_id,
         (SELECT count(*) FROM cadre_building a WHERE a.cadre_id = c.id AND a.released_on IS NULL) AS buildings,
         (SELECT count(*) FROM cadre_building a WHERE a.cadre_id = c.id AND a.released_on IS NULL
             AND a.assigned_on <= @since
             AND NOT EXISTS (SELECT 1 FROM building_visit v WHERE v.building_id = a.building_id AND v.cadre_id = c.id AND v.visited_on > @since)) AS overdue,
         (SELECT max(v.visited_on) FROM building_visit v WHERE v.cadre_id = c.id) AS last_visit
    FROM cadre c`;

function view(r: CadreRow): CadreView {
  return { id: r.id, name: r.name, post: r.post, visitWeekday: r.visit_weekday, userId: r.user_id, buildings: r.buildings, overdue: r.overdue, lastVisitOn: r.last_visit };
}

export function listCadres(db: Db, now: number): CadreView[] {
  return (db.prepare(`${CADRE_SQL} ORDER BY c.id`).all({ since: cycleStart(shanghaiDate(now)) }) as CadreRow[]).map(view);
}

export function cadreView(db: Db, id: number, now: number): CadreView {
  const r = db.prepare(`${CADRE_SQL} WHERE c.id = @id`).get({ id, since: cycleStart(shanghaiDate(now)) }) as CadreRow | undefined;
  if (!r) throw refuse('not_found', 'cadreId', `names no cadre (${id})`);
  return view(r);
}

export function cadreOfUser(db: Db, userId: number): number | null {
  return (db.prepare('SELECT id FROM cadre WHERE user_id = ?').pluck().get(userId) as number | undefined) ?? null;
}

export function saveCadre(db: Db, input: z.output<typeof cadreSaveInput>, user: UserView, now: number): number {
  return db.transaction(() => {
    if (input.userId !== undefined && input.userId !== null) {
      const u = db.prepare('SELECT role FROM app_user WHERE id = ?').get(input.userId) as { role: string } | undefined;
      if (!u) throw refuse('invalid_input', 'userId', `names no account (${input.userId})`);
      const other = db.prepare('SELECT id FROM cadre WHERE user_id = ? AND id IS NOT ?').pluck().get(input.userId, input.id ?? null) as number | undefined;
      if (other !== undefined) throw refuse('conflict', 'userId', `is already the account of cadre ${other}`, 'account_taken');
    }
    let id: number;
    if (input.id === undefined) {
      id = Number(db.prepare('INSERT INTO cadre (name, post, visit_weekday, user_id, created_at) VALUES (?, ?, ?, ?, ?)').run(input.name, input.post, input.visitWeekday, input.userId ?? null, now).lastInsertRowid);
    } else {
      const found = db.prepare('SELECT 1 FROM cadre WHERE id = ?').get(input.id);
      if (!found) throw refuse('not_found', 'id', `names no cadre (${input.id})`);
      id = input.id;
      db.prepare('UPDATE cadre SET name = ?, post = ?, visit_weekday = ?, user_id = coalesce(?, CASE WHEN ? THEN NULL ELSE user_id END) WHERE id = ?').run(
        input.name,
        input.post,
        input.visitWeekday,
        input.userId ?? null,
        input.userId === null ? 1 : 0,
        id,
      );
    }
    // A cadre's name is a staff name, not a resident's: it may go in the audit.
    appendAudit(db, now, { userId: user.id, action: input.id === undefined ? 'cadre.create' : 'cadre.update', entity: 'cadre', entityId: id, detail: { post: input.post, visitWeekday: input.visitWeekday, userId: input.userId ?? null } });
    return id;
  })();
}

export function assignBuildings(db: Db, input: z.output<typeof assignInput>, user: UserView, now: number): void {
  const today = shanghaiDate(now);
  db.transaction(() => {
    const cadre = db.prepare('SELECT post FROM cadre WHERE id = ?').get(input.cadreId) as { post: CadrePost } | undefined;
    if (!cadre) throw refuse('not_found', 'cadreId', `names no cadre (${input.cadreId})`);
    const add = new Set(input.buildingIds ?? []);
    if (input.gridId !== undefined) {
      const ids = db.prepare('SELECT id FROM building WHERE grid_id = ?').pluck().all(input.gridId) as number[];
      if (ids.length === 0) throw refuse('invalid_input', 'gridId', `names no grid with buildings (${input.gridId})`);
      for (const b of ids) add.add(b);
    }
    const exists = db.prepare('SELECT 1 FROM building WHERE id = ?');
    for (const b of add) if (!exists.get(b)) throw refuse('invalid_input', 'buildingIds', `names no building (${b})`);
    const release = input.releaseBuildingIds ?? [];
    const held = db.prepare('SELECT id FROM cadre_building WHERE cadre_id = ? AND building_id = ? AND released_on IS NULL').pluck();
    for (const b of release) {
      if (add.has(b)) throw refuse('invalid_input', 'releaseBuildingIds', `names building ${b}, which is also being assigned`);
      if (held.get(input.cadreId, b) === undefined) throw refuse('conflict', 'releaseBuildingIds', `names building ${b}, which the cadre does not hold`, 'not_held');
    }
    const taken = heldByOthers(db, input.cadreId, shareTier(cadre.post), [...add].filter((b) => held.get(input.cadreId, b) === undefined));
    if (taken.length > 0 && input.reassign !== true) {
      const first = taken[0]!;
      const path = input.gridId !== undefined ? 'gridId' : 'buildingIds';
      throw refuse('conflict', path, `names building ${first.buildingId} (${first.buildingName}), held by cadre ${first.cadreId} (${first.cadreName})${taken.length > 1 ? ` and ${taken.length - 1} more held by cadres of the same tier` : ''}: release it there or reassign (改派)`, 'held_by_other', {
        holder: first.cadreName,
        building: first.buildingName,
        n: String(taken.length),
      });
    }
    // 改派: each previous holder gives the building up today, and the audit says to whom.
    const releaseOther = db.prepare('UPDATE cadre_building SET released_on = ? WHERE cadre_id = ? AND building_id = ? AND released_on IS NULL');
    const byHolder = new Map<number, number[]>();
    for (const t of taken) {
      releaseOther.run(today, t.cadreId, t.buildingId);
      byHolder.set(t.cadreId, [...(byHolder.get(t.cadreId) ?? []), t.buildingId]);
    }
    for (const [holder, buildings] of byHolder) appendAudit(db, now, { userId: user.id, action: 'cadre.reassign', entity: 'cadre', entityId: holder, detail: { released: buildings.length, buildingIds: buildings, to: input.cadreId } });
    const insert = db.prepare('INSERT INTO cadre_building (cadre_id, building_id, assigned_on) VALUES (?, ?, ?)');
    let added = 0;
    for (const b of add) {
      if (held.get(input.cadreId, b) !== undefined) continue;
      insert.run(input.cadreId, b, today);
      added += 1;
    }
    const rel = db.prepare('UPDATE cadre_building SET released_on = ? WHERE cadre_id = ? AND building_id = ? AND released_on IS NULL');
    for (const b of release) rel.run(today, input.cadreId, b);
    appendAudit(db, now, { userId: user.id, action: 'cadre.assign', entity: 'cadre', entityId: input.cadreId, detail: { added, released: release.length, gridId: input.gridId ?? null, reassigned: taken.length } });
  })();
}

interface HeldElsewhere {
  buildingId: number;
  buildingName: string;
  cadreId: number;
  cadreName: string;
}

/** Of `buildings`, those a cadre of the same tier other than `cadreId` holds now, with the holder. */
function heldByOthers(db: Db, cadreId: number, tier: ReturnType<typeof shareTier>, buildings: readonly number[]): HeldElsewhere[] {
  if (buildings.length === 0) return [];
  const leaders = LEADER_POSTS.map((p) => `'${p}'`).join(', ');
  const q = db.prepare(
    `SELECT a.building_id AS buildingId, b.name AS buildingName, c.id AS cadreId, c.name AS cadreName
       FROM cadre_building a JOIN cadre c ON c.id = a.cadre_id JOIN building b ON b.id = a.building_id
      WHERE a.building_id = ? AND a.released_on IS NULL AND a.cadre_id <> ? AND (c.post IN (${leaders})) = ?
      ORDER BY a.id`,
  );
  return buildings.flatMap((b) => q.all(b, cadreId, tier === 'leader' ? 1 : 0) as HeldElsewhere[]);
}
