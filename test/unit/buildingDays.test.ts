// 楼栋工作日 against a real encrypted demo street: an administrator keeps a cadre and their share
// (a whole grid), the leader records their own visit whose problem becomes a 领导交办 case, the
// visits map of a period turns that building visited, the leader's overdue list, and the
// refusals (a building outside the share, a future day, another cadre's visit, the wrong role,
// another community), each typed and changing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadreView, MyBuildingDays, VisitMap, VisitView } from '../../src/shared/buildingDays';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

let core: StreetCore;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
const call = (method: string, input: unknown, who = 'admin') => core.call(method, input, tokens[who]!);
const state = () => ({
  visits: db.prepare('SELECT count(*) FROM building_visit').pluck().get(),
  problems: db.prepare('SELECT count(*) FROM building_visit_problem').pluck().get(),
  cases: db.prepare('SELECT count(*) FROM case_file').pluck().get(),
  held: db.prepare("SELECT group_concat(cadre_id || ':' || building_id || ':' || coalesce(released_on, '-'), ',') FROM cadre_building").pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
});
const refused = (method: string, input: unknown, who = 'admin') => expectRefusal(method, () => call(method, input, who), state);
let grid: { id: number; community: number; buildings: number[] };
let category: number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const u of ['admin', 'community', 'leader', 'dispatcher']) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  // A grid nobody holds yet, outside the community account's community.
  const community = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  const g = db
    .prepare(
      `SELECT g.id, g.community_id FROM grid g WHERE g.community_id <> ? AND NOT EXISTS (SELECT 1 FROM building b JOIN cadre_building a ON a.building_id = b.id WHERE b.grid_id = g.id)
          AND (SELECT count(*) FROM building b WHERE b.grid_id = g.id) >= 2 ORDER BY g.id LIMIT 1`,
    )
    .get(community) as { id: number; community_id: number };
  grid = { id: g.id, community: g.community_id, buildings: db.prepare('SELECT id FROM building WHERE grid_id = ? ORDER BY id').pluck().all(g.id) as number[] };
  category = db.prepare("SELECT id FROM case_category WHERE parent_id IS NOT NULL AND code LIKE '%' ORDER BY id LIMIT 1").pluck().get() as number;
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('楼栋工作日', () => {
  it('the demo street: the leader is a cadre with a share and a year of visits', async () => {
    const mine = ok<MyBuildingDays>(await call('buildingDay.mine', {}, 'leader'));
    expect(mine.cadre).not.toBeNull();
    expect(mine.cadre!.buildings).toBeGreaterThan(0);
    expect(mine.cadre!.lastVisitOn).not.toBeNull();
    const visits = db.prepare('SELECT count(*) FROM building_visit').pluck().get() as number;
    expect(visits).toBeGreaterThan(20);
  });

  it('assigns a grid to the leader, records their visit with a problem made a case, and the map turns the building visited', async () => {
    const leaderCadre = ok<MyBuildingDays>(await call('buildingDay.mine', {}, 'leader')).cadre!;
    const period = { from: '2026-11-01', to: '2026-11-20' };
    expect((await refused('buildingDay.assign', { cadreId: leaderCadre.id, gridId: grid.id }, 'leader')).code).toBe('unauthorized');
    const c = ok<CadreView>(await call('buildingDay.assign', { cadreId: leaderCadre.id, gridId: grid.id }));
    expect(c.buildings).toBe(leaderCadre.buildings + grid.buildings.length);
    // Newly assigned: not yet overdue, and not visited on the map.
    let map = ok<VisitMap>(await call('buildingDay.map', period));
    const at = (m: VisitMap, b: number) => m.visits[m.buildingIds.indexOf(b)];
    expect(at(map, grid.buildings[0]!)).toBe(0);
    expect(at(map, grid.buildings[1]!)).toBe(0);

    const v = ok<VisitView>(
      await call(
        'buildingDay.recordVisit',
        { buildingId: grid.buildings[0], visitedOn: '2026-11-20', householdsMet: 6, note: '入户走访', problems: [{ outcome: 'case', summary: '三单元楼道堆放杂物，堵塞通道', categoryId: category }, { outcome: 'note', summary: '居民希望增加休息座椅' }] },
        'leader',
      ),
    );
    expect(v).toMatchObject({ cadreId: leaderCadre.id, buildingId: grid.buildings[0], householdsMet: 6 });
    expect(v.problems.map((p) => p.outcome)).toEqual(['case', 'note']);
    const made = db.prepare('SELECT source, building_id, status, description FROM case_file WHERE id = ?').get(v.problems[0]!.refId) as Record<string, unknown>;
    expect(made).toMatchObject({ source: 'leader', building_id: grid.buildings[0], status: 'reported', description: '三单元楼道堆放杂物，堵塞通道' });
    expect(v.problems[0]!.refCode).toMatch(/\S+/);

    map = ok<VisitMap>(await call('buildingDay.map', period));
    expect(at(map, grid.buildings[0]!)).toBe(1);
    expect(at(map, grid.buildings[1]!)).toBe(0);
    expect(map.visited + map.notVisited).toBe(map.buildingIds.length);
    // A period ending before the building was assigned does not show it at all.
    expect(ok<VisitMap>(await call('buildingDay.map', { from: '2026-11-01', to: '2026-11-19' })).buildingIds).not.toContain(grid.buildings[0]);
    // A community account sees only its community's buildings.
    const scoped = ok<VisitMap>(await call('buildingDay.map', period, 'community'));
    expect(scoped.buildingIds).not.toContain(grid.buildings[0]);
    const audit = db.prepare("SELECT detail FROM audit_log WHERE action = 'buildingDay.visit' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ cadreId: leaderCadre.id, buildingId: grid.buildings[0], problems: ['case', 'note'] });
  });

  it('lists the leader’s overdue buildings once the cycle has passed', async () => {
    const mine = ok<MyBuildingDays>(await call('buildingDay.mine', {}, 'leader'));
    // The grid's buildings were assigned today: none of them is overdue yet.
    for (const b of grid.buildings) expect(mine.overdue.map((o) => o.buildingId)).not.toContain(b);
    expect(mine.overdue.every((o, i, all) => i === 0 || all[i - 1]!.daysOverdue >= o.daysOverdue)).toBe(true);
    expect(mine.nextVisitDay! >= '2026-11-20').toBe(true);
  });

  it('refuses a building outside the share, a future day, another cadre’s visit, the wrong role and another community', async () => {
    const leaderCadre = ok<MyBuildingDays>(await call('buildingDay.mine', {}, 'leader')).cadre!;
    const other = db.prepare('SELECT id FROM cadre WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(leaderCadre.id) as number;
    const outside = db.prepare('SELECT id FROM building WHERE id NOT IN (SELECT building_id FROM cadre_building WHERE cadre_id = ? AND released_on IS NULL) ORDER BY id LIMIT 1').pluck().get(leaderCadre.id) as number;
    const visit = { buildingId: grid.buildings[1], visitedOn: '2026-11-20', householdsMet: 3 };
    expect((await refused('buildingDay.recordVisit', { ...visit, buildingId: outside }, 'leader')).details?.[0]?.reason).toBe('not_assigned');
    expect((await refused('buildingDay.recordVisit', { ...visit, visitedOn: '2026-11-21' }, 'leader')).details?.[0]?.reason).toBe('date_after_today');
    expect((await refused('buildingDay.recordVisit', { ...visit, cadreId: other }, 'leader')).details?.[0]?.reason).toBe('not_own_cadre');
    expect((await refused('buildingDay.recordVisit', { ...visit, cadreId: leaderCadre.id }, 'dispatcher')).code).toBe('unauthorized');
    expect((await refused('buildingDay.recordVisit', { ...visit, cadreId: leaderCadre.id }, 'community')).details?.[0]?.reason).toBe('out_of_scope');
    expect((await refused('buildingDay.recordVisit', { ...visit, problems: [{ outcome: 'case', summary: '没有小类', categoryId: 999999 }] }, 'leader')).code).toBe('invalid_input');
    expect((await refused('buildingDay.recordVisit', { ...visit, problems: [{ outcome: 'need', summary: '不存在的需求', needId: 999999 }] }, 'leader')).details?.[0]?.path).toBe('problems.0.needId');
    // The desk records for a cadre by name.
    const v = ok<VisitView>(await call('buildingDay.recordVisit', { ...visit, cadreId: leaderCadre.id }));
    expect(v.cadreId).toBe(leaderCadre.id);
  });
});

describe('分片包干: one holder per building and tier (领导包片、干部包楼), 改派 releases the other', () => {
  const holders = (building: number) => db.prepare('SELECT cadre_id FROM cadre_building WHERE building_id = ? AND released_on IS NULL ORDER BY cadre_id').pluck().all(building) as number[];

  it('lets a cadre hold a building in a leader’s grid, refuses a second cadre or a second leader naming the holder, and reassigns in one step, audited', async () => {
    const leader = ok<MyBuildingDays>(await call('buildingDay.mine', {}, 'leader')).cadre!;
    // The leader holds the whole grid (given above); another leader of the street and two section staff.
    expect(holders(grid.buildings[0]!)).toEqual([leader.id]);
    const other = ok<CadreView[]>(await call('buildingDay.cadres', {})).find((c) => c.id !== leader.id && ['director', 'deputy'].includes(c.post))!;
    const a = ok<CadreView>(await call('buildingDay.saveCadre', { name: '周晓梅', post: 'section_head', visitWeekday: 3 }));
    const b = ok<CadreView>(await call('buildingDay.saveCadre', { name: '吴建军', post: 'cadre', visitWeekday: 4 }));
    const building = grid.buildings[1]!;

    // 干部包楼 inside 领导包片: allowed.
    ok(await call('buildingDay.assign', { cadreId: a.id, buildingIds: [building] }));
    expect(holders(building)).toEqual([leader.id, a.id].sort((x, y) => x - y));

    // A second cadre on the same building: refused, naming the holder, nothing written.
    const twice = await refused('buildingDay.assign', { cadreId: b.id, buildingIds: [building] });
    expect(twice).toMatchObject({ code: 'conflict', path: 'buildingIds', reason: 'held_by_other' });
    expect(twice.details?.[0]?.params).toMatchObject({ holder: '周晓梅', n: '1' });
    expect(twice.message).toContain('周晓梅');
    // A second leader on the same grid: refused, naming the leader who holds it, for all its buildings.
    const grid2 = await refused('buildingDay.assign', { cadreId: other.id, gridId: grid.id });
    expect(grid2).toMatchObject({ code: 'conflict', path: 'gridId', reason: 'held_by_other' });
    expect(grid2.details?.[0]?.params).toMatchObject({ holder: leader.name, n: String(grid.buildings.length) });

    // 改派: the building moves from a to b in one step; the leader keeps the grid.
    const moved = ok<CadreView>(await call('buildingDay.assign', { cadreId: b.id, buildingIds: [building], reassign: true }));
    expect(moved.buildings).toBe(1);
    expect(holders(building)).toEqual([leader.id, b.id].sort((x, y) => x - y));
    expect(db.prepare('SELECT released_on FROM cadre_building WHERE cadre_id = ? AND building_id = ?').pluck().get(a.id, building)).toBe('2026-11-20');
    const audit = db.prepare("SELECT entity_id AS holder, detail FROM audit_log WHERE action = 'cadre.reassign' ORDER BY id DESC LIMIT 1").get() as { holder: number; detail: string };
    expect(audit.holder).toBe(a.id);
    expect(JSON.parse(audit.detail)).toEqual({ released: 1, buildingIds: [building], to: b.id });

    // A leader's 改派 of a whole grid takes it from the leader who held it, and only from them.
    ok(await call('buildingDay.assign', { cadreId: other.id, gridId: grid.id, reassign: true }));
    for (const x of grid.buildings) expect(holders(x)).not.toContain(leader.id);
    expect(holders(building)).toEqual([other.id, b.id].sort((x, y) => x - y));
  });
});
