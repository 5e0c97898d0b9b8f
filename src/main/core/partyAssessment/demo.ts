// The demo street's assessment: a year of 三会一课 (most organisations keep the rhythm; weak ones
// miss some), ratings for the last two years whose latest is each organisation's rating in the
// register, 联述联评联考 scorecards for last year, and a rectification plan for every
// organisation rated weak. The street working committee is not rated here (the district rates
// it) and community committees are never weak: a weak draw of anything but a branch becomes 一般.
import { MEETING_RULES, RATING_BANDS, RATING_CRITERIA, RATING_MAX, SCORECARD_CRITERIA, SCORECARD_KINDS, SCORECARD_MAX, scorecardGrade, type MeetingKind } from '../../../shared/partyAssessment';
import type { PartyOrgKind, PartyOrgRating } from '../../../shared/domain';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import type { Rng } from '../demo/rng';
import { shiftDate } from '../buildingDays/cadres';
import { periodOf } from './periods';
import { runMeetingReminders } from './reminders';
import { kindsFor } from './subjects';

const TOPICS: Record<MeetingKind, readonly string[]> = {
  branch_assembly: ['学习传达上级会议精神', '讨论发展党员事宜', '民主评议党员', '通报支部工作情况', '研究为民办实事项目'],
  committee: ['研究本月工作安排', '讨论党费收缴情况', '研究困难党员帮扶', '部署社区治理重点工作', '研究网格议事事项'],
  group: ['学习党的创新理论', '交流楼栋服务情况', '讨论楼道环境整治', '组织党员亮身份活动'],
  lesson: ['书记讲党课：坚持党建引领基层治理', '专题党课：党史学习教育', '党课：践行为民服务宗旨', '微党课：身边的榜样'],
};
const PROBLEMS = ['支部班子不健全，书记长期空缺', '组织生活不经常、不规范，三会一课落实不到位', '党员参与率低，作用发挥不明显', '软弱涣散，服务群众能力弱'];
const MEASURES = ['调整充实支部班子', '街道领导包联指导', '规范三会一课和主题党日', '开展党员亮身份、践承诺活动', '建立问题清单和整改台账'];
const MILESTONES = ['配齐支部班子', '组织生活规范化', '整改问题清单销号', '群众满意度测评'];

interface Org {
  id: number;
  kind: PartyOrgKind;
  rating: PartyOrgRating;
  founded_on: string;
  members: number;
}

function band(r: PartyOrgRating): [number, number] {
  const i = RATING_BANDS.findIndex(([x]) => x === r);
  if (i === -1) return [45, RATING_BANDS[RATING_BANDS.length - 1]![1] - 1];
  return [RATING_BANDS[i]![1], i === 0 ? 98 : RATING_BANDS[i - 1]![1] - 1];
}

/** Criteria scores adding up to a total drawn in the rating's band. */
function scoresFor(rng: Rng, r: PartyOrgRating): Record<string, number> {
  const [lo, hi] = band(r);
  let left = rng.int(lo, hi);
  const out: Record<string, number> = {};
  RATING_CRITERIA.forEach((c, i) => {
    const rest = RATING_CRITERIA.length - i - 1;
    const max = RATING_MAX[c];
    const v = i === RATING_CRITERIA.length - 1 ? left : Math.max(left - rest * max, Math.min(max, Math.round(left / (rest + 1) + rng.int(-2, 2))));
    out[c] = Math.max(0, Math.min(max, v));
    left -= out[c];
  });
  return out;
}

export interface AssessmentDemoCounts {
  party_meeting: number;
  party_rating: number;
  unit_scorecard: number;
  rectification_plan: number;
}

export function generatePartyAssessment(db: Db, rng: Rng, anchor: number): AssessmentDemoCounts {
  const today = shanghaiDate(anchor);
  const year = Number(today.slice(0, 4));
  const counts: AssessmentDemoCounts = { party_meeting: 0, party_rating: 0, unit_scorecard: 0, rectification_plan: 0 };
  const orgs = db.prepare('SELECT o.id, o.kind, o.rating, o.founded_on, (SELECT count(*) FROM party_member m WHERE m.org_id = o.id) AS members FROM party_org o ORDER BY o.id').all() as Org[];
  // Ratings first: the register's rating is the latest record, so community committees are lifted off weak here.
  // 软弱涣散 is a branch's grade here: a weak draw of a committee or a group becomes 一般.
  const branchKinds: readonly PartyOrgKind[] = ['grid_branch', 'estate_branch', 'joint_branch', 'resident_unit', 'two_new', 'commercial_building', 'market'];
  for (const o of orgs) if (o.rating === 'weak' && !branchKinds.includes(o.kind)) o.rating = 'average';
  // A small street still shows one weak branch under rectification.
  if (!orgs.some((o) => o.rating === 'weak')) {
    const branch = orgs.find((o) => o.kind === 'grid_branch' || o.kind === 'estate_branch');
    if (branch) branch.rating = 'weak';
  }
  const rate = db.prepare('INSERT INTO party_rating (org_id, year, scores, total, rating, note, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
  const card = db.prepare('INSERT INTO unit_scorecard (org_id, year, scores, total, grade, note, scored_by, scored_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
  const setOrg = db.prepare('UPDATE party_org SET rating = ?, under_rectification = ? WHERE id = ?');
  const ratedAt = (y: number) => Date.parse(`${y + 1}-01-20T02:00:00Z`);
  const ladder: PartyOrgRating[] = ['weak', 'average', 'good', 'advanced'];
  for (const o of orgs) {
    if (o.kind === 'street_committee') continue;
    for (const y of [year - 2, year - 1]) {
      if (Number(o.founded_on.slice(0, 4)) > y) continue;
      // The year before: the same grade or one step off it (weak only for a branch).
      let r = o.rating;
      if (y === year - 2) {
        const i = ladder.indexOf(o.rating) + rng.int(-1, 1);
        r = ladder[Math.max(branchKinds.includes(o.kind) ? 0 : 1, Math.min(3, i))]!;
      }
      const scores = scoresFor(rng, r);
      const total = RATING_CRITERIA.reduce((s, c) => s + scores[c]!, 0);
      rate.run(o.id, y, JSON.stringify(scores), total, r, '', ratedAt(y));
      counts.party_rating += 1;
    }
    if (SCORECARD_KINDS.includes(o.kind) && Number(o.founded_on.slice(0, 4)) < year) {
      const scores: Record<string, number> = {};
      for (const c of SCORECARD_CRITERIA) scores[c] = Math.round(SCORECARD_MAX[c] * rng.float(o.rating === 'weak' ? 0.45 : 0.7, 1));
      const total = SCORECARD_CRITERIA.reduce((s, c) => s + scores[c]!, 0);
      card.run(o.id, year - 1, JSON.stringify(scores), total, scorecardGrade(total), '', ratedAt(year - 1));
      counts.unit_scorecard += 1;
    }
    setOrg.run(o.rating, o.rating === 'weak' ? 1 : 0, o.id);
  }

  // 三会一课 from a year back to today.
  const meet = db.prepare('INSERT INTO party_meeting (org_id, kind, held_on, topic, attendees, absentees, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)');
  const from = shiftDate(today, -365);
  for (const o of orgs) {
    const keep = o.rating === 'weak' ? 0.55 : o.rating === 'average' ? 0.88 : 0.97;
    const size = Math.max(3, o.members);
    for (const kind of kindsFor(o.kind)) {
      const cadence = MEETING_RULES[kind].cadence;
      for (let p = periodOf(from, cadence); p.start <= today; p = periodOf(shiftDate(p.end, 1), cadence)) {
        if (p.end < o.founded_on) continue;
        const last = p.end > today ? today : p.end;
        const first = p.start < o.founded_on ? o.founded_on : p.start;
        const span = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
        // The running period: held so far in proportion to how much of it has gone.
        const running = p.end > today;
        const whole = Math.round((Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
        const chance = running ? keep * Math.min(1, (span + 1) / whole) * 1.2 : keep;
        // The street's and the communities' committees keep the rhythm.
        if (!(o.kind === 'street_committee' || o.kind === 'community_committee') && !rng.chance(chance)) continue;
        if (running && (o.kind === 'street_committee' || o.kind === 'community_committee') && span < 5) continue;
        const on = shiftDate(first, rng.int(0, Math.max(0, span)));
        const absent = rng.int(0, Math.max(0, Math.round(size * (o.rating === 'weak' ? 0.35 : 0.12))));
        meet.run(o.id, kind, on, rng.pick(TOPICS[kind]), Math.max(1, Math.min(size, size - absent)), absent, '', Date.parse(`${on}T08:00:00Z`));
        counts.party_meeting += 1;
      }
    }
  }

  // 整顿转化: every weak organisation has an open plan since the rating in January, led by a cadre.
  const cadres = db.prepare('SELECT id FROM cadre ORDER BY id').pluck().all() as number[];
  if (cadres.length > 0) {
    const plan = db.prepare("INSERT INTO rectification_plan (org_id, leader_cadre_id, status, problems, measures, opened_on, due_on, created_by, created_at) VALUES (?, ?, 'open', ?, ?, ?, ?, NULL, ?)");
    const ms = db.prepare('INSERT INTO rectification_milestone (plan_id, title, due_on, done_on) VALUES (?, ?, ?, ?)');
    const review = db.prepare('INSERT INTO rectification_review (plan_id, reviewed_on, verdict, note, by_user, at) VALUES (?, ?, ?, ?, NULL, ?)');
    for (const o of orgs.filter((x) => x.rating === 'weak')) {
      const opened = `${year}-0${rng.int(2, 3)}-${String(rng.int(1, 25)).padStart(2, '0')}`;
      const due = `${year}-12-31`;
      const measures = rng.shuffle(MEASURES.slice()).slice(0, 3);
      const id = Number(plan.run(o.id, cadres[(o.id * 7) % cadres.length]!, rng.pick(PROBLEMS), JSON.stringify(measures), opened, due, Date.parse(`${opened}T02:00:00Z`)).lastInsertRowid);
      MILESTONES.forEach((title, i) => {
        const dueOn = shiftDate(opened, 60 * (i + 1));
        const done = dueOn < today && i < 2 ? shiftDate(dueOn, -rng.int(0, 20)) : null;
        ms.run(id, title, dueOn > due ? due : dueOn, done);
      });
      const r1 = shiftDate(opened, 120);
      if (r1 < today) review.run(id, r1, 'on_track', '班子已配齐，组织生活逐步规范', Date.parse(`${r1}T02:00:00Z`));
      const r2 = shiftDate(opened, 210);
      if (r2 < today) review.run(id, r2, rng.chance(0.6) ? 'on_track' : 'behind', '问题清单部分销号，党员参与仍需提高', Date.parse(`${r2}T02:00:00Z`));
      counts.rectification_plan += 1;
    }
  }
  // The street starts caught up: what is due or missed now is recorded as reminded, without notices.
  runMeetingReminders(db, anchor, { quiet: true });
  return counts;
}
