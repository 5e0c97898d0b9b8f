// Workflow integrity through the API on a real encrypted demo street: steps recorded for
// someone else (代录) keep both names, the one who recorded (or was recorded for) a
// feedback may not verify it unless the office allows it, bulk reassign needs a reason,
// and a case's building lies in its grid. Every refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkAssignResult, CaseReportResult, CategoryNode, RecordedCaseDetail } from '../../src/shared/cases';
import type { MapBase, PlaceAt, UserView } from '../../src/shared/views';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { casePlace } from '../../src/main/core/cases/casePlace';
import { putSetting } from '../../src/main/core/settings';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let dir: string;
let remove: () => void;
const tokens: Record<string, string> = {};
const users: Record<string, UserView> = {};
let now = TEST_ANCHOR;
let subcategoryId: number;
let spot: [number, number];

const call = (method: string, input: unknown, who = 'dispatcher') => core.call(method, input, tokens[who]!);
const act = async (input: Record<string, unknown>, who = 'dispatcher') => ok<RecordedCaseDetail>(await call('case.act', input, who));

async function counts(): Promise<Record<string, number>> {
  const db = await openStreetReadonly(dir);
  try {
    const out: Record<string, number> = {};
    for (const t of ['case_file', 'case_event', 'audit_log']) out[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    out.closed = db.prepare("SELECT count(*) FROM case_file WHERE status = 'closed'").pluck().get() as number;
    return out;
  } finally {
    db.close();
  }
}

async function withWritable<T>(fn: (db: Db) => T): Promise<T> {
  const paths = dataPaths(dir);
  const db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** A case dispatched to a department and accepted, waiting for its feedback. */
async function handlingCase(offset: number): Promise<number> {
  const { caseId } = ok<CaseReportResult>(await call('case.report', { source: 'patrol', categoryId: subcategoryId, lng: spot[0] + offset, lat: spot[1], description: '路灯不亮，夜间通行不便' }));
  await act({ caseId, action: 'register' });
  await act({ caseId, action: 'dispatch', assignee: { kind: 'department', id: 1 } });
  await act({ caseId, action: 'accept' });
  return caseId;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => now });
  for (const who of ['admin', 'dispatcher', 'operator']) {
    const unlocked = ok<{ token: string; user: UserView }>(await core.call('auth.unlock', { username: who, password: 'streetops' }, null));
    tokens[who] = unlocked.token;
    users[who] = unlocked.user;
  }
  const categories = ok<CategoryNode[]>(await call('case.categories', {}));
  subcategoryId = categories.flatMap((c) => c.children)[0]!.id;
  const base = ok<MapBase>(await call('map.base', {}));
  spot = base.street.center;
});
afterAll(async () => {
  await core.close();
  remove();
});

describe("代录: steps recorded on someone else's behalf", () => {
  it("marks the desk's handler steps and the evaluation with the recorder and the person, on the timeline", async () => {
    const caseId = await handlingCase(0);
    let c = await act({ caseId, action: 'feedback', note: '已更换灯泡', onBehalfOf: { kind: 'person', name: '维修班 赵工' } });
    c = await act({ caseId, action: 'verifyPass' }, 'operator');
    c = await act({ caseId, action: 'evaluate', satisfaction: 4 }, 'operator');
    const byKind = Object.fromEntries(c.events.map((e) => [e.kind, e]));
    // Accept was recorded by the dispatcher for the assignee (department 1), feedback for the named person.
    expect(byKind.accept).toMatchObject({ actorName: users.dispatcher!.displayName, onBehalfOf: expect.any(String) });
    expect(byKind.accept!.onBehalfOf).not.toBe('');
    expect(byKind.feedback).toMatchObject({ actorName: users.dispatcher!.displayName, onBehalfOf: '维修班 赵工' });
    expect(byKind.evaluate).toMatchObject({ actorName: users.operator!.displayName, onBehalfOf: '居民' });
    // The desk's own steps are its own.
    expect(byKind.register!.onBehalfOf).toBeNull();
    expect(byKind.dispatch!.onBehalfOf).toBeNull();
    expect(byKind.close!.onBehalfOf).toBeNull();
    // Stored, not derived: both names are in the event row.
    const db = await openStreetReadonly(dir);
    const row = db.prepare("SELECT actor_user_id, actor_name, on_behalf_name FROM case_event WHERE case_id = ? AND kind = 'feedback'").get(caseId);
    db.close();
    expect(row).toEqual({ actor_user_id: users.dispatcher!.id, actor_name: users.dispatcher!.displayName, on_behalf_name: '维修班 赵工' });
  });

  it('refuses an unknown account as the person, changing nothing', async () => {
    const caseId = await handlingCase(0.0004);
    const before = await counts();
    expect(err(await call('case.act', { caseId, action: 'feedback', note: '已处理', onBehalfOf: { kind: 'user', id: 99_999 } }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('onBehalfOf.id'),
    });
    expect(await counts()).toEqual(before);
  });
});

describe('verification by the one who recorded the feedback', () => {
  it('is refused for the recorder, with the reason, and changes nothing', async () => {
    const caseId = await handlingCase(0.0008);
    await act({ caseId, action: 'feedback', note: '已处理完毕' });
    const before = await counts();
    for (const action of ['verifyPass', 'verifyFail']) {
      const refusal = err(await call('case.act', { caseId, action, note: '现场核查未通过' }));
      expect(refusal.code).toBe('conflict');
      expect(refusal.message).toMatch(/another person must verify it/);
      expect(refusal.details).toEqual([expect.objectContaining({ path: 'action', reason: 'selfVerify' })]);
    }
    expect(await counts()).toEqual(before);
    expect((await act({ caseId, action: 'verifyPass' }, 'operator')).status).toBe('closed');
  });

  it('is refused for the person it was recorded for', async () => {
    const caseId = await handlingCase(0.0012);
    await act({ caseId, action: 'feedback', note: '已处理完毕', onBehalfOf: { kind: 'user', id: users.dispatcher!.id } }, 'operator');
    const before = await counts();
    expect(err(await call('case.act', { caseId, action: 'verifyPass' }, 'dispatcher')).message).toMatch(/had its feedback recorded for them by/);
    expect(err(await call('case.act', { caseId, action: 'verifyPass' }, 'operator')).message).toMatch(/recorded its feedback for 调度员 王敏/);
    expect(await counts()).toEqual(before);
    expect((await act({ caseId, action: 'verifyPass' }, 'admin')).status).toBe('closed');
  });

  it('is allowed when the office setting workflow.allowSelfVerify is on', async () => {
    const caseId = await handlingCase(0.0016);
    await act({ caseId, action: 'feedback', note: '已处理完毕' });
    await withWritable((db) => putSetting(db, 'workflow.allowSelfVerify', true, users.admin!.id, now));
    try {
      expect((await act({ caseId, action: 'verifyPass' })).status).toBe('closed');
    } finally {
      await withWritable((db) => putSetting(db, 'workflow.allowSelfVerify', false, users.admin!.id, now));
    }
  });
});

describe('bulk reassign', () => {
  it('needs a reason like a single reassign, and carries it to each case', async () => {
    const a = await handlingCase(0.002);
    const b = await handlingCase(0.0024);
    const before = await counts();
    for (const note of [undefined, '', ' ']) {
      const refusal = err(await call('case.bulkAssign', { caseIds: [a, b], assignee: { kind: 'department', id: 2 }, ...(note === undefined ? {} : { note }) }));
      expect(refusal.code).toBe('invalid_input');
      expect(refusal.details?.[0]).toMatchObject({ path: 'note', message: expect.stringMatching(/reason/) });
    }
    expect(await counts()).toEqual(before);
    const result = ok<BulkAssignResult>(await call('case.bulkAssign', { caseIds: [a, b], assignee: { kind: 'department', id: 2 }, note: '责任单位调整' }));
    expect(result.updated).toEqual([a, b]);
    const c = await act({ caseId: a, action: 'supervise', note: '加快处置' }, 'admin');
    expect(c.events.at(-2)).toMatchObject({ kind: 'reassign', note: expect.stringContaining('批量改派：责任单位调整') });
  });
});

describe("a case's building lies in its grid", () => {
  it('refuses a building of another grid than the point, naming both, and stores nothing', async () => {
    const db = await openStreetReadonly(dir);
    const buildings = db.prepare('SELECT id, grid_id, center_lng, center_lat FROM building ORDER BY id').all() as { id: number; grid_id: number; center_lng: number; center_lat: number }[];
    db.close();
    const here = buildings.find((b) => b.grid_id === buildings[0]!.grid_id)!;
    const place = ok<PlaceAt>(await call('place.at', { lng: here.center_lng, lat: here.center_lat }));
    const other = buildings.find((b) => b.grid_id !== place.grid!.id)!;
    const before = await counts();
    const refusal = err(
      await call('case.report', { source: 'patrol', categoryId: subcategoryId, lng: here.center_lng, lat: here.center_lat, buildingId: other.id, description: '楼道堆放杂物' }),
    );
    expect(refusal.code).toBe('invalid_input');
    expect(refusal.message).toMatch(new RegExp(`buildingId: building ${other.id} .* lies in grid .*, but the point lies in grid .*; a case's building must lie in its grid`));
    expect(refusal.details?.[0]).toMatchObject({ path: 'buildingId', reason: 'buildingOutsideGrid' });
    expect(await counts()).toEqual(before);

    // A building of the point's grid is taken, and the grid is the building's.
    const mine = buildings.find((b) => b.grid_id === place.grid!.id)!;
    const reported = ok<CaseReportResult>(
      await call('case.report', { source: 'patrol', categoryId: subcategoryId, lng: here.center_lng, lat: here.center_lat, buildingId: mine.id, description: '楼道堆放杂物' }),
    );
    expect(reported.gridId).toBe(mine.grid_id);
    const check = await openStreetReadonly(dir);
    expect(check.prepare('SELECT building_id, grid_id FROM case_file WHERE id = ?').get(reported.caseId)).toEqual({ building_id: mine.id, grid_id: mine.grid_id });
    check.close();
  });

  it("never takes a neighbouring grid's building on its own", async () => {
    const db = await openStreetReadonly(dir);
    try {
      const box = db.prepare('SELECT min(min_lng) AS w, min(min_lat) AS s, max(max_lng) AS e, max(max_lat) AS n FROM building').get() as { w: number; s: number; e: number; n: number };
      const gridOf = db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck();
      let placed = 0;
      // A lattice of points over the built area: wherever a building is taken, it is in the point's grid.
      for (let i = 0; i < 40; i++) {
        for (let j = 0; j < 40; j++) {
          const lng = box.w + ((box.e - box.w) * (i + 0.5)) / 40;
          const lat = box.s + ((box.n - box.s) * (j + 0.5)) / 40;
          let place: ReturnType<typeof casePlace>;
          try {
            place = casePlace(db, lng, lat);
          } catch {
            continue; // outside every grid
          }
          if (place.building) {
            placed++;
            expect(gridOf.get(place.building.id)).toBe(place.gridId);
          }
        }
      }
      expect(placed).toBeGreaterThan(50);
    } finally {
      db.close();
    }
  });
});
