// The demo street's 三张清单 over its 12 months of history, at about Anda's volumes per street
// (370 needs, 290 resources, 260 projects at scale 1, scaled with the street): communities and
// grids list needs at their residential buildings, units (the street's non-territorial Party
// organisations) and communities offer resources where they meet, and most needs are met by a
// project pairing them with a resource. Older items are mostly done and evaluated, recent ones
// open; a few units give claims up more often than others, so matching has records to weigh.
// Read from the written street (communities, grids, buildings, units), deterministic from the seed.
import type { PartyListCategory, PartyListStatus } from '../../../shared/partyLists';
import type { Db } from '../db/database';
import { shanghaiDate } from '../calendar/workCalendar';
import { categoryFit } from '../partyLists/categories';
import { codeFor } from '../partyLists/publish';
import { UNIT_ORG_KINDS } from '../partyLists/parties';
import type { Rng } from './rng';

const AT_SCALE_1 = { needs: 370, resources: 290, projects: 260 } as const;
const DAY = 86_400_000;
const DESK = '街道党建办';

const NEED_TITLES: Partial<Record<PartyListCategory, readonly string[]>> = {
  elderly_child: ['独居老人助餐服务', '老年人智能手机培训', '“四点半课堂”课后托管', '高龄老人定期探访', '暑期少儿托管班', '空巢老人理发上门'],
  environment: ['老旧小区楼道清理', '背街小巷垃圾清运', '小区绿化补植', '楼顶堆物清理', '雨污管道疏通'],
  culture_sports: ['重阳节文艺汇演', '社区居民运动会', '社区读书角图书补充', '春节游园活动', '广场舞队服装与音响'],
  employment: ['失业人员技能培训', '灵活就业岗位对接', '高校毕业生就业指导', '残疾人就业帮扶'],
  legal: ['邻里纠纷法律咨询', '老年人防诈骗讲座', '物业纠纷调解', '遗嘱继承法律讲座'],
  health: ['慢性病义诊', '老年人免费体检', '心理健康讲座', '急救知识培训'],
  education: ['家长课堂', '青少年科普活动', '社区书法班', '青少年禁毒宣传'],
  hardship: ['困难家庭节日慰问', '低保户家电维修', '大病家庭帮扶', '困难学生助学'],
  safety: ['小区夜间巡逻', '消防安全检查', '电动车充电安全宣传', '楼栋安全隐患排查'],
  venue: ['社区活动室场地', '居民议事会场地', '老年大学教室'],
  funds: ['加装电梯补助资金', '老旧小区改造配套资金', '社区活动经费'],
};
const NEED_WEIGHTS: readonly (readonly [PartyListCategory, number])[] = [
  ['elderly_child', 20], ['environment', 14], ['culture_sports', 12], ['employment', 7], ['legal', 7], ['health', 10],
  ['education', 8], ['hardship', 10], ['safety', 7], ['venue', 3], ['funds', 2],
];

const RESOURCE_TITLES: Record<PartyListCategory, readonly string[]> = {
  elderly_child: ['职工助老志愿服务', '单位食堂爱心助餐', '青年职工陪伴儿童'],
  environment: ['环卫车辆支援', '绿化养护技术支持', '党员清洁家园行动'],
  culture_sports: ['职工文艺演出队', '职工运动场地开放', '书画摄影作品展'],
  employment: ['就业岗位提供', '职业技能培训课程', '实习见习岗位'],
  legal: ['律师志愿法律咨询', '普法讲座', '人民调解员志愿服务'],
  health: ['医务人员义诊', '免费体检名额', '健康知识讲座'],
  education: ['教师志愿辅导', '科普讲座进社区', '图书捐赠'],
  hardship: ['爱心帮扶基金', '节日慰问物资', '家电义务维修'],
  safety: ['保安巡逻支援', '消防演练指导', '安全用电检查'],
  venue: ['会议室开放共享', '职工活动中心开放', '停车场错时共享'],
  funds: ['党建共建经费', '公益捐赠资金'],
  volunteer_time: ['党员志愿服务时间', '青年志愿者服务队', '在职党员双报到服务'],
};
const RESOURCE_CATEGORIES = Object.keys(RESOURCE_TITLES) as PartyListCategory[];

interface Building {
  id: number;
  grid_id: number;
  community_id: number;
  lng: number;
  lat: number;
}
interface Unit {
  id: number;
  name: string;
  community_id: number | null;
  building_id: number | null;
  grid_id: number | null;
  lng: number;
  lat: number;
  /** How often this unit gives a claim up. */
  flaky: number;
}

interface Item {
  id: number;
  kind: 'need' | 'resource' | 'project';
  category: PartyListCategory;
  title: string;
  description: string;
  ownerCommunity: number | null;
  ownerGrid: number | null;
  ownerUnit: number | null;
  claimantCommunity: number | null;
  claimantUnit: number | null;
  needId: number | null;
  resourceId: number | null;
  projectId: number | null;
  communityId: number;
  gridId: number;
  buildingId: number | null;
  lng: number;
  lat: number;
  startsOn: string;
  endsOn: string;
  status: PartyListStatus;
  publishedAt: number;
  claimedAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  evaluatedAt: number | null;
  rating: number | null;
}
interface Step {
  itemId: number;
  action: string;
  from: PartyListStatus | null;
  to: PartyListStatus;
  unit: number | null;
  community: number | null;
  at: number;
  reason: string;
  rating: number | null;
}
interface Contact {
  itemId: number;
  kind: 'contact' | 'service';
  side: 'owner' | 'claimant';
  onDate: string;
  note: string;
  hours: number | null;
  served: number | null;
  at: number;
}

const RELEASE_REASONS = ['人手不足，无法按期完成', '单位任务调整', '服务时间与居民需求冲突', '资金未获批复'];
const REJECT_REASONS = ['认领单位不具备相关资质', '已有其他单位对接', '服务方案与需求不符'];
const WITHDRAW_REASONS = ['需求已由社区自行解决', '居民需求变化', '重复发布'];

export function generatePartyLists(db: Db, rng: Rng, anchor: number, scale: number): Record<string, number> {
  const communities = db.prepare('SELECT id, name FROM community ORDER BY id').all() as { id: number; name: string }[];
  const homes = db
    .prepare(
      `SELECT b.id, b.grid_id, g.community_id, b.center_lng AS lng, b.center_lat AS lat FROM building b JOIN grid g ON g.id = b.grid_id
        WHERE b.use IN ('residential', 'mixed') ORDER BY b.id`,
    )
    .all() as Building[];
  const publicBuildings = db
    .prepare(`SELECT b.id, b.grid_id, g.community_id, b.center_lng AS lng, b.center_lat AS lat FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.use IN ('public', 'office', 'mixed') ORDER BY b.id`)
    .all() as Building[];
  const units = (
    db
      .prepare(`SELECT id, name, community_id, building_id, grid_id, lng, lat FROM party_org WHERE kind IN (${UNIT_ORG_KINDS.map((k) => `'${k}'`).join(', ')}) AND grid_id IS NOT NULL ORDER BY id`)
      .all() as Omit<Unit, 'flaky'>[]
  ).map((u) => ({ ...u, flaky: rng.chance(0.15) ? 0.35 : 0.04 }));
  if (communities.length === 0 || homes.length === 0 || units.length === 0) return {};
  const gridCommunity = new Map((db.prepare('SELECT id, community_id FROM grid').all() as { id: number; community_id: number }[]).map((g) => [g.id, g.community_id]));
  const homesOf = new Map<number, Building[]>();
  for (const b of homes) (homesOf.get(b.community_id) ?? homesOf.set(b.community_id, []).get(b.community_id)!).push(b);
  const publicOf = new Map<number, Building[]>();
  for (const b of publicBuildings) (publicOf.get(b.community_id) ?? publicOf.set(b.community_id, []).get(b.community_id)!).push(b);
  const communityName = new Map(communities.map((c) => [c.id, c.name]));

  const nNeeds = Math.max(3, Math.round(AT_SCALE_1.needs * scale));
  const nResources = Math.max(3, Math.round(AT_SCALE_1.resources * scale));
  const nProjects = Math.min(nNeeds - 1, nResources - 1, Math.max(2, Math.round(AT_SCALE_1.projects * scale)));
  const start = anchor - 365 * DAY;
  const items: Item[] = [];
  const steps: Step[] = [];
  const contacts: Contact[] = [];
  const ratingOf = () => rng.weighted<number>([[5, 62], [4, 30], [3, 7], [2, 1]]);
  const dayOf = (ms: number) => shanghaiDate(ms);

  const newItem = (partial: Omit<Item, 'id' | 'claimantCommunity' | 'claimantUnit' | 'needId' | 'resourceId' | 'projectId' | 'claimedAt' | 'startedAt' | 'completedAt' | 'evaluatedAt' | 'rating' | 'status'>): Item => {
    const item: Item = { ...partial, id: 0, claimantCommunity: null, claimantUnit: null, needId: null, resourceId: null, projectId: null, status: 'published', claimedAt: null, startedAt: null, completedAt: null, evaluatedAt: null, rating: null };
    items.push(item);
    return item;
  };
  const step = (item: Item, action: string, to: PartyListStatus, at: number, party: { unit?: number | null; community?: number | null } = {}, reason = '', rating: number | null = null) => {
    steps.push({ itemId: 0, action, from: action === 'publish' ? null : item.status, to, unit: party.unit ?? null, community: party.community ?? null, at, reason, rating });
    (steps[steps.length - 1] as Step & { item: Item }).item = item;
    item.status = to;
  };

  const makeNeed = (publishedAt: number, category: PartyListCategory): Item => {
    const c = rng.pick(communities);
    const b = rng.pick(homesOf.get(c.id) ?? homes);
    const byGrid = rng.chance(0.25);
    const title = rng.pick(NEED_TITLES[category] ?? NEED_TITLES.elderly_child!);
    const days = rng.int(30, 120);
    const need = newItem({
      kind: 'need',
      category,
      title,
      description: `${communityName.get(b.community_id)}居民反映需要${title}，预计惠及居民${rng.int(15, 300)}人`,
      ownerCommunity: b.community_id,
      ownerGrid: byGrid ? b.grid_id : null,
      ownerUnit: null,
      communityId: b.community_id,
      gridId: b.grid_id,
      buildingId: b.id,
      lng: b.lng,
      lat: b.lat,
      startsOn: dayOf(publishedAt),
      endsOn: dayOf(publishedAt + days * DAY),
      publishedAt,
    });
    step(need, 'publish', 'published', publishedAt);
    return need;
  };
  const makeResource = (publishedAt: number, category: PartyListCategory, unit: Unit | null): Item => {
    const title = rng.pick(RESOURCE_TITLES[category]);
    let place: { communityId: number; gridId: number; buildingId: number | null; lng: number; lat: number };
    let ownerCommunity: number | null = null;
    if (unit) {
      place = { communityId: unit.community_id ?? gridCommunity.get(unit.grid_id!)!, gridId: unit.grid_id!, buildingId: unit.building_id, lng: unit.lng, lat: unit.lat };
    } else {
      const c = rng.pick(communities);
      const b = rng.pick(publicOf.get(c.id) ?? homesOf.get(c.id) ?? homes);
      ownerCommunity = b.community_id;
      place = { communityId: b.community_id, gridId: b.grid_id, buildingId: b.id, lng: b.lng, lat: b.lat };
    }
    const who = unit ? unit.name.replace(/(党支部|党委|党总支)$/, '') : `${communityName.get(place.communityId)}`;
    const r = newItem({
      kind: 'resource',
      category,
      title,
      description: `${who}提供${title}，每月可安排${rng.int(1, 6)}次`,
      ownerCommunity,
      ownerGrid: null,
      ownerUnit: unit?.id ?? null,
      ...place,
      startsOn: dayOf(publishedAt),
      endsOn: dayOf(publishedAt + rng.int(90, 365) * DAY),
      publishedAt,
    });
    step(r, 'publish', 'published', publishedAt);
    return r;
  };
  const fittingResourceCategory = (need: PartyListCategory): PartyListCategory => {
    if (rng.chance(0.6)) return need;
    const related = RESOURCE_CATEGORIES.filter((c) => c !== need && categoryFit(need, c) !== null);
    return related.length ? rng.pick(related) : need;
  };
  const contactsFor = (item: Item, from: number, to: number, claimant: boolean) => {
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const at = from + rng.next() * Math.max(DAY, to - from);
      if (at >= anchor) break;
      const service = claimant && rng.chance(0.6);
      contacts.push({
        itemId: 0,
        kind: service ? 'service' : 'contact',
        side: claimant && rng.chance(0.5) ? 'claimant' : 'owner',
        onDate: dayOf(at),
        note: service ? `开展${item.title}服务` : rng.pick(['电话沟通服务安排', '上门走访对接需求', '召开共建协调会']),
        hours: service ? rng.int(2, 24) : null,
        served: service ? rng.int(5, 120) : null,
        at,
      });
      (contacts[contacts.length - 1] as Contact & { item: Item }).item = item;
    }
  };
  /** Runs a claimed item (or a project) forward from `at`: start, complete, evaluate as time allows; or a give-up. */
  const runForward = (item: Item, at: number, unit: Unit | null, linked: Item[]) => {
    const move = (action: string, to: PartyListStatus, when: number, reason = '', rating: number | null = null) => {
      for (const l of linked) step(l, action, to, when, {}, reason, rating);
      step(item, action, to, when, action === 'release' ? { unit: item.claimantUnit, community: item.claimantCommunity } : {}, reason, rating);
    };
    const startAt = at + rng.int(3, 25) * DAY;
    if (startAt >= anchor) return;
    if (unit && rng.chance(unit.flaky)) {
      const giveUp = startAt + rng.int(3, 20) * DAY;
      if (giveUp < anchor) {
        const reason = rng.pick(RELEASE_REASONS);
        if (linked.length) {
          for (const l of linked) {
            step(l, 'unpair', 'published', giveUp, { unit: l.claimantUnit, community: l.claimantCommunity }, reason);
            Object.assign(l, { claimantCommunity: null, claimantUnit: null, projectId: null, claimedAt: null });
          }
          step(item, 'release', 'withdrawn', giveUp, { unit: item.claimantUnit, community: item.claimantCommunity }, reason);
        } else {
          step(item, 'release', 'published', giveUp, { unit: item.claimantUnit, community: item.claimantCommunity }, reason);
          Object.assign(item, { claimantCommunity: null, claimantUnit: null, claimedAt: null });
        }
        return;
      }
    }
    move('start', 'in_progress', startAt);
    item.startedAt = startAt;
    for (const l of linked) l.startedAt = startAt;
    const doneAt = startAt + rng.int(14, 90) * DAY;
    contactsFor(item, at, Math.min(doneAt, anchor), true);
    if (doneAt >= anchor) return;
    move('complete', 'completed', doneAt);
    item.completedAt = doneAt;
    for (const l of linked) l.completedAt = doneAt;
    const evalAt = doneAt + rng.int(2, 15) * DAY;
    if (evalAt >= anchor || rng.chance(0.12)) return;
    const rating = ratingOf();
    move('evaluate', 'evaluated', evalAt, rating >= 4 ? '居民满意' : '服务基本到位，需改进', rating);
    item.evaluatedAt = evalAt;
    item.rating = rating;
    for (const l of linked) Object.assign(l, { evaluatedAt: evalAt, rating });
  };

  // Projects: a need paired with a fitting resource some days after both were listed.
  for (let k = 0; k < nProjects; k++) {
    const pairAt = start + Math.pow(rng.next(), 0.85) * 355 * DAY;
    const category = rng.weighted(NEED_WEIGHTS);
    const need = makeNeed(pairAt - rng.int(1, 25) * DAY, category);
    const unit = rng.chance(0.85) ? rng.pick(units) : null;
    const resource = makeResource(pairAt - rng.int(3, 60) * DAY, fittingResourceCategory(category), unit);
    const partner = unit ? { unit: unit.id } : { community: resource.ownerCommunity! };
    if (!unit && resource.ownerCommunity === need.communityId) continue;
    const project = newItem({
      kind: 'project',
      category,
      title: `${need.title}共建项目`,
      description: `${need.description}\n${resource.title}：${resource.description}`,
      ownerCommunity: need.communityId,
      ownerGrid: need.ownerGrid,
      ownerUnit: null,
      communityId: need.communityId,
      gridId: need.gridId,
      buildingId: need.buildingId,
      lng: need.lng,
      lat: need.lat,
      startsOn: dayOf(pairAt),
      endsOn: need.endsOn > resource.endsOn ? need.endsOn : resource.endsOn,
      publishedAt: pairAt,
    });
    Object.assign(project, { needId: need.id, resourceId: resource.id, claimantUnit: unit?.id ?? null, claimantCommunity: unit ? null : resource.ownerCommunity, claimedAt: pairAt });
    (project as Item & { need: Item; resource: Item }).need = need;
    (project as Item & { need: Item; resource: Item }).resource = resource;
    step(project, 'pair', 'claimed', pairAt, partner);
    step(need, 'pair', 'claimed', pairAt, partner);
    step(resource, 'pair', 'claimed', pairAt, { community: need.communityId });
    Object.assign(need, { claimantUnit: unit?.id ?? null, claimantCommunity: unit ? null : resource.ownerCommunity, claimedAt: pairAt });
    Object.assign(resource, { claimantCommunity: need.communityId, claimedAt: pairAt });
    (need as Item & { project: Item }).project = project;
    (resource as Item & { project: Item }).project = project;
    runForward(project, pairAt, unit, [need, resource]);
  }

  // Needs met without a project (a unit claims and does it) or still waiting; recent ones mostly open.
  const needsLeft = nNeeds - items.filter((i) => i.kind === 'need').length;
  for (let k = 0; k < needsLeft; k++) {
    const publishedAt = start + Math.pow(rng.next(), 0.7) * 364 * DAY;
    const need = makeNeed(publishedAt, rng.weighted(NEED_WEIGHTS));
    const age = (anchor - publishedAt) / DAY;
    if (rng.chance(0.06)) {
      const at = publishedAt + rng.int(5, 40) * DAY;
      if (at < anchor) step(need, 'withdraw', 'withdrawn', at, {}, rng.pick(WITHDRAW_REASONS));
      continue;
    }
    if (rng.chance(age > 60 ? 0.9 : age > 20 ? 0.55 : 0.2)) {
      const claimAt = publishedAt + rng.int(1, Math.max(2, Math.min(30, Math.floor(age)))) * DAY;
      if (claimAt >= anchor) continue;
      const unit = rng.pick(units);
      if (rng.chance(0.08)) {
        step(need, 'claim', 'claimed', claimAt, { unit: unit.id });
        step(need, 'reject', 'published', claimAt + DAY, { unit: unit.id }, rng.pick(REJECT_REASONS));
        continue;
      }
      step(need, 'claim', 'claimed', claimAt, { unit: unit.id });
      Object.assign(need, { claimantUnit: unit.id, claimedAt: claimAt });
      runForward(need, claimAt, unit, []);
    }
  }

  // Resources still on offer, a few taken up by a community directly.
  const resourcesLeft = nResources - items.filter((i) => i.kind === 'resource').length;
  for (let k = 0; k < resourcesLeft; k++) {
    const publishedAt = start + Math.pow(rng.next(), 0.6) * 364 * DAY;
    const unit = rng.chance(0.85) ? rng.pick(units) : null;
    const r = makeResource(publishedAt, rng.pick(RESOURCE_CATEGORIES), unit);
    const age = (anchor - publishedAt) / DAY;
    if (age > 45 && rng.chance(0.35)) {
      const c = rng.pick(communities.filter((x) => x.id !== r.ownerCommunity));
      const claimAt = publishedAt + rng.int(3, 30) * DAY;
      if (!c || claimAt >= anchor) continue;
      step(r, 'claim', 'claimed', claimAt, { community: c.id });
      Object.assign(r, { claimantCommunity: c.id, claimedAt: claimAt });
      runForward(r, claimAt, null, []);
    } else if (age > 200 && rng.chance(0.2)) {
      step(r, 'withdraw', 'withdrawn', publishedAt + rng.int(90, 180) * DAY, {}, '资源已用完');
    }
  }

  // Ids in publication order (needs, then resources, then projects at equal times), then write.
  const kindOrder = { need: 0, resource: 1, project: 2 } as const;
  items.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.publishedAt - b.publishedAt);
  const firstId = ((db.prepare('SELECT coalesce(max(id), 0) FROM party_list_item').pluck().get() as number) + 1);
  items.forEach((it, i) => (it.id = firstId + i));
  for (const it of items) {
    const x = it as Item & { need?: Item; resource?: Item; project?: Item };
    if (x.need) it.needId = x.need.id;
    if (x.resource) it.resourceId = x.resource.id;
    if (x.project && it.claimedAt !== null) it.projectId = x.project.id;
  }
  const insertItem = db.prepare(
    `INSERT INTO party_list_item (id, code, kind, category, title, description, owner_community_id, owner_grid_id, owner_unit_id, claimant_community_id, claimant_unit_id,
       need_id, resource_id, project_id, community_id, grid_id, building_id, lng, lat, starts_on, ends_on, status, published_at, claimed_at, started_at, completed_at,
       evaluated_at, rating, updated_at)
     VALUES (@id, @code, @kind, @category, @title, @description, @ownerCommunity, @ownerGrid, @ownerUnit, @claimantCommunity, @claimantUnit, @needId, @resourceId, @projectId,
       @communityId, @gridId, @buildingId, @lng, @lat, @startsOn, @endsOn, @status, @publishedAt, @claimedAt, @startedAt, @completedAt, @evaluatedAt, @rating, @updatedAt)`,
  );
  const insertStep = db.prepare(
    `INSERT INTO party_list_event (item_id, action, from_status, to_status, actor_user_id, actor_name, party_community_id, party_unit_id, at, reason, rating)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  const insertContact = db.prepare('INSERT INTO party_list_contact (item_id, kind, side, on_date, note, hours, people_served, actor_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)');
  const lastAt = new Map<Item, number>();
  for (const s of steps) lastAt.set((s as Step & { item: Item }).item, Math.max(lastAt.get((s as Step & { item: Item }).item) ?? 0, s.at));
  db.transaction(() => {
    for (const it of items) {
      const { id, kind, category, title, description, ownerCommunity, ownerGrid, ownerUnit, claimantCommunity, claimantUnit, needId, resourceId, projectId, communityId, gridId, buildingId, lng, lat, startsOn, endsOn, status, publishedAt, claimedAt, startedAt, completedAt, evaluatedAt, rating } = it;
      insertItem.run({
        // The links between items are set once every item exists (the foreign keys check at once).
        id, code: codeFor(kind, id), kind, category, title, description, ownerCommunity, ownerGrid, ownerUnit, claimantCommunity, claimantUnit, needId: null, resourceId: null, projectId: null,
        communityId, gridId, buildingId, lng, lat, startsOn, endsOn, status, publishedAt: Math.round(publishedAt), claimedAt: claimedAt && Math.round(claimedAt),
        startedAt: startedAt && Math.round(startedAt), completedAt: completedAt && Math.round(completedAt), evaluatedAt: evaluatedAt && Math.round(evaluatedAt), rating,
        updatedAt: Math.round(lastAt.get(it) ?? publishedAt),
      });
    }
    const link = db.prepare('UPDATE party_list_item SET need_id = ?, resource_id = ?, project_id = ? WHERE id = ?');
    for (const it of items) if (it.needId !== null || it.resourceId !== null || it.projectId !== null) link.run(it.needId, it.resourceId, it.projectId, it.id);
    for (const s of [...steps].sort((a, b) => a.at - b.at)) {
      insertStep.run((s as Step & { item: Item }).item.id, s.action, s.from, s.to, DESK, s.community, s.unit, Math.round(s.at), s.reason, s.rating);
    }
    for (const c of contacts) insertContact.run((c as Contact & { item: Item }).item.id, c.kind, c.side, c.onDate, c.note, c.hours, c.served, Math.round(c.at));
  })();
  const count = (kind: string) => items.filter((i) => i.kind === kind).length;
  return { 'party_list.need': count('need'), 'party_list.resource': count('resource'), 'party_list.project': count('project'), party_list_event: steps.length, party_list_contact: contacts.length };
}
