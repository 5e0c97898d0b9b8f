// The demo street's year of care visits (关爱走访): each tagged resident visited by the
// visitors their tags' rules name (a grid volunteer where a building has no 楼栋长), mostly on time (a weekly 楼栋长 visit every 5–7 days, often
// by phone), now and then late, and at the anchor a few per grid overdue — what a street's
// visit ledger looks like. Visits follow the rules as seeded by migration 0017.
import type { CareVisitor } from '../../../shared/care';
import type { ResidentTag } from '../../../shared/domain';
import { CHINA_OFFSET_MS } from '../calendar/workCalendar';
import { careRules, intervalsFor } from '../care/careRules';
import { runChase } from '../deadlines/chase';
import type { Db } from '../db/database';
import { personName } from './names';
import type { Rng } from './rng';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const YEAR_DAYS = 365;

const FINDINGS: Record<CareVisitor, readonly (readonly [string, number])[]> = {
  building_head: [
    ['身体状况良好', 30],
    ['精神不错，家中整洁', 14],
    ['电话联系，老人称一切正常', 14],
    ['血压偏高，已提醒按时服药', 5],
    ['子女本周回来探望过', 6],
    ['反映楼道灯不亮，已告知物业', 3],
    ['腿脚不便，帮忙代买了米和油', 4],
    ['天气转凉，提醒注意保暖', 6],
    ['', 18],
  ],
  grid_worker: [
    ['入户走访，身体状况良好', 26],
    ['核实家庭情况，无变化', 18],
    ['宣传防诈骗知识', 8],
    ['了解用药情况，药品充足', 8],
    ['反映水龙头漏水，已联系维修', 3],
    ['提醒燃气安全，检查了灶具', 6],
    ['询问助餐需求，已登记', 4],
    ['', 10],
  ],
  community: [
    ['社区走访慰问，送去米油', 12],
    ['核对低保材料，情况属实', 10],
    ['了解康复需求，已对接康复站', 6],
    ['节日慰问', 8],
    ['家庭情况无变化', 10],
    ['', 4],
  ],
};

/** In person, or by phone: 楼栋长 ring as often as they knock; the grid and the community go in person. */
const PHONE_SHARE: Record<CareVisitor, number> = { building_head: 0.4, grid_worker: 0.15, community: 0.05 };

interface TaggedResident {
  id: number;
  household_id: number;
  building_id: number;
  grid_id: number;
  community_id: number;
  tags: string;
}

/** Working hours for the grid and the community (09:00–17:30, Monday to Friday); any day 08:00–20:00 for a 楼栋长 (a neighbour). */
function visitTime(rng: Rng, dayStart: number, visitor: CareVisitor): number {
  let day = dayStart;
  if (visitor !== 'building_head') {
    const weekday = new Date(day + CHINA_OFFSET_MS).getUTCDay();
    if (weekday === 6) day -= DAY_MS;
    if (weekday === 0) day += DAY_MS;
  }
  const [from, to] = visitor === 'building_head' ? [8, 20] : [9, 17.5];
  return day + Math.round(rng.float(from, to) * HOUR_MS / 60_000) * 60_000;
}

/** Writes the year of visits before `anchor`; answers how many. */
export function writeCareVisits(db: Db, rng: Rng, anchor: number): number {
  const rules = careRules(db);
  const residents = db
    .prepare(
      `SELECT r.id, r.household_id, h.building_id, b.grid_id, g.community_id, r.tags FROM resident r JOIN household h ON h.id = r.household_id
         JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.tags <> '[]' ORDER BY r.id`,
    )
    .all() as TaggedResident[];
  const heads = new Map<number, { id: number; name: string }>();
  const workers = new Map<number, { id: number; name: string }>();
  const volunteers = new Map<number, { id: number; name: string }[]>();
  for (const s of db.prepare("SELECT id, role, grid_id, building_id, name FROM grid_staff WHERE role IN ('building_head', 'grid_worker', 'volunteer') ORDER BY id DESC").all() as {
    id: number;
    role: string;
    grid_id: number;
    building_id: number | null;
    name: string;
  }[]) {
    if (s.role === 'building_head' && s.building_id !== null) heads.set(s.building_id, s);
    if (s.role === 'grid_worker') workers.set(s.grid_id, s);
    if (s.role === 'volunteer') volunteers.set(s.grid_id, [...(volunteers.get(s.grid_id) ?? []), s]);
  }
  // A building without a 楼栋长 post is looked in on by one of the grid's volunteers.
  const headOf = (r: TaggedResident) => {
    const head = heads.get(r.building_id);
    if (head) return head;
    const v = volunteers.get(r.grid_id);
    return v && v.length > 0 ? v[r.building_id % v.length] : undefined;
  };
  // Two or three community workers per community make the 社区 visits.
  const communityStaff = new Map<number, string[]>();
  for (const c of db.prepare('SELECT id FROM community ORDER BY id').pluck().all() as number[]) {
    communityStaff.set(c, Array.from({ length: rng.int(2, 3) }, () => personName(rng, rng.chance(0.7) ? 'F' : 'M', rng.int(1975, 1998))));
  }
  const anchorDay = Math.floor((anchor + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const start = anchorDay - YEAR_DAYS * DAY_MS;
  const insert = db.prepare(
    `INSERT INTO care_visit (resident_id, household_id, visitor, visitor_staff_id, visitor_name, visited_at, mode, findings, case_id, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  );
  const last = db.prepare('INSERT INTO care_last_visit (resident_id, visitor, visited_at) VALUES (?, ?, ?)');
  let written = 0;
  db.transaction(() => {
    for (const r of residents) {
      const tags = JSON.parse(r.tags) as ResidentTag[];
      // A few visitors fall behind with this resident at the end of the year (the overdue queue now).
      for (const [visitor, everyDays] of intervalsFor(tags, rules)) {
        const post = visitor === 'building_head' ? headOf(r) : visitor === 'grid_worker' ? workers.get(r.grid_id) : undefined;
        if (visitor !== 'community' && !post) continue;
        const behind = rng.chance(0.06);
        let day = start + rng.int(0, everyDays - 1) * DAY_MS;
        let latest = -1;
        while (day < anchorDay - (behind ? (everyDays + rng.int(1, Math.max(2, Math.round(everyDays / 2)))) * DAY_MS : 0)) {
          const at = visitTime(rng, day, visitor);
          if (at >= anchor) break;
          const name = post?.name ?? rng.pick(communityStaff.get(r.community_id)!);
          const findings = rng.weighted(FINDINGS[visitor]);
          // Entered the same evening or the next morning.
          insert.run(r.id, r.household_id, visitor, post?.id ?? null, name, at, rng.chance(PHONE_SHARE[visitor]) ? 'phone' : 'in_person', findings, Math.min(anchor, at + rng.int(1, 16) * HOUR_MS));
          latest = Math.max(latest, at);
          written += 1;
          // Mostly on time (a little early), sometimes a few days late.
          const gap = rng.chance(0.88) ? rng.int(Math.max(1, Math.round(everyDays * 0.7)), everyDays) : everyDays + rng.int(1, Math.max(2, Math.round(everyDays / 4)));
          day += gap * DAY_MS;
        }
        if (latest >= 0) last.run(r.id, visitor, latest);
      }
    }
  })();
  return written;
}

/**
 * The deadline chase caught up to the anchor, as if it had run all year: thresholds reached
 * before the last working day are only recorded; those of the last 24 hours are acted on
 * (warnings in the desk's bell, 督办 with notices to the leaders). Runs after the accounts
 * exist (the notices are theirs).
 */
export function catchUpDemoChase(db: Db, anchor: number): void {
  runChase(db, anchor, { quietBefore: anchor - DAY_MS });
}
