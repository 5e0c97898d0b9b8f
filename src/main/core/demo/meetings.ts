// The demo street's meetings and resident matters over its 12 months of history, at the seeds'
// volumes (Anda: 84 joint meetings in a year, 106 problems solved through them): a street joint
// meeting a month, community joint meetings for the rest of the 84, a 研判会 every two weeks, a
// 党群议事会 per community a quarter (the last a few days ago); each with one to three topics
// ending in a decision whose items are real cases of the place (their progress follows those
// cases) or tasks. About 120
// matters a year go through the five steps, the older ones evaluated. The street's bodies meet
// whatever the scale (a street has one 联席会议 and one 研判会 however small the demo is);
// each community holds its joint meeting at least once a quarter and raises at least eight
// matters a year, so a small street (the e2e scale 0.05) has decisions done, late and not
// started and matters at every step too. Attendees are named by post, not by person.
import type { Db } from '../db/database';
import { shanghaiDate } from '../calendar/workCalendar';
import { UNIT_ORG_KINDS } from '../partyLists/parties';
import type { Rng } from './rng';

const DAY = 86_400_000;
const JOINT_AT_SCALE_1 = 84;
const MATTERS_AT_SCALE_1 = 120;
/** A community's floor whatever the scale: its joint meeting each quarter, eight matters a year. */
const JOINT_PER_COMMUNITY = 4;
const MATTERS_PER_COMMUNITY = 8;

const STREET_POSTS = ['街道党工委书记', '街道办事处主任', '分管副主任', '城管执法中队长', '派出所副所长', '市场监管所所长', '网格中心主任'];
const TOPICS: readonly (readonly [string, string, string])[] = [
  ['老旧小区楼道堆物清理', '由社区牵头，物业配合，两周内完成楼道清理', '物业公司'],
  ['背街小巷占道经营整治', '城管中队牵头开展联合整治，建立长效巡查', '城管执法中队'],
  ['小区停车秩序', '划定临时停车位，夜间加强巡查', '社区居委会'],
  ['电动车充电安全', '增设集中充电桩，开展入户宣传', '街道平安办'],
  ['雨季排水隐患', '组织管道疏通，汛前完成排查', '街道城建科'],
  ['独居老人关爱', '建立探访台账，楼栋长每周探访', '社区居委会'],
  ['垃圾分类桶站管理', '调整桶站位置，增派督导员', '街道环卫所'],
  ['物业服务投诉集中', '约谈物业公司，限期整改', '街道物业办'],
  ['驻区单位资源共享', '驻区单位开放停车场和活动室', '驻区单位党组织'],
  ['违章搭建复查', '对已拆除点位复查，防止反弹', '城管执法中队'],
];
const MATTERS: readonly (readonly [string, string, readonly string[]])[] = [
  ['老楼加装电梯', '多层住宅居民联名申请加装电梯，低层住户有顾虑', ['按单元征询后加装', '暂缓，先做低层补偿方案']],
  ['楼下空地改建小花园', '闲置空地长期堆放杂物，居民希望改建为休闲花园', ['改建小花园', '改建停车位']],
  ['公共活动室使用规则', '活动室使用时间冲突，需定使用规则', ['按团队预约排班', '先到先用']],
  ['非机动车棚改造', '车棚破旧漏雨，居民希望改造并加装充电设施', ['改造并加装充电桩', '只做修补']],
  ['小区大门门禁', '外来人员随意进出，居民提出安装门禁', ['安装人脸门禁', '安装刷卡门禁', '维持现状']],
  ['广场舞噪音', '晚间广场舞音量大，影响临街住户休息', ['限定时段和音量', '调整活动场地']],
  ['楼道灯更换', '楼道声控灯损坏多，居民要求统一更换', ['统一更换感应灯', '逐户报修']],
  ['宠物管理公约', '小区犬只不拴绳、粪便不清理引发矛盾', ['制定文明养犬公约', '增设宠物便便箱']],
  ['晾晒区设置', '居民在绿地随意拉绳晾晒', ['设置集中晾晒架', '禁止绿地晾晒']],
  ['二次供水水箱清洗', '居民反映水质有异味', ['请物业限期清洗并公示', '申请专项资金更换水箱']],
];

function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const from = rng.int(0, items.length - n);
  return items.slice(from, from + n);
}

interface Place {
  community: number;
  name: string;
  grids: number[];
}

export function generateMeetings(db: Db, rng: Rng, anchor: number, scale: number): Record<string, number> {
  const communities = db.prepare('SELECT id, name FROM community ORDER BY id').all() as { id: number; name: string }[];
  const places: Place[] = communities.map((c) => ({ community: c.id, name: c.name, grids: db.prepare('SELECT id FROM grid WHERE community_id = ? ORDER BY id').pluck().all(c.id) as number[] }));
  const start = anchor - 365 * DAY;
  const addBody = db.prepare('INSERT INTO meeting_body (kind, name, community_id, created_at) VALUES (?, ?, ?, ?)');
  const body = (kind: string, name: string, community: number | null) => Number(addBody.run(kind, name, community, start).lastInsertRowid);
  const streetJoint = body('joint_street', '街道联席会议', null);
  const review = body('review', '街道形势研判会', null);
  const joint = new Map(places.map((p) => [p.community, body('joint_community', `${p.name}联席会议`, p.community)]));
  const masses = new Map(places.map((p) => [p.community, body('party_masses', `${p.name}党群议事会`, p.community)]));
  if (places.length === 0) return { meeting_body: 2, meeting: 0, matter: 0 };

  const units = new Map(places.map((p) => [p.community, db.prepare(`SELECT name FROM party_org WHERE community_id = ? AND kind IN (${UNIT_ORG_KINDS.map((k) => `'${k}'`).join(', ')}) ORDER BY id`).pluck().all(p.community) as string[]]));
  // The year's cases by grid, read once (a query per topic was most of this step's time).
  const casesByGrid = new Map<number, { id: number; reported_at: number; closed_at: number | null }[]>();
  for (const c of db
    .prepare("SELECT id, grid_id, reported_at, closed_at FROM case_file WHERE status <> 'cancelled' AND reported_at >= ? ORDER BY reported_at")
    .all(start - 30 * DAY) as { id: number; grid_id: number; reported_at: number; closed_at: number | null }[]) {
    const list = casesByGrid.get(c.grid_id) ?? [];
    list.push(c);
    casesByGrid.set(c.grid_id, list);
  }
  /** Cases of the grids reported in the 30 days before `at` and still open then, newest first (at most 8). */
  const casesNear = (grids: readonly number[], at: number): number[] =>
    grids
      .flatMap((g) => (casesByGrid.get(g) ?? []).filter((c) => c.reported_at >= at - 30 * DAY && c.reported_at <= at && (c.closed_at === null || c.closed_at > at)))
      .sort((a, b) => b.reported_at - a.reported_at)
      .slice(0, 8)
      .map((c) => c.id);
  const addMeeting = db.prepare(
    `INSERT INTO meeting (id, code, body_id, held_on, title, place, units, people, status, created_by, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const addTopic = db.prepare('INSERT INTO meeting_topic (meeting_id, title, notes, source, grid_id, case_id, matter_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const addDecision = db.prepare("INSERT INTO meeting_decision (id, code, meeting_id, topic_id, text, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'active', NULL, ?)");
  const isSupervised = db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck();
  const addItem = db.prepare('INSERT INTO decision_item (decision_id, kind, case_id, party_list_item_id, title, owner, due_on, started_at, done_at, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)');
  let meetingId = 0;
  let decisionId = 0;
  const code = (p: string, n: number) => `${p}${String(n).padStart(6, '0')}`;
  /** A plain task's record: done when its due day is long past, mostly when just past, begun or not otherwise. */
  const task = (d: number, title: string, owner: string, at: number) => {
    const due = at + rng.int(7, 30) * DAY;
    const past = due < anchor;
    // Past due more than six weeks ago: chased to done (a street does not leave a year of late
    // decisions on its wall); more recent ones are now and then still late.
    const done = past ? anchor - due > 42 * DAY || rng.chance(0.8) : rng.chance(0.25);
    const doneAt = done ? Math.min(anchor - DAY, at + Math.round((due - at) * rng.float(0.4, past ? 1.2 : 0.9))) : null;
    const startedAt = doneAt !== null || rng.chance(0.6) ? at + DAY : null;
    addItem.run(d, 'task', null, title, owner, shanghaiDate(due), startedAt !== null && startedAt < anchor ? startedAt : null, doneAt, at);
  };
  const meeting = (bodyId: number, at: number, title: string, place: Place | null, topics: number, kind: 'review' | 'joint' | 'masses') => {
    meetingId += 1;
    const who = place ? ['社区党组织书记', '社区居委会主任', '网格长', '物业项目经理', '业委会主任'] : STREET_POSTS;
    const attending = place ? pickSome(rng, units.get(place.community) ?? [], 5) : ['街道党工委', '城管执法中队', '派出所', '市场监管所'];
    const last = anchor - at < 10 * DAY;
    addMeeting.run(meetingId, code('HY', meetingId), bodyId, shanghaiDate(at), title, place ? `${place.name}党群服务中心` : '街道指挥中心', JSON.stringify(attending), JSON.stringify(who.map((w) => ({ name: w, unit: place ? place.name : '街道' }))), last ? 'open' : 'closed', at, last ? null : at + 3 * 3_600_000);
    const grids = place ? place.grids : places.flatMap((p) => p.grids);
    for (let t = 0; t < topics; t += 1) {
      const [topicTitle, text, owner] = rng.pick(TOPICS);
      const grid = grids.length ? rng.pick(grids) : null;
      const cases = casesNear(place ? grids : grid === null ? [] : [grid], at);
      const caseId = kind !== 'masses' && cases.length && rng.chance(0.6) ? rng.pick(cases) : null;
      const topic = Number(addTopic.run(meetingId, topicTitle, '', kind === 'review' && caseId ? 'overdue_case' : 'agenda', grid, caseId, null, at).lastInsertRowid);
      decisionId += 1;
      addDecision.run(decisionId, code('JD', decisionId), meetingId, topic, text, at);
      // A 督办 item only on a case whose history has its 督办 (the real decide form sets the flag
      // with a case event; the demo's case histories are written before its meetings).
      if (caseId !== null) addItem.run(decisionId, kind === 'review' && isSupervised.get(caseId) === 1 ? 'supervise' : 'case', caseId, '', owner, shanghaiDate(at + rng.int(5, 20) * DAY), null, null, at);
      task(decisionId, text.slice(0, 40), owner, at);
    }
    return meetingId;
  };

  const year = (n: number, fn: (at: number, i: number) => void) => {
    for (let i = 0; i < n; i += 1) fn(start + Math.round(((i + rng.float(0.1, 0.9)) / n) * 365 * DAY), i);
  };
  const streetJoints = 12;
  year(streetJoints, (at) => meeting(streetJoint, at, '街道联席会议', null, rng.int(2, 3), 'joint'));
  const communityJoints = Math.max(JOINT_PER_COMMUNITY * places.length, Math.round((JOINT_AT_SCALE_1 - streetJoints) * scale));
  year(communityJoints, (at, i) => {
    const p = places[i % places.length]!;
    meeting(joint.get(p.community)!, at, `${p.name}联席会议`, p, rng.int(1, 3), 'joint');
  });
  year(26, (at) => meeting(review, at, '形势研判会', null, rng.int(1, 3), 'review'));
  const massesHeld = new Map<number, { at: number; id: number }[]>();
  // Quarterly, counted back from the last one a few days ago: matters talked over at grid
  // level since the previous one are decided there and wait to be taken up (会议定事).
  for (const p of places) {
    const last = anchor - rng.int(2, 12) * DAY;
    for (let q = 3; q >= 0; q -= 1) {
      const at = last - q * 91 * DAY - (q === 0 ? 0 : rng.int(-7, 7) * DAY);
      const id = meeting(masses.get(p.community)!, at, `${p.name}党群议事会`, p, 1, 'masses');
      massesHeld.set(p.community, [...(massesHeld.get(p.community) ?? []), { at, id }]);
    }
  }

  // Matters: raised over the year; each is discussed at grid level within weeks, decided at the
  // next 议事会 of its community after that, carried out through tasks, evaluated when done.
  const addMatter = db.prepare(
    `INSERT INTO matter (id, code, title, description, raised_by, raised_on, community_id, grid_id, building_id, stage, decision_id, asked, satisfied, basically_satisfied, evaluation_note, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)`,
  );
  const addEvent = db.prepare("INSERT INTO matter_event (matter_id, action, from_stage, to_stage, actor_user_id, actor_name, at, note) VALUES (?, ?, ?, ?, NULL, '社区议事专干', ?, ?)");
  const addDiscussion = db.prepare('INSERT INTO matter_discussion (matter_id, held_on, minutes, options, attendance, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const addSpeaker = db.prepare("INSERT INTO matter_speaker (discussion_id, who, option_index, words) VALUES (?, ?, ?, '')");
  const buildingIn = db.prepare('SELECT id, name FROM building WHERE grid_id = ? ORDER BY id');
  const doneOf = db.prepare('SELECT max(done_at) AS last, sum(done_at IS NULL) AS open FROM decision_item WHERE decision_id = ?');
  const finish = db.prepare('UPDATE matter SET stage = ?, decision_id = ?, asked = ?, satisfied = ?, basically_satisfied = ?, updated_at = ? WHERE id = ?');
  const n = Math.max(MATTERS_PER_COMMUNITY * places.length, Math.round(MATTERS_AT_SCALE_1 * scale));
  let matters = 0;
  year(n, (raisedAt, i) => {
    const p = places[i % places.length]!;
    if (p.grids.length === 0) return;
    const grid = rng.pick(p.grids);
    const buildings = buildingIn.all(grid) as { id: number; name: string }[];
    const b = buildings.length ? rng.pick(buildings) : null;
    const [title, description, options] = MATTERS[i % MATTERS.length]!;
    matters += 1;
    const id = matters;
    addMatter.run(id, code('YS', id), title, description, `${b ? b.name : '本网格'}居民${rng.int(5, 30)}户联名`, shanghaiDate(raisedAt), p.community, grid, b?.id ?? null, 'raised', null, null, null, null, raisedAt);
    const stamp = (action: string, from: string | null, to: string, at: number, note = '') => addEvent.run(id, action, from, to, at, note);
    let stage = 'raised';
    let updated = raisedAt;
    let decision: number | null = null;
    let evaluation: [number, number, number] | null = null;
    stamp('raise', null, 'raised', raisedAt, `${b ? b.name : '本网格'}居民`);
    const discussedAt = raisedAt + rng.int(5, 20) * DAY;
    if (discussedAt < anchor) {
      const d = Number(addDiscussion.run(id, shanghaiDate(discussedAt), `网格议事会讨论“${title}”，居民代表发言，形成${options.length}个方案`, JSON.stringify(options), rng.int(12, 40), discussedAt).lastInsertRowid);
      for (let s = 0; s < rng.int(3, 6); s += 1) addSpeaker.run(d, rng.pick(['楼栋长', '居民代表', '党员代表', '业委会委员', '物业代表']), rng.int(0, options.length - 1));
      stamp('discuss', 'raised', 'discussed', discussedAt);
      stage = 'discussed';
      updated = discussedAt;
      const held = (massesHeld.get(p.community) ?? []).find((m) => m.at > discussedAt);
      if (held && rng.chance(0.93)) {
        const topic = Number(addTopic.run(held.id, `议事 ${code('YS', id)} ${title}`.slice(0, 80), options[0]!, 'matter', grid, null, id, held.at).lastInsertRowid);
        decisionId += 1;
        decision = decisionId;
        addDecision.run(decisionId, code('JD', decisionId), held.id, topic, `采纳方案：${options[0]!}`, held.at);
        task(decisionId, `${title}：${options[0]!}`.slice(0, 80), '社区居委会', held.at);
        stamp('decide', 'discussed', 'decided', held.at, options[0]!);
        stage = 'decided';
        updated = held.at;
        // Work starts once the residents are told and a doer is found: days to a fortnight.
        const actAt = held.at + rng.int(3, 14) * DAY;
        if (actAt < anchor) {
          stamp('act', 'decided', 'acting', actAt);
          stage = 'acting';
          updated = actAt;
          const done = doneOf.get(decisionId) as { last: number | null; open: number };
          const evalAt = (done.last ?? actAt) + rng.int(3, 10) * DAY;
          if (done.open === 0 && evalAt < anchor) {
            const asked = rng.int(20, 80);
            const sat = Math.round(asked * rng.float(0.6, 0.85));
            const basic = Math.round((asked - sat) * rng.float(0.4, 0.9));
            evaluation = [asked, sat, basic];
            stamp('evaluate', 'acting', 'evaluated', evalAt);
            stage = 'evaluated';
            updated = evalAt;
          }
        }
      } else if (!held && anchor - discussedAt > 60 * DAY) {
        stamp('drop', 'discussed', 'dropped', discussedAt + 30 * DAY, '居民意见未能统一，暂缓');
        stage = 'dropped';
      }
    }
    finish.run(stage, decision, evaluation?.[0] ?? null, evaluation?.[1] ?? null, evaluation?.[2] ?? null, updated, id);
  });
  return { meeting_body: 2 + 2 * places.length, meeting: meetingId, meeting_decision: decisionId, matter: matters };
}
