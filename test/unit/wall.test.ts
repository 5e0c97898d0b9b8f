// The command wall's API against a real encrypted demo street, called as a window would:
// its figures agree with computeIndicators and with direct SQL counts, a case reported
// and worked through the API shows up in the next delta, and no full name, phone or ID
// number of anyone in the street ever appears in what the wall receives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult, CategoryNode, HandlerSuggestion } from '../../src/shared/cases';
import type { IndicatorRow } from '../../src/shared/indicators';
import type { MapBase } from '../../src/shared/views';
import { decodeBuildings, type MapBuildings } from '../../src/shared/buildingCodec';
import type { CaseQueueResult } from '../../src/shared/cases';
import type { StreetSummary } from '../../src/shared/views';
import type { WallDelta, WallSnapshot } from '../../src/shared/wall';
import { OPEN_CASE_STATUSES } from '../../src/shared/domain';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { shanghaiDayIndex, shanghaiDayStart } from '../../src/main/core/calendar/workCalendar';
import { maskActor } from '../../src/main/core/wall/maskActor';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { thisWeek } from '../../src/main/core/partyAssessment/sharedFigures';
import { ok } from '../helpers/apiResult';

const DAY = 86_400_000;
const OPEN = `(${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

let core: CoreHandle;
let dir: string;
let remove: () => void;
let db: Db;
let dispatcher: string;
let leader: string;
/** The duty operator: verifies (核查) what the dispatcher recorded, as the office's four-eyes rule wants. */
let operator: string;
let now = TEST_ANCHOR;
let categories: CategoryNode[];
let spot: [number, number];

const signIn = async (username: string) => ok<{ token: string }>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
const call = async <T>(method: string, input: unknown, token = leader) => ok<T>(await core.call(method, input, token));
const snapshot = (input: Record<string, unknown> = {}) => call<WallSnapshot>('wall.snapshot', input);
const delta = (sinceEventId: number, communityId?: number) => call<WallDelta>('wall.delta', communityId ? { sinceEventId, communityId } : { sinceEventId });
const total = async (from: number, to: number, scope?: unknown) => {
  const rows = await call<IndicatorRow[]>('indicators.compute', scope ? { from, to, scope } : { from, to });
  return rows[rows.length - 1]!;
};
const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

/**
 * Cases open and past due at `t`, worked out independently of the wall's SQL: replay
 * every case's history up to t in JavaScript to find the status it had then.
 */
function overdueByReplay(t: number): number {
  const statusAt = new Map<number, string>();
  for (const e of db.prepare('SELECT case_id, to_status, at FROM case_event ORDER BY at, id').iterate() as Iterable<{ case_id: number; to_status: string; at: number }>) {
    if (e.at <= t) statusAt.set(e.case_id, e.to_status);
  }
  const due = db.prepare('SELECT id, due_at FROM case_file WHERE due_at IS NOT NULL').all() as { id: number; due_at: number }[];
  return due.filter((c) => c.due_at < t && (OPEN_CASE_STATUSES as readonly string[]).includes(statusAt.get(c.id) ?? '')).length;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => now });
  dispatcher = await signIn('dispatcher');
  leader = await signIn('leader');
  operator = await signIn('operator');
  categories = await call<CategoryNode[]>('case.categories', {});
  const base = await call<MapBase>('map.base', {});
  const buildings = decodeBuildings(await call<MapBuildings>('map.buildings', {}));
  const [cx, cy] = base.street.center;
  const corners = buildings.features.filter((f) => f.properties.households > 0).map((f) => f.geometry.coordinates[0]![0]!);
  corners.sort((p, q) => Math.hypot(p[0]! - cx, p[1]! - cy) - Math.hypot(q[0]! - cx, q[1]! - cy));
  spot = [corners[0]![0]!, corners[0]![1]!];
  // A second, read-only connection for the direct SQL counts (WAL lets it see the core's writes).
  const paths = dataPaths(dir);
  db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

describe('wall.snapshot figures', () => {
  it('agree with computeIndicators for every tile, now, yesterday and last week', async () => {
    const s = await snapshot();
    const dayStart = shanghaiDayStart(shanghaiDayIndex(now));
    for (const [key, shift] of [['value', 0], ['yesterday', 1], ['lastWeek', 7]] as const) {
      const today = await total(dayStart - shift * DAY, now - shift * DAY);
      const rate = await total(now - (30 + shift) * DAY, now - shift * DAY);
      expect(s.tiles.newToday[key], `newToday.${key}`).toBe(today.reported);
      expect(s.tiles.onTimeRate[key], `onTimeRate.${key}`).toBe(rate.onTimeRate);
      expect(s.tiles.satisfaction[key], `satisfaction.${key}`).toBe(rate.satisfiedRate);
      expect(s.tiles.overdueOpen[key], `overdueOpen.${key}`).toBe(overdueByReplay(now - shift * DAY));
      const closed = count(`SELECT count(*) FROM case_file WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?`, dayStart - shift * DAY, now - shift * DAY);
      expect(s.tiles.closedToday[key], `closedToday.${key}`).toBe(closed);
    }
    // 超期未结 now is the dispatch desk's 超期 queue and the console's 超期 figure.
    const queue = await call<CaseQueueResult>('case.queue', { queue: 'overdue', limit: 1 });
    expect(s.tiles.overdueOpen.value).toBe(queue.total);
    expect(s.tiles.overdueOpen.value).toBe((await call<StreetSummary>('street.summary', {})).overdueCases);
    // The demo street has work in every tile, so the comparisons above compared something.
    expect(s.tiles.overdueOpen.value).toBeGreaterThan(0);
    expect(s.tiles.overdueOpen.lastWeek).toBeGreaterThan(0);
    expect(s.tiles.onTimeRate.value).toBeGreaterThan(0);
  });

  it('colours grids by the counts of the console map, and by direct SQL counts', async () => {
    const s = await snapshot();
    const base = await call<MapBase>('map.base', {});
    expect(s.gridStates).toHaveLength(count('SELECT count(*) FROM grid'));
    for (const g of s.gridStates) {
      const props = base.grids.features.find((f) => f.properties.id === g.gridId)!.properties;
      expect([g.open, g.overdue], `grid ${g.gridId} as on the console map`).toEqual([props.openCases, props.overdueCases]);
      expect(g.overdue, `grid ${g.gridId} overdue`).toBe(count(`SELECT count(*) FROM case_file WHERE grid_id = ? AND status IN ${OPEN} AND due_at < ?`, g.gridId, now));
      expect(g.open, `grid ${g.gridId} open`).toBe(count(`SELECT count(*) FROM case_file WHERE grid_id = ? AND status IN ${OPEN}`, g.gridId));
      expect(g.supervised).toBe(count(`SELECT count(*) FROM case_file WHERE grid_id = ? AND status IN ${OPEN} AND supervised = 1`, g.gridId));
      expect(g.state).toBe(g.overdue > 0 ? 'overdue' : g.supervised > 0 ? 'supervised' : g.open > 0 ? 'open' : 'calm');
    }
    expect(new Set(s.gridStates.map((g) => g.state)).size).toBeGreaterThan(1);
    expect(s.markers).toHaveLength(count(`SELECT count(*) FROM case_file WHERE status IN ${OPEN}`));
    expect(s.gridStates.reduce((n, g) => n + g.open, 0)).toBe(s.markers.length);
    // The ranking leads with the grids that have the most overdue work.
    const worst = Math.max(...s.gridStates.map((g) => g.overdue));
    expect(s.ranking[0]?.overdue).toBe(worst);
  });

  it('has a 30-day trend, categories, feed and Party figures that match the database', async () => {
    const s = await snapshot();
    expect(s.trend).toHaveLength(30);
    expect(s.trend.at(-1)?.reported).toBe(s.tiles.newToday.value);
    expect(s.trend.at(-1)?.closed).toBe(s.tiles.closedToday.value);
    const firstDay = shanghaiDayStart(shanghaiDayIndex(now) - 29);
    expect(s.trend.reduce((n, d) => n + d.reported, 0)).toBe(count(`SELECT count(*) FROM case_file WHERE status <> 'cancelled' AND reported_at >= ? AND reported_at < ?`, firstDay, now));
    expect(s.trend.reduce((n, d) => n + d.closed, 0)).toBe(count(`SELECT count(*) FROM case_file WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?`, firstDay, now));

    const reported30 = await total(now - 30 * DAY, now);
    expect(s.categories.reduce((n, c) => n + c.reported, 0)).toBe(reported30.reported);
    expect(s.categories.reduce((n, c) => n + c.open, 0)).toBe(s.markers.length);
    expect(s.categories).toHaveLength(count('SELECT count(*) FROM case_category WHERE parent_id IS NULL'));

    expect(s.lastEventId).toBe(count('SELECT max(id) FROM case_event'));
    expect(s.feed.length).toBeGreaterThan(0);
    expect(s.feed[0]!.at).toBe(count('SELECT max(at) FROM case_event'));

    expect(s.party.orgs).toBe(count('SELECT count(*) FROM party_org'));
    expect(s.party.orgsByLevel.reduce((n, l) => n + l.count, 0)).toBe(s.party.orgs);
    expect(s.party.members).toBe(count('SELECT count(*) FROM party_member'));
    expect(s.party.dualRegistered).toBe(count(`SELECT count(*) FROM party_member WHERE dual_report = 'registered'`));
    expect(s.party.tenants).toBe(count('SELECT count(*) FROM tenant'));
    expect(s.party.tenantsCovered).toBe(count('SELECT count(*) FROM tenant WHERE covering_org_id IS NOT NULL'));
    expect(s.party.buildings).toBe(count('SELECT count(DISTINCT building_id) FROM tenant'));
    expect(s.party.buildingsCovered).toBeGreaterThan(0);
    expect(s.party.buildingsCovered).toBeLessThan(s.party.buildings);
  });

  it('narrows the figures to one community, keeping the whole street on the map', async () => {
    const street = await snapshot();
    const community = street.communities[1]!;
    const s = await snapshot({ communityId: community.id });
    expect(s.communityId).toBe(community.id);
    const scope = { kind: 'community', id: community.id };
    const dayStart = shanghaiDayStart(shanghaiDayIndex(now));
    expect(s.tiles.newToday.value).toBe((await total(dayStart, now, scope)).reported);
    expect(s.tiles.onTimeRate.value).toBe((await total(now - 30 * DAY, now, scope)).onTimeRate);
    const queue = await call<CaseQueueResult>('case.queue', { queue: 'overdue', communityId: community.id, limit: 1 });
    expect(s.tiles.overdueOpen.value).toBe(queue.total);
    expect(s.party.orgs).toBe(count('SELECT count(*) FROM party_org WHERE community_id = ?', community.id));
    expect(s.gridStates).toEqual(street.gridStates);
    const grids = new Set(db.prepare('SELECT name FROM grid WHERE community_id = ?').pluck().all(community.id) as string[]);
    for (const r of s.ranking) expect(grids.has(r.gridName)).toBe(true);
  });

  it('keeps the Party figures only until organisations, members, tenants, buildings or grids change, whoever writes them', async () => {
    const community = (await snapshot()).communities[0]!;
    const before = await snapshot({ communityId: community.id });
    const inCommunity = 'JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ?';
    // A writer other than the core (an import, another tool): its changes still reach the wall.
    const paths = dataPaths(dir);
    const w = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
    try {
      const tenant = w.prepare(`SELECT t.id FROM tenant t ${inCommunity} AND t.covering_org_id IS NOT NULL ORDER BY t.id LIMIT 1`).pluck().get(community.id) as number;
      w.prepare('UPDATE tenant SET covering_org_id = NULL WHERE id = ?').run(tenant);
      const street = await snapshot();
      expect(street.party.tenantsCovered).toBe(count('SELECT count(*) FROM tenant WHERE covering_org_id IS NOT NULL'));
      const narrowed = await snapshot({ communityId: community.id });
      expect(narrowed.party.tenantsCovered).toBe(before.party.tenantsCovered - 1);
      expect(narrowed.party.tenantsCovered).toBe(count(`SELECT count(*) FROM tenant t ${inCommunity} AND t.covering_org_id IS NOT NULL`, community.id));

      // A building moved to a grid of another community takes its tenants with it.
      const building = w.prepare(`SELECT b.id FROM tenant t ${inCommunity} ORDER BY b.id LIMIT 1`).pluck().get(community.id) as number;
      const elsewhere = w.prepare('SELECT id FROM grid WHERE community_id <> ? ORDER BY id LIMIT 1').pluck().get(community.id) as number;
      w.prepare('UPDATE building SET grid_id = ? WHERE id = ?').run(elsewhere, building);
      const moved = await snapshot({ communityId: community.id });
      expect(moved.party.tenants).toBe(count(`SELECT count(*) FROM tenant t ${inCommunity}`, community.id));
      expect(moved.party.tenants).toBeLessThan(before.party.tenants);
    } finally {
      w.close();
    }
  });

  it('refuses an unknown community and malformed input', async () => {
    expect(await core.call('wall.snapshot', { communityId: 99_999 }, leader)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('wall.delta', {}, leader)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.call('wall.snapshot', {}, null)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('wall.delta after changes', () => {
  const eventSub = () => categories.filter((c) => c.caseClass === 'event').flatMap((c) => c.children).find((s) => s.limitUnit === 'work_hour')!;
  const act = (input: Record<string, unknown>) => call('case.act', input, dispatcher);

  it('carries a reported case, then its registration, then its close, and the snapshot agrees', async () => {
    const before = await snapshot();
    now += 60_000;
    const reported = await call<CaseReportResult>('case.report', { source: 'patrol', categoryId: eventSub().id, lng: spot[0], lat: spot[1], description: '人行道上有暴露垃圾，影响通行' }, dispatcher);
    // Spans end at now, exclusive: the wall asks a moment after the push, as it does in life.
    now += 1000;

    let d = await delta(before.lastEventId);
    expect(d.feed.map((f) => [f.kind, f.caseId])).toEqual([['report', reported.caseId]]);
    expect(d.feed[0]!.actor).toBe('调度员 王*');
    expect(d.truncated).toBe(false);
    expect(d.markers.map((m) => [m.caseId, m.status])).toEqual([[reported.caseId, 'reported']]);
    expect(d.removedCaseIds).toEqual([]);
    expect(d.tiles.newToday).toBe(before.tiles.newToday.value! + 1);
    expect(d.today.reported).toBe(before.trend.at(-1)!.reported + 1);
    const gridBefore = before.gridStates.find((g) => g.gridId === reported.gridId)!;
    expect(d.gridStates.find((g) => g.gridId === reported.gridId)?.open).toBe(gridBefore.open + 1);
    const lastSeen = d.lastEventId;

    now += 60_000;
    await act({ caseId: reported.caseId, action: 'register' });
    d = await delta(lastSeen);
    expect(d.feed.map((f) => f.kind)).toEqual(['register']);
    expect(d.markers[0]).toMatchObject({ caseId: reported.caseId, status: 'registered' });

    // Work it through to the close: the marker goes, the close counts today.
    const suggestion = await call<HandlerSuggestion>('case.suggest', { caseId: reported.caseId }, dispatcher);
    await act({ caseId: reported.caseId, action: 'dispatch', assignee: { kind: suggestion.suggested.kind, id: suggestion.suggested.id } });
    await act({ caseId: reported.caseId, action: 'accept' });
    await act({ caseId: reported.caseId, action: 'feedback', note: '已清理完毕' });
    now += 60_000;
    // The dispatcher recorded the feedback (代录), so another person verifies it.
    await call('case.act', { caseId: reported.caseId, action: 'verifyPass' }, operator);
    now += 1000;
    d = await delta(d.lastEventId);
    expect(d.feed.map((f) => f.kind)).toEqual(['close', 'feedback', 'accept', 'dispatch']);
    expect(d.markers).toEqual([]);
    expect(d.removedCaseIds).toEqual([reported.caseId]);
    expect(d.tiles.closedToday).toBe(before.tiles.closedToday.value! + 1);

    const after = await snapshot();
    expect(after.lastEventId).toBe(d.lastEventId);
    expect(after.tiles.closedToday.value).toBe(d.tiles.closedToday);
    expect(after.gridStates).toEqual(d.gridStates);
    expect(after.feed[0]).toEqual(d.feed[0]);
  });

  it('turns a grid overdue as time passes, with no event at all', async () => {
    const reported = await call<CaseReportResult>('case.report', { source: 'patrol', categoryId: eventSub().id, lng: spot[0], lat: spot[1], description: '绿化带内堆放建筑垃圾' }, dispatcher);
    await act({ caseId: reported.caseId, action: 'register' });
    const suggestion = await call<HandlerSuggestion>('case.suggest', { caseId: reported.caseId }, dispatcher);
    await act({ caseId: reported.caseId, action: 'dispatch', assignee: { kind: suggestion.suggested.kind, id: suggestion.suggested.id } });
    const s = await snapshot();
    const marker = s.markers.find((m) => m.caseId === reported.caseId)!;
    const overdueBefore = s.gridStates.find((g) => g.gridId === reported.gridId)!.overdue;
    now = marker.dueAt! + 1;
    // Hours pass without a call: the sessions have expired, and signing in again is no case event.
    expect(await core.call('wall.delta', { sinceEventId: s.lastEventId }, leader)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    [leader, dispatcher, operator] = [await signIn('leader'), await signIn('dispatcher'), await signIn('operator')];
    const d = await delta(s.lastEventId);
    expect(d.feed).toEqual([]);
    expect(d.gridStates.find((g) => g.gridId === reported.gridId)).toMatchObject({ overdue: overdueBefore + 1, state: 'overdue' });
    expect(d.tiles.overdueOpen).toBe((await call<StreetSummary>('street.summary', {})).overdueCases);
  });

  it('says truncated when more happened than one delta carries', async () => {
    const d = await delta(0);
    expect(d.truncated).toBe(true);
    expect(d.feed.length).toBeGreaterThan(0);
  });
});

describe('masking: the wall never shows a person in full', () => {
  it('masks actors but keeps departments and system sources readable', () => {
    const departments = new Set(['区城市管理局']);
    expect(maskActor('网格员 张飞东', departments)).toBe('网格员 张**');
    expect(maskActor('居民 刘毅', departments)).toBe('居民 刘*');
    expect(maskActor('调度员 王敏', departments)).toBe('调度员 王*');
    expect(maskActor('王敏', departments)).toBe('王*');
    expect(maskActor('区城市管理局', departments)).toBe('区城市管理局');
    expect(maskActor('12345热线', departments)).toBe('12345热线');
    expect(maskActor('居民 匿名', departments)).toBe('居民 匿名');
  });

  it('no resident, staff, member, tenant or reporter name, phone or ID number appears in any wall answer', async () => {
    // Actions by named app users, so the feed carries their names too.
    const sub = categories.flatMap((c) => c.children)[0]!;
    const r = await call<CaseReportResult>('case.report', { source: 'resident', categoryId: sub.id, lng: spot[0], lat: spot[1], description: '居民反映楼道灯不亮', reporterName: '欧阳明月', reporterPhone: '13912345678' }, dispatcher);
    await call('case.act', { caseId: r.caseId, action: 'supervise', note: '领导督办：请加快处置' }, leader);

    const street = await snapshot();
    const answers: unknown[] = [street, await delta(street.lastEventId - 40), await delta(0)];
    for (const c of street.communities) answers.push(await snapshot({ communityId: c.id }));
    let text = JSON.stringify(answers);

    // Place, category and department names are not personal; take them out first so a
    // two-character name that happens to be part of one (a 网格 named after a family) cannot match.
    const places = [
      ...(db.prepare('SELECT name FROM street UNION SELECT district FROM street UNION SELECT name FROM community UNION SELECT name FROM grid').pluck().all() as string[]),
      ...(db.prepare('SELECT name FROM case_category UNION SELECT name FROM department').pluck().all() as string[]),
    ].sort((a, b) => b.length - a.length);
    for (const p of places) text = text.split(p).join('·');

    const strings = (sql: string) => (db.prepare(sql).pluck().all() as (string | null)[]).filter((s): s is string => typeof s === 'string' && s.length >= 2);
    const names = [
      ...strings('SELECT DISTINCT name FROM resident'),
      ...strings('SELECT DISTINCT name FROM grid_staff'),
      ...strings('SELECT DISTINCT name FROM party_member'),
      ...strings('SELECT DISTINCT secretary_name FROM party_org'),
      ...strings('SELECT DISTINCT legal_rep FROM tenant'),
      ...strings('SELECT DISTINCT reporter_name FROM case_file'),
      // 楼栋工作日 cadres (staff, but named nowhere on a shared screen).
      ...strings('SELECT DISTINCT name FROM cadre'),
      // App users: the name after the role, '调度员 王敏' → '王敏'.
      ...strings(`SELECT DISTINCT substr(display_name, instr(display_name, ' ') + 1) FROM app_user WHERE instr(display_name, ' ') > 0`),
    ];
    const numbers = [
      ...strings('SELECT phone FROM resident'),
      ...strings('SELECT id_number FROM resident'),
      ...strings('SELECT phone FROM grid_staff UNION SELECT phone FROM party_member UNION SELECT secretary_phone FROM party_org'),
      ...strings('SELECT phone FROM tenant UNION SELECT reporter_phone FROM case_file'),
    ];
    expect(names).toContain('欧阳明月');
    expect(names.length).toBeGreaterThan(5000);
    expect(numbers.length).toBeGreaterThan(10_000);
    const leakedNames = [...new Set(names)].filter((n) => text.includes(n));
    const leakedNumbers = [...new Set(numbers)].filter((n) => text.includes(n));
    expect(leakedNames).toEqual([]);
    expect(leakedNumbers).toEqual([]);
    // 楼栋工作日 and 整顿转化 reach the wall as counts: visits this week and plans open now.
    const week = street.party.assessment;
    expect(week.rectifying).toBe(db.prepare("SELECT count(*) FROM rectification_plan WHERE status = 'open'").pluck().get());
    const { from, to } = thisWeek(now);
    expect(week.visits).toBe(db.prepare('SELECT count(*) FROM building_visit WHERE visited_on BETWEEN ? AND ?').pluck().get(from, to));
    expect(week.buildingsVisited).toBeLessThanOrEqual(week.visits);
    // Masked names do appear: people are shown, as 王* and 张**.
    const actors = answers.flatMap((a) => ((a as { feed?: { actor: string }[] }).feed ?? []).map((f) => f.actor));
    expect(actors).toContain('街道领导 陈*');
    expect(actors.some((a) => /^居民 \S\*+$/.test(a) || /^网格员 \S\*+$/.test(a))).toBe(true);
  });
});
