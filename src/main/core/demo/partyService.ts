// The demo street's Party service over its twelve months, from what the street already holds
// (residents, grid staff, Party members and organisations), deterministic from the seed:
// - 双报到: the employed members flagged registered get a registration (date, employer — their
//   unit's organisation, or a firm elsewhere — and a pledge) with their home community;
// - volunteer teams in every community and two street teams led by the 临时党小组, all in the
//   street's 志愿服务联盟, with members (Party members first) and two or three activities a
//   month each, their Party participants' hours in the service ledger;
// - about 1,700 micro-wishes at scale 1 (Anda's volume), collected all year with peaks at the
//   Spring Festival, 六一, the school start and 重阳节; each moves through review, publishing,
//   claim and fulfilment with realistic delays, so old ones are fulfilled and evaluated and the
//   last weeks' are still open; a member's fulfilled wish is their service too.
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { UNIT_KINDS_SQL } from '../partyService/units';
import type { Rng } from './rng';

const DAY_MS = 86_400_000;
const WISHES_PER_YEAR_AT_SCALE_1 = 1_700;

const TITLES: Record<string, readonly string[]> = {
  daily_goods: ['一台电饭煲', '冬季棉被一床', '一台电风扇', '老花镜一副', '一把助行拐杖', '一台小型电暖器', '一套厨房用品', '防滑拖鞋和浴凳'],
  study: ['新书包和文具', '一套课外读物', '一盏护眼台灯', '暑期课业辅导', '一台二手电脑', '一本新华字典'],
  health: ['上门测量血压', '陪同去医院复诊', '代购常用药品', '上门康复指导', '一台血压计'],
  repair: ['更换厨房水龙头', '修理漏水的卫生间', '更换老化电线', '修理防盗门锁', '安装扶手'],
  companionship: ['每周陪伴聊天', '陪同外出散步', '帮助学用智能手机', '读报读书陪伴'],
  festival: ['一起包饺子过年', '中秋节月饼和慰问', '重阳节上门慰问', '春节对联和福字', '六一节礼物'],
  environment: ['清理楼道堆积杂物', '小区绿地补植花草', '楼下增设晾衣架', '单元门口加装雨棚'],
  other: ['上门理发', '代办社保认证', '帮助办理老年卡', '家电清洗'],
};
const SERVICE_CATEGORIES = ['health', 'repair', 'companionship', 'other'] as const;
const PROJECT_CATEGORIES = ['environment', 'repair'] as const;
const WISH_CATEGORIES = ['daily_goods', 'study', 'festival', 'daily_goods', 'study', 'health'] as const;
const EMPLOYERS = ['重庆银行九龙坡支行', '长安汽车股份有限公司', '重庆市第九人民医院', '区实验中学', '中国电信重庆分公司', '重庆轨道交通集团', '区人民法院', '重庆医科大学附属医院', '区教育委员会', '重庆燃气集团'];
const PLEDGES = ['每月参加一次社区志愿服务', '认领困难家庭微心愿', '为居民提供法律咨询', '参加小区环境整治', '周末参与文明交通劝导', '为老年人上门送医问药', '辅导社区学生功课', '参与防汛和应急值守'];
const FOCUSES = ['elderly', 'environment', 'safety', 'culture', 'youth', 'health', 'civility', 'emergency'] as const;
const FOCUS_NAMES: Record<(typeof FOCUSES)[number], string> = {
  elderly: '敬老助老服务队',
  environment: '环境美化服务队',
  safety: '平安巡逻服务队',
  culture: '文化文艺服务队',
  youth: '青少年关爱服务队',
  health: '健康义诊服务队',
  civility: '文明劝导服务队',
  emergency: '应急救援服务队',
};
const ACTIVITIES: Record<(typeof FOCUSES)[number], readonly string[]> = {
  elderly: ['独居老人上门探访', '为老人理发义剪', '老年人智能手机课堂', '重阳节敬老活动'],
  environment: ['楼道杂物清理', '小区垃圾分类宣传', '河岸捡拾垃圾', '绿地补植'],
  safety: ['夜间平安巡逻', '消防安全隐患排查', '防电信诈骗宣传'],
  culture: ['社区广场舞展演', '书法进社区', '邻里文化节'],
  youth: ['四点半课堂', '暑期安全教育', '亲子阅读会'],
  health: ['社区义诊', '健康知识讲座', '免费测量血压血糖'],
  civility: ['文明交通劝导', '文明养犬宣传', '共享单车整理'],
  emergency: ['防汛应急演练', '应急救护培训', '极端天气巡查'],
};

/** Days of the year when wishes gather (Spring Festival, 六一, school start, 重阳节), as day-of-year windows. */
const PEAKS: readonly [number, number, number][] = [
  [20, 50, 2.2], // 春节 (late January to mid February)
  [140, 152, 1.6], // 六一
  [232, 248, 1.6], // 开学
  [280, 300, 1.5], // 重阳
];

function wishTime(rng: Rng, anchor: number): number {
  // Rejection sampling against the seasonal weight.
  for (;;) {
    const t = anchor - rng.next() * 365 * DAY_MS;
    const day = Math.floor((t - Date.parse(`${shanghaiDate(t).slice(0, 4)}-01-01T00:00:00+08:00`)) / DAY_MS);
    const w = PEAKS.find(([a, b]) => day >= a && day <= b)?.[2] ?? 1;
    if (rng.next() * 2.2 < w) return Math.round(t);
  }
}

/** A working-hours time `days` (fractional) after `t`. */
function later(rng: Rng, t: number, days: number): number {
  const at = t + days * DAY_MS;
  const hour = Number(new Date(at + 8 * 3600_000).getUTCHours());
  return hour >= 9 && hour < 18 ? at : at + ((9 + rng.int(0, 8) - hour + 24) % 24) * 3600_000;
}

export function generatePartyService(db: Db, rng: Rng, anchor: number, scale: number): Record<string, number> {
  const communities = db.prepare('SELECT id, name FROM community ORDER BY code').all() as { id: number; name: string }[];
  const home = `(SELECT g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = m.resident_id)`;
  const members = db
    .prepare(`SELECT m.id, m.category, m.dual_report, m.joined_on, o.id AS org_id, o.kind AS org_kind, o.name AS org_name, COALESCE(${home}, o.community_id) AS community FROM party_member m JOIN party_org o ON o.id = m.org_id ORDER BY m.id`)
    .all() as { id: number; category: string; dual_report: string; joined_on: string; org_id: number; org_kind: string; org_name: string; community: number | null }[];
  const units = db.prepare(`SELECT id, name, community_id FROM party_org WHERE kind IN (${UNIT_KINDS_SQL}) ORDER BY id`).all() as { id: number; name: string; community_id: number | null }[];
  const unitKinds = new Set(['resident_unit', 'two_new', 'commercial_building', 'market']);

  const insertService = db.prepare('INSERT INTO service_record (member_id, on_date, kind, ref_id, hours, community_id, grid_id, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertReg = db.prepare('INSERT INTO dual_report (member_id, community_id, unit_org_id, employer, registered_on, pledge, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const setFlag = db.prepare('UPDATE party_member SET report_community_id = ? WHERE id = ?');
  const registeredBy = new Map<number, number[]>();
  for (const m of members) {
    if (m.dual_report !== 'registered' || m.community === null) continue;
    const isUnit = unitKinds.has(m.org_kind);
    const unit = isUnit ? { id: m.org_id, name: m.org_name } : rng.chance(0.35) && units.length > 0 ? rng.pick(units) : null;
    const earliest = Math.max(Date.parse(`${m.joined_on}T00:00:00+08:00`) + 30 * DAY_MS, anchor - 6 * 365 * DAY_MS);
    const on = shanghaiDate(earliest + rng.next() * Math.max(0, anchor - 20 * DAY_MS - earliest));
    insertReg.run(m.id, m.community, unit?.id ?? null, unit?.name ?? rng.pick(EMPLOYERS), on, rng.pick(PLEDGES), anchor);
    setFlag.run(m.community, m.id);
    // The post they pledged to (认领岗位): a few half days a year besides wishes and activities.
    for (let k = rng.int(1, 4); k > 0; k--) {
      const at = anchor - rng.next() * 365 * DAY_MS;
      if (shanghaiDate(at) > on) insertService.run(m.id, shanghaiDate(at), 'other', null, rng.pick([2, 3, 3, 4]), m.community, null, rng.pick(PLEDGES), anchor);
    }
    const list = registeredBy.get(m.community) ?? [];
    list.push(m.id);
    registeredBy.set(m.community, list);
  }
  const retiredBy = new Map<number, number[]>();
  for (const m of members) if (m.category === 'retired' && m.community !== null) retiredBy.set(m.community, [...(retiredBy.get(m.community) ?? []), m.id]);

  // Teams, alliance, members.
  const founded = (years: number) => shanghaiDate(anchor - (1 + rng.next() * years) * 365 * DAY_MS);
  const alliance = Number(db.prepare('INSERT INTO volunteer_alliance (name, founded_on) VALUES (?, ?)').run(`${String(db.prepare('SELECT name FROM street').pluck().get())}志愿服务联盟`, founded(4)).lastInsertRowid);
  const insertTeam = db.prepare('INSERT INTO volunteer_team (name, community_id, alliance_id, party_group_org_id, focus, founded_on) VALUES (?, ?, ?, ?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO volunteer_team_member (team_id, party_member_id, resident_id, joined_on) VALUES (?, ?, ?, ?)');
  const residentsOf = db.prepare(
    `SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
      WHERE g.community_id = ? AND r.is_party_member = 0 AND r.birth_date BETWEEN ? AND ? ORDER BY r.id LIMIT 400`,
  );
  const temporaryGroups = db.prepare(`SELECT id FROM party_org WHERE kind = 'temporary_group' ORDER BY id`).pluck().all() as number[];
  const teams: { id: number; community: number | null; focus: (typeof FOCUSES)[number]; members: { id: number; party: number | null }[] }[] = [];
  const addTeam = (name: string, community: number | null, focus: (typeof FOCUSES)[number], group: number | null, size: number) => {
    const id = Number(insertTeam.run(name, community, rng.chance(0.85) ? alliance : null, group, focus, founded(5)).lastInsertRowid);
    const c = community ?? rng.pick(communities).id;
    const party = rng.shuffle([...(registeredBy.get(c) ?? []), ...(retiredBy.get(c) ?? [])]).slice(0, Math.round(size * 0.4));
    const people = rng.shuffle(residentsOf.all(c, shanghaiDate(anchor - 72 * 365 * DAY_MS), shanghaiDate(anchor - 18 * 365 * DAY_MS)) as { id: number }[]).slice(0, size - party.length);
    const team = { id, community, focus, members: [] as { id: number; party: number | null }[] };
    for (const p of party) team.members.push({ id: Number(insertMember.run(id, p, null, founded(3)).lastInsertRowid), party: p });
    for (const r of people) team.members.push({ id: Number(insertMember.run(id, null, r.id, founded(3)).lastInsertRowid), party: null });
    teams.push(team);
  };
  const sized = (lo: number, hi: number) => Math.max(4, Math.round(rng.int(lo, hi) * Math.min(1, Math.max(0.3, scale))));
  addTeam('党员先锋志愿服务队', null, 'emergency', temporaryGroups[0] ?? null, sized(30, 45));
  addTeam('“红岩先锋”文明实践服务队', null, 'civility', temporaryGroups[1] ?? null, sized(25, 40));
  for (const c of communities) {
    for (const focus of rng.shuffle([...FOCUSES]).slice(0, rng.int(3, 5))) addTeam(`${c.name}${FOCUS_NAMES[focus]}`, c.id, focus, null, sized(12, 35));
  }

  // Activities: two or three a month per team, a day's work each.
  const grids = db.prepare('SELECT id, community_id FROM grid ORDER BY code').all() as { id: number; community_id: number }[];
  const gridsOf = new Map<number, number[]>();
  for (const g of grids) gridsOf.set(g.community_id, [...(gridsOf.get(g.community_id) ?? []), g.id]);
  const insertActivity = db.prepare('INSERT INTO volunteer_activity (team_id, title, on_date, place, community_id, grid_id, hours, people_served, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertPart = db.prepare('INSERT INTO volunteer_activity_participant (activity_id, team_member_id, hours) VALUES (?, ?, ?)');
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  let activities = 0;
  for (const team of teams) {
    if (team.members.length === 0) continue;
    const n = Math.round(12 * rng.float(2, 3.2));
    for (let k = 0; k < n; k++) {
      const at = anchor - rng.next() * 365 * DAY_MS;
      const community = team.community ?? rng.pick(communities).id;
      const grid = rng.pick(gridsOf.get(community) ?? [null as unknown as number]) ?? null;
      const hours = rng.pick([1.5, 2, 2, 3, 3, 4]);
      const title = rng.pick(ACTIVITIES[team.focus]);
      const place = `${communityName.get(community)}${rng.pick(['党群服务中心', '活动广场', '新时代文明实践站', '小区院坝', '社区服务站'])}`;
      const date = shanghaiDate(at);
      const id = Number(insertActivity.run(team.id, title, date, place, community, grid, hours, rng.int(8, 80), anchor).lastInsertRowid);
      activities++;
      for (const p of rng.shuffle([...team.members]).slice(0, rng.int(Math.min(4, team.members.length), Math.min(14, team.members.length)))) {
        insertPart.run(id, p.id, hours);
        if (p.party !== null) insertService.run(p.party, date, 'activity', id, hours, community, grid, title, anchor);
      }
    }
  }

  // Wishes.
  const recipients = db
    .prepare(
      `SELECT r.id, h.building_id, g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE r.tags <> '[]' OR r.birth_date < ? OR r.birth_date > ? ORDER BY r.id`,
    )
    .all(shanghaiDate(anchor - 75 * 365 * DAY_MS), shanghaiDate(anchor - 12 * 365 * DAY_MS)) as { id: number; building_id: number; community_id: number }[];
  const collectors = db
    .prepare(`SELECT s.id, g.community_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.vacated_on IS NULL AND s.role IN ('grid_head', 'grid_worker', 'building_head') ORDER BY s.id`)
    .all() as { id: number; community_id: number }[];
  const collectorsOf = new Map<number, number[]>();
  for (const c of collectors) collectorsOf.set(c.community_id, [...(collectorsOf.get(c.community_id) ?? []), c.id]);
  const teamsOf = (c: number) => teams.filter((t) => t.community === c || t.community === null).map((t) => t.id);
  const insertWish = db.prepare(
    `INSERT INTO micro_wish (id, code, kind, category, title, detail, status, building_id, resident_id, collector_staff_id, collected_at, reviewed_at, review_note, published_at,
       claimant_kind, claimant_id, claimed_at, fulfilled_at, fulfil_note, service_hours, satisfaction, feedback_note, feedback_at, closed_at, close_reason, updated_at)
     VALUES (@id, @code, @kind, @category, @title, '', @status, @building, @resident, @collector, @collected, @reviewed, @reviewNote, @published,
       @ck, @cid, @claimed, @fulfilled, @fulfilNote, @hours, @satisfaction, @feedbackNote, @feedbackAt, @closed, @closeReason, @updated)`,
  );
  const insertEvent = db.prepare('INSERT INTO micro_wish_event (wish_id, at, user_id, action, from_status, to_status, note) VALUES (?, ?, NULL, ?, ?, ?, ?)');
  const total = Math.max(1, Math.round(WISHES_PER_YEAR_AT_SCALE_1 * scale));
  const times = Array.from({ length: total }, () => wishTime(rng, anchor)).sort((a, b) => a - b);
  const perYear = new Map<string, number>();
  let fulfilledCount = 0;
  times.forEach((collected, i) => {
    const who = rng.pick(recipients);
    const kind = rng.weighted<'wish' | 'service' | 'project'>([['wish', 0.7], ['service', 0.22], ['project', 0.08]]);
    const category = kind === 'wish' ? rng.pick(WISH_CATEGORIES) : kind === 'service' ? rng.pick(SERVICE_CATEGORIES) : rng.pick(PROJECT_CATEGORIES);
    const year = shanghaiDate(collected).slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const id = i + 1;
    const w: Record<string, unknown> = {
      id,
      code: `WX${year}-${String(id).padStart(5, '0')}`,
      kind,
      category,
      title: rng.pick(TITLES[category]!),
      building: who.building_id,
      resident: kind === 'project' ? null : who.id,
      collector: rng.pick(collectorsOf.get(who.community_id) ?? [collectors[0]!.id]),
      collected,
      reviewed: null, reviewNote: null, published: null, ck: null, cid: null, claimed: null, fulfilled: null, fulfilNote: null, hours: null,
      satisfaction: null, feedbackNote: null, feedbackAt: null, closed: null, closeReason: null,
    };
    const steps: [string, string | null, string, number, string][] = [['record', null, 'pending_review', collected, '']];
    let status = 'pending_review';
    let t = collected;
    const step = (action: string, to: string, at: number, note = ''): boolean => {
      if (at >= anchor) return false;
      steps.push([action, status, to, at, note]);
      status = to;
      t = at;
      return true;
    };
    const fate = rng.next();
    if (fate < 0.03) {
      const at = later(rng, t, rng.float(0.5, 4));
      if (step('reject', 'rejected', at, '不符合微心愿认领条件，已转社区救助')) Object.assign(w, { reviewed: at, reviewNote: '不符合微心愿认领条件，已转社区救助', closed: at, closeReason: '不符合微心愿认领条件，已转社区救助' });
    } else if (step('approve', 'approved', later(rng, t, rng.float(0.5, 4)))) {
      w.reviewed = t;
      if (fate < 0.045) {
        const at = later(rng, t, rng.float(1, 6));
        if (step('withdraw', 'withdrawn', at, '居民已自行解决')) Object.assign(w, { closed: at, closeReason: '居民已自行解决' });
      } else if (step('publish', 'published', later(rng, t, rng.float(0.1, 2)))) {
        w.published = t;
        const ck = rng.weighted<'member' | 'unit' | 'team'>([['member', 0.55], ['unit', 0.25], ['team', 0.2]]);
        const pool = ck === 'member' ? (registeredBy.get(who.community_id) ?? []) : ck === 'unit' ? units.map((u) => u.id) : teamsOf(who.community_id);
        if (pool.length > 0 && step('claim', 'claimed', later(rng, t, rng.float(0.3, 9)))) {
          Object.assign(w, { ck, cid: rng.pick(pool), claimed: t });
          if (step('fulfil', 'fulfilled', later(rng, t, rng.float(1, 16)), '已送达/已完成，居民签收')) {
            const hours = rng.pick([1, 1.5, 2, 2, 3, 4]);
            Object.assign(w, { fulfilled: t, fulfilNote: '已送达/已完成，居民签收', hours });
            fulfilledCount++;
            if (ck === 'member') insertService.run(w.cid, shanghaiDate(t), 'wish', id, hours, who.community_id, null, w.code, anchor);
            if (rng.chance(0.9)) {
              const satisfaction = rng.weighted<string>([['satisfied', 0.9], ['basic', 0.08], ['unsatisfied', 0.02]]);
              if (step('feedback', 'evaluated', later(rng, t, rng.float(1, 10)))) Object.assign(w, { satisfaction, feedbackNote: satisfaction === 'satisfied' ? '感谢党员志愿者' : '', feedbackAt: t });
            }
          }
        }
      }
    }
    insertWish.run({ ...w, status, updated: t });
    for (const [action, from, to, at, note] of steps) insertEvent.run(id, at, action, from, to, note);
  });
  // One small photo per fulfilled wish (the demo's stand-in for the photo taken at delivery).
  db.prepare(`INSERT INTO micro_wish_photo (wish_id, name, mime, bytes, at) SELECT id, '现场照片.png', 'image/png', ?, fulfilled_at FROM micro_wish WHERE fulfilled_at IS NOT NULL`).run(DEMO_PHOTO);
  return { micro_wish: total, 'micro_wish.fulfilled': fulfilledCount, volunteer_team: teams.length, volunteer_activity: activities, dual_report: [...registeredBy.values()].reduce((s, l) => s + l.length, 0) };
}

/** A 96×72 drawing of a gift delivered to a home: the demo's stand-in for the photo taken at delivery. */
const DEMO_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABICAIAAACGBWc0AAAB/ElEQVR42u3QR04cAAyF4XcSTpKTcJIcJJn0ntDr9N6BocNQ0oCUbW7AigVb7IUdPcmSpW9pPVk//l6OkwJ/LkZJgd/nw6TAr7NBUuBm2k8KXJ/2kgJXJ92kwM/jTlLgx1E7KfD9sCUpTP55KMuB4NtBU+IMpCwHgq/7DYkzkLIcCC736hJnIGU5EFzs1iTOQMpyIDifVCXOQMpyIDjbqUicgZTlQDDdLkucgZTlQHC6VZI4AynLgeBkXJQ4AynLgeB4tClxBlKWA8HRcEPiDKQsB4LDwbrEGUhZDgQH/TWJM5CyHAj2e6sSZyBlORDsdVckzkDKciDY7SxLnIGU5UAwaS9JnIGU5UCw01qUOAMpy4Fgu7kgcQZSlgPBVmNe4gykLAeCcX0uKTCqfeGbzMw86Hb66J50wH8Vw+pnPnMg/qsYVD7xmQPxX0W//JHPHIj/KnqlD3zmQPxX0S2+5zMH4r+KzuY7PnMg/qtob7zlMwfiv4rW+hs+cyD+q2iuveYzB+K/isbqKz5zIP6rqK+85DMH4r+K2vILPnMg/quoLj3nMwfiv4rK4jM+cyD+qygvFPjMgfivojT/lM8ciP8qinNP+MyB+K+i8HiWzxyI/2oGykARAwWSgTJQBspAGSgDZaAMlIFSBspAGSgDZaAMlIEyUMpAGei/uQMocHuLDRqzhQAAAABJRU5ErkJggg==',
  'base64',
);
