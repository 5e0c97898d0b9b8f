// A grid merge moves what later issues placed in grids: 三张清单 items (by their place), the
// grid that owns a need (to the grid now holding its area) and device alerts (with their
// building); undo puts each back. Before migration 0019 such a save failed on a foreign key
// or on the move log's CHECK, so no grid holding a need could be merged at all.
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import type { Db } from '../../src/main/core/db/database';
import type { GridEditRecord } from '../../src/shared/gridEdit';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

let core: CoreHandle;
let db: Db;
let remove: () => void;
let admin: string;

interface ItemRow {
  id: number;
  grid_id: number;
  owner_grid_id: number | null;
}

const items = (ids: readonly number[]) => db.prepare(`SELECT id, grid_id, owner_grid_id FROM party_list_item WHERE id IN (${ids.join(',')}) ORDER BY id`).all() as ItemRow[];
const alertGrid = (id: number) => db.prepare('SELECT grid_id FROM alert WHERE id = ?').pluck().get(id) as number;

/** Two grids of one community sharing an edge, the second holding a need it owns. */
function mergePair(): { keepId: number; removeId: number } {
  const rows = db.prepare('SELECT id, community_id, boundary FROM grid ORDER BY id').all() as { id: number; community_id: number; boundary: string }[];
  const owners = new Set(db.prepare('SELECT owner_grid_id FROM party_list_item WHERE owner_grid_id IS NOT NULL').pluck().all() as number[]);
  const vertices = (g: { boundary: string }) => new Set((JSON.parse(g.boundary) as Polygon).coordinates[0]!.map((p) => `${p[0]},${p[1]}`));
  for (const b of rows.filter((r) => owners.has(r.id))) {
    const vb = vertices(b);
    const a = rows.find((r) => r.id !== b.id && r.community_id === b.community_id && [...vertices(r)].filter((k) => vb.has(k)).length >= 2);
    if (a) return { keepId: a.id, removeId: b.id };
  }
  throw new Error('the demo street has no grid owning a need beside another grid of its community');
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(street.dir);
}, 120_000);

afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

describe('a grid merge and its undo', () => {
  it('move 三张清单 items, the needs a merged grid owned and its alerts, and put them back', async () => {
    const { keepId, removeId } = mergePair();
    const touched = db.prepare('SELECT id FROM party_list_item WHERE grid_id = ? OR owner_grid_id = ?').pluck().all(removeId, removeId) as number[];
    expect(touched.length).toBeGreaterThan(0);
    const before = items(touched);
    // A device alert at a building of the grid merged away (the fixture row a rule would write).
    const building = db.prepare('SELECT id FROM building WHERE grid_id = ? LIMIT 1').pluck().get(removeId) as number;
    const alertId = await writeAlert(building, removeId);

    ok(await core.call('grid.save', { ops: [{ op: 'merge', keepId, removeId }] }, admin));
    const after = items(touched);
    expect(after.every((r) => r.grid_id !== removeId && r.owner_grid_id !== removeId)).toBe(true);
    // Its area is the kept grid's now: what was placed in it, and what it owned, went there.
    expect(after.filter((r) => before.find((b) => b.id === r.id)!.grid_id === removeId).every((r) => r.grid_id === keepId)).toBe(true);
    expect(after.filter((r) => before.find((b) => b.id === r.id)!.owner_grid_id === removeId).every((r) => r.owner_grid_id === keepId)).toBe(true);
    expect(alertGrid(alertId)).toBe(keepId);

    const last = ok<GridEditRecord[]>(await core.call('grid.history', {}, admin)).find((e) => e.canUndo)!;
    ok(await core.call('grid.undo', { editId: last.id }, admin));
    expect(items(touched)).toEqual(before);
    expect(alertGrid(alertId)).toBe(removeId);
  });
});

/** Writes one open alert through a writable connection of the test's own (the core holds its own). */
async function writeAlert(buildingId: number, gridId: number): Promise<number> {
  const { dataPaths } = await import('../../src/main/core/dataDir');
  const { openDatabase } = await import('../../src/main/core/db/database');
  const { readKeyring, unwrapMasterKey } = await import('../../src/main/core/db/keyring');
  const dir = db.name.replace(/\/[^/]+$/, '');
  const paths = dataPaths(dir);
  const w = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
  try {
    return Number(
      w
        .prepare(`INSERT INTO alert (rule, status, dedupe_key, raised_at, event_at, building_id, grid_id) VALUES ('smoke', 'open', ?, ?, ?, ?, ?)`)
        .run(`test:${buildingId}`, TEST_ANCHOR, TEST_ANCHOR, buildingId, gridId).lastInsertRowid,
    );
  } finally {
    w.close();
  }
}
