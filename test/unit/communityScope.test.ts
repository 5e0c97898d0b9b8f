// A community-scoped account sees and changes only its community, enforced in the core:
// detail calls for another community are refused with a clear message, search, overlays
// and the case queue hold its community only, and case writes elsewhere are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseQueueResult } from '../../src/shared/cases';
import type { OverlayPayload, SearchHit } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let mine: number;
let token: string;
let adminToken: string;
let deskToken: string;
/** One record of each kind in the account's community and one in another. */
let here: Record<'building' | 'grid' | 'tenant' | 'case' | 'facility', number>;
let there: Record<'building' | 'grid' | 'tenant' | 'case' | 'facility' | 'community', number>;
let buildingOf: Map<number, number>;
let thereCenter: [number, number];
let hereCenter: [number, number];
let category: number;
let surname: string;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const db = await openStreetReadonly(copy.dir);
  const pick = (c: number) => {
    const one = (sql: string) => (db.prepare(sql).pluck().get(c) as number) ?? 0;
    return {
      building: one('SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? ORDER BY b.id LIMIT 1'),
      grid: one('SELECT id FROM grid WHERE community_id = ? ORDER BY id LIMIT 1'),
      tenant: one('SELECT t.id FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? LIMIT 1'),
      case: one(`SELECT c.id FROM case_file c JOIN grid g ON g.id = c.grid_id WHERE g.community_id = ? AND c.status IN ('reported', 'registered', 'dispatched', 'handling', 'awaiting_verification') ORDER BY c.id LIMIT 1`),
      facility: one('SELECT f.id FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? LIMIT 1'),
    };
  };
  mine = 1;
  here = pick(mine);
  there = { ...pick(2), community: 2 };
  const center = (id: number) => {
    const b = db.prepare('SELECT center_lng, center_lat FROM building WHERE id = ?').get(id) as { center_lng: number; center_lat: number };
    return [b.center_lng, b.center_lat] as [number, number];
  };
  hereCenter = center(here.building);
  thereCenter = center(there.building);
  buildingOf = new Map((db.prepare('SELECT b.id, g.community_id FROM building b JOIN grid g ON g.id = b.grid_id').raw().all() as [number, number][]).map(([b, c]) => [b, c]));
  category = db.prepare(`SELECT id FROM case_category WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1`).pluck().get() as number;
  // A surname found in both communities, so an unscoped search would show the other one too.
  surname = db
    .prepare(
      `SELECT substr(r.name, 1, 1) AS s FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        GROUP BY s HAVING count(DISTINCT g.community_id) > 1 ORDER BY count(*) DESC LIMIT 1`,
    )
    .pluck()
    .get() as string;
  db.close();
  await addAccounts(
    copy.dir,
    [
      { username: 'community1', role: 'community', communityId: mine },
      // Any role may be scoped: a community's own desk files and dispatches its cases only.
      { username: 'desk1', role: 'dispatcher', communityId: mine },
    ],
    TEST_ANCHOR,
  );
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'community1', password: 'streetops' }, null)).token;
  deskToken = ok<{ token: string }>(await core.call('auth.unlock', { username: 'desk1', password: 'streetops' }, null)).token;
  adminToken = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core?.close();
  remove?.();
});

describe('community scope', () => {
  it('opens its own community and refuses every detail of another, saying why', async () => {
    for (const [method, id] of [
      ['building.detail', here.building],
      ['grid.detail', here.grid],
      ['tenant.detail', here.tenant],
      ['case.detail', here.case],
      ['facility.detail', here.facility],
      ['community.detail', mine],
    ] as const)
      ok(await core.call(method, { id }, token));
    for (const [method, entity, id] of [
      ['building.detail', 'building', there.building],
      ['grid.detail', 'grid', there.grid],
      ['tenant.detail', 'tenant', there.tenant],
      ['case.detail', 'case', there.case],
      ['facility.detail', 'facility', there.facility],
      ['community.detail', 'community', there.community],
    ] as const) {
      expect(err(await core.call(method, { id }, token))).toMatchObject({
        code: 'unauthorized',
        message: `${entity} ${id} lies outside community ${mine}, the only community this account may see or change`,
      });
    }
  });

  it('searches, maps and queues its own community only', async () => {
    const hits = ok<SearchHit[]>(await core.call('search.query', { q: surname, limit: 50 }, token));
    const residents = hits.filter((h) => h.kind === 'resident');
    expect(residents.length).toBeGreaterThan(0);
    for (const h of hits) if (h.buildingId !== null) expect(buildingOf.get(h.buildingId)).toBe(mine);
    const all = ok<SearchHit[]>(await core.call('search.query', { q: surname, limit: 50 }, adminToken));
    expect(all.some((h) => h.buildingId !== null && buildingOf.get(h.buildingId) !== mine)).toBe(true);

    const households = ok<OverlayPayload>(await core.call('map.overlay', { kind: 'households' }, token));
    expect(households.features.features.length).toBeGreaterThan(0);
    for (const f of households.features.features) expect(buildingOf.get((f.properties as { buildingId: number }).buildingId)).toBe(mine);
    const buildings = ok<OverlayPayload>(await core.call('map.overlay', { kind: 'buildings' }, token));
    for (const f of buildings.features.features) expect(buildingOf.get(Number(f.id))).toBe(mine);

    const queue = ok<CaseQueueResult>(await core.call('case.queue', { queue: 'all', limit: 500 }, token));
    expect(queue.items.length).toBeGreaterThan(0);
    const mineNames = new Set(queue.items.map((r) => r.communityName));
    expect(mineNames.size).toBe(1);
    expect(err(await core.call('case.queue', { queue: 'all', communityId: there.community }, token))).toMatchObject({ code: 'unauthorized' });
  });

  it('refuses case writes in another community and allows them in its own', async () => {
    const outside = `case ${there.case} lies outside community ${mine}, the only community this account may see or change`;
    expect(err(await core.call('case.act', { caseId: there.case, action: 'supervise', note: '请加快处理' }, deskToken))).toMatchObject({ code: 'unauthorized', message: outside, details: [{ reason: 'out_of_scope' }] });
    expect(err(await core.call('case.bulkAssign', { caseIds: [here.case, there.case], assignee: { kind: 'department', id: 1 }, note: '统一派遣处理' }, deskToken))).toMatchObject({
      code: 'unauthorized',
      message: outside,
    });
    // Reads that serve a write (who could handle it) are held to the community too.
    expect(err(await core.call('case.suggest', { caseId: there.case }, deskToken))).toMatchObject({ code: 'unauthorized', message: outside });
    expect(err(await core.call('case.assignees', { gridId: there.grid }, deskToken))).toMatchObject({ code: 'unauthorized', details: [{ reason: 'out_of_scope' }] });
    ok(await core.call('case.assignees', { gridId: here.grid }, deskToken));
    const report = { source: 'patrol', categoryId: category, description: '路灯不亮，需要维修' };
    expect(err(await core.call('case.report', { ...report, lng: thereCenter[0], lat: thereCenter[1] }, deskToken))).toMatchObject({
      code: 'unauthorized',
      message: `this account is limited to community ${mine} and may not use a point of community ${there.community}`,
    });
    ok(await core.call('case.report', { ...report, lng: hereCenter[0], lat: hereCenter[1] }, deskToken));
  });
});
