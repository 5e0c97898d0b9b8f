// The demo street's 三张清单: volumes scaled from Anda's (370 needs, 290 resources, 260 projects
// at scale 1), owners and places that are real communities, grids, units and buildings of the
// street, statuses that follow age (older items mostly finished, recent ones open), histories
// consistent with the statuses, and deterministic from the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/core/db/database';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

let db: Db;
let remove: () => void;
const DAY = 86_400_000;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  db = await openStreetReadonly(copy.dir);
}, 240_000);
afterAll(() => {
  db?.close();
  remove?.();
});

const n = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;

describe('demo 三张清单', () => {
  it('has Anda-like volumes at the test scale (0.05)', () => {
    expect(n("SELECT count(*) FROM party_list_item WHERE kind = 'need'")).toBe(Math.round(370 * 0.05));
    expect(n("SELECT count(*) FROM party_list_item WHERE kind = 'resource'")).toBe(Math.round(290 * 0.05));
    const projects = n("SELECT count(*) FROM party_list_item WHERE kind = 'project'");
    expect(projects).toBeGreaterThanOrEqual(10);
    expect(projects).toBeLessThanOrEqual(13);
  });

  it('places every item at a real building of its community and grid, owned by real sides', () => {
    expect(n('SELECT count(*) FROM party_list_item i JOIN building b ON b.id = i.building_id JOIN grid g ON g.id = b.grid_id WHERE g.id <> i.grid_id OR g.community_id <> i.community_id')).toBe(0);
    expect(n("SELECT count(*) FROM party_list_item WHERE kind = 'need' AND (owner_unit_id IS NOT NULL OR owner_community_id <> community_id)")).toBe(0);
    expect(n("SELECT count(*) FROM party_list_item i JOIN party_org o ON o.id = i.owner_unit_id WHERE o.kind NOT IN ('resident_unit', 'two_new', 'commercial_building', 'market')")).toBe(0);
    expect(n("SELECT count(*) FROM party_list_item WHERE kind = 'project' AND (need_id IS NULL OR resource_id IS NULL)")).toBe(0);
  });

  it('keeps statuses believable: nothing in the future, older items mostly finished, the last month mostly open', () => {
    expect(n('SELECT count(*) FROM party_list_item WHERE published_at >= ? OR coalesce(completed_at, 0) >= ?', TEST_ANCHOR, TEST_ANCHOR)).toBe(0);
    expect(n('SELECT count(*) FROM party_list_event WHERE at >= ?', TEST_ANCHOR)).toBe(0);
    const old = db.prepare("SELECT count(*) AS all_, sum(status IN ('completed', 'evaluated')) AS done FROM party_list_item WHERE kind = 'project' AND published_at < ?").get(TEST_ANCHOR - 180 * DAY) as { all_: number; done: number };
    if (old.all_ > 0) expect(old.done / old.all_).toBeGreaterThan(0.6);
    expect(n("SELECT count(*) FROM party_list_item WHERE status = 'evaluated' AND rating IS NULL")).toBe(0);
    // Each item's status is the last step of its history.
    expect(
      n(`SELECT count(*) FROM party_list_item i WHERE i.status <> (SELECT e.to_status FROM party_list_event e WHERE e.item_id = i.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`),
    ).toBe(0);
  });
});
