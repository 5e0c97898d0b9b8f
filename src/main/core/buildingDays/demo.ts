// The demo street's 楼栋工作日: the street's 班子 and section heads as cadres, each holding the
// residential buildings of one or two grids, and a year of visits on their weekday (two to four
// buildings a visiting day, most weeks). Some visits found problems: a note, a need already on
// the 三张清单 or a wish of the building's community, or a case reported there that week.
import type { CadrePost } from '../../../shared/buildingDays';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { personName } from '../demo/names';
import type { Rng } from '../demo/rng';
import { shiftDate } from './cadres';
import { isoWeekday } from './mine';

const POSTS: readonly CadrePost[] = ['party_secretary', 'director', 'deputy', 'deputy', 'deputy', 'deputy', 'section_head', 'section_head', 'section_head', 'section_head', 'section_head', 'section_head'];

const NOTES = ['楼道堆物较多，已提醒清理', '加装电梯意愿较强，需进一步征求意见', '单元门禁损坏', '老人反映买菜不便', '楼顶防水老化渗漏', '外墙瓷砖有脱落隐患', '停车位紧张，夜间乱停', '居民反映垃圾清运不及时', '路灯不亮', '下水道反味'];
const VISIT_NOTES = ['入户走访，了解社情民意', '与楼栋长一起走访住户', '走访困难家庭，宣传政策', '听取居民意见建议', ''];

export interface BuildingDayDemoCounts {
  cadre: number;
  cadre_building: number;
  building_visit: number;
  building_visit_problem: number;
}

export function generateBuildingDays(db: Db, rng: Rng, anchor: number, scale: number): BuildingDayDemoCounts {
  const today = shanghaiDate(anchor);
  const yearAgo = shiftDate(today, -364);
  const grids = db
    .prepare(
      `SELECT g.id, g.community_id FROM grid g
        WHERE EXISTS (SELECT 1 FROM building b WHERE b.grid_id = g.id AND b.use IN ('residential', 'mixed')) ORDER BY g.id`,
    )
    .all() as { id: number; community_id: number }[];
  if (grids.length === 0) return { cadre: 0, cadre_building: 0, building_visit: 0, building_visit_problem: 0 };
  const cadres = Math.max(3, Math.min(POSTS.length, Math.round(12 * Math.sqrt(scale))));
  const insertCadre = db.prepare('INSERT INTO cadre (id, name, post, visit_weekday, user_id, created_at) VALUES (?, ?, ?, ?, NULL, ?)');
  const insertHeld = db.prepare('INSERT INTO cadre_building (cadre_id, building_id, assigned_on) VALUES (?, ?, ?)');
  const insertVisit = db.prepare('INSERT INTO building_visit (id, cadre_id, building_id, visited_on, households_met, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
  const insertProblem = db.prepare('INSERT INTO building_visit_problem (visit_id, summary, outcome, ref_id) VALUES (?, ?, ?, ?)');
  const buildingsOf = db.prepare("SELECT id, (SELECT count(*) FROM household h WHERE h.building_id = b.id) AS households FROM building b WHERE grid_id = ? AND use IN ('residential', 'mixed') ORDER BY id");
  const needQuery = db.prepare("SELECT id FROM party_list_item WHERE kind = 'need' AND community_id = ? ORDER BY id LIMIT 40").pluck();
  const wishQuery = db.prepare('SELECT w.id FROM micro_wish w JOIN building b ON b.id = w.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY w.id LIMIT 40').pluck();
  const memo = (q: typeof needQuery) => {
    const kept = new Map<number, number[]>();
    return { all: (community: number) => kept.get(community) ?? (kept.set(community, q.all(community) as number[]), kept.get(community)!) };
  };
  const needIn = memo(needQuery);
  const wishIn = memo(wishQuery);
  const hasLists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'party_list_item'").get() !== undefined;
  const hasWishes = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'micro_wish'").get() !== undefined;
  // 领导交办 cases by building, read once: a visit's problem may be the case reported there that week.
  const leaderCases = new Map<number, [number, number][]>();
  for (const [id, building, at] of db.prepare("SELECT id, building_id, reported_at FROM case_file WHERE source = 'leader' AND building_id IS NOT NULL").raw().all() as [number, number, number][]) {
    const list = leaderCases.get(building) ?? [];
    list.push([id, at]);
    leaderCases.set(building, list);
  }
  const caseNear = (building: number, from: number, to: number) => leaderCases.get(building)?.find(([, at]) => at >= from && at <= to)?.[0];
  const counts: BuildingDayDemoCounts = { cadre: 0, cadre_building: 0, building_visit: 0, building_visit_problem: 0 };
  // Grids are dealt out in turn so each cadre holds a different part of the street.
  const order = rng.shuffle(grids.slice());
  let visitId = 0;
  for (let c = 1; c <= cadres; c += 1) {
    const gender = rng.chance(0.35) ? 'F' : 'M';
    insertCadre.run(c, personName(rng, gender, rng.int(1966, 1985)), POSTS[c - 1]!, rng.int(1, 5), anchor);
    counts.cadre += 1;
    const mine = order.splice(0, rng.int(1, 2));
    if (mine.length === 0) break;
    const assignedOn = shiftDate(yearAgo, -rng.int(30, 400));
    const held: { id: number; households: number; community: number }[] = [];
    for (const g of mine) {
      for (const b of buildingsOf.all(g.id) as { id: number; households: number }[]) {
        insertHeld.run(c, b.id, assignedOn);
        held.push({ id: b.id, households: b.households, community: g.community_id });
        counts.cadre_building += 1;
      }
    }
    if (held.length === 0) continue;
    const weekday = db.prepare('SELECT visit_weekday FROM cadre WHERE id = ?').pluck().get(c) as number;
    // The first visiting day of the year, then every week: most weeks kept (meetings and leave take some).
    let day = shiftDate(yearAgo, (weekday - isoWeekday(yearAgo) + 7) % 7);
    let next = 0;
    const diligence = rng.float(0.7, 0.92);
    for (; day <= today; day = shiftDate(day, 7)) {
      if (!rng.chance(diligence)) continue;
      const n = Math.min(held.length, rng.int(2, 4));
      for (let k = 0; k < n; k += 1) {
        const b = held[next % held.length]!;
        next += 1;
        visitId += 1;
        const at = Date.parse(`${day}T07:00:00Z`);
        insertVisit.run(visitId, c, b.id, day, Math.max(1, Math.min(b.households, rng.int(3, 12))), rng.pick(VISIT_NOTES), at);
        counts.building_visit += 1;
        if (!rng.chance(0.3)) continue;
        const roll = rng.next();
        let outcome: 'case' | 'need' | 'wish' | 'note' = 'note';
        let ref: number | null = null;
        const caseId = caseNear(b.id, at, at + 5 * 86_400_000);
        if (caseId !== undefined) [outcome, ref] = ['case', caseId];
        else if (roll < 0.2 && hasLists) {
          const needs = needIn.all(b.community);
          if (needs.length > 0) [outcome, ref] = ['need', rng.pick(needs)];
        } else if (roll < 0.4 && hasWishes) {
          const wishes = wishIn.all(b.community);
          if (wishes.length > 0) [outcome, ref] = ['wish', rng.pick(wishes)];
        }
        insertProblem.run(visitId, rng.pick(NOTES), outcome, ref);
        counts.building_visit_problem += 1;
      }
    }
  }
  return counts;
}

/** After the accounts exist: the demo leader signs in as the first cadre (党工委书记). */
export function linkDemoLeader(db: Db): void {
  const leader = db.prepare("SELECT id, display_name FROM app_user WHERE role = 'leader' AND disabled = 0 ORDER BY id LIMIT 1").get() as { id: number; display_name: string } | undefined;
  if (leader === undefined) return;
  if (db.prepare('SELECT 1 FROM cadre WHERE user_id = ?').get(leader.id)) return;
  // The cadre is the person who signs in: the account's name after its role ('街道领导 陈静' → '陈静').
  const name = leader.display_name.includes(' ') ? leader.display_name.slice(leader.display_name.indexOf(' ') + 1) : leader.display_name;
  db.prepare('UPDATE cadre SET user_id = ?, name = ? WHERE id = (SELECT min(id) FROM cadre) AND user_id IS NULL').run(leader.id, name);
}
