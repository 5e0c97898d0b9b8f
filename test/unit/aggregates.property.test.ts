// The kept case counts (case_day_count, read by aggregates/caseCounts) equal the full
// computation: computeIndicators' total row for 上报数, 应结案数 − 延期数, 按期结案数 and the
// evaluations, and direct scans of case_file for the per-day, per-grid and per-category
// counts the wall, the briefing and the thematic maps read. Random periods (whole and
// partial China-time days) and scopes, with case changes made through the API in between
// (report, register, dispatch, close, cancel) and grid edits that move cases and grids
// between communities (a grid given to another community, two grids merged, undo), on a
// real encrypted demo street. The street and community sums (case_scope_day_count, 0008)
// are checked both through the counts read from them and row by row against
// case_day_count.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult, CategoryNode } from '../../src/shared/cases';
import type { GridEditRecord } from '../../src/shared/gridEdit';
import type { Polygon } from 'geojson';
import { caseCounts, caseCountsBy, type CountScope } from '../../src/main/core/aggregates/caseCounts';
import { shanghaiDayStart, shanghaiDayIndex } from '../../src/main/core/calendar/workCalendar';
import { casesPerDay } from '../../src/main/core/cases/casesPerDay';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { migrate, MIGRATIONS } from '../../src/main/core/db/migrate';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { computeIndicators } from '../../src/main/core/indicators/computeIndicators';
import { ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const DAY = 86_400_000;
let core: CoreHandle;
let db: Db;
let dir: string;
let remove: () => void;
let dispatcher: string;
let operator: string;
let admin: string;
let now = TEST_ANCHOR;
let subcategories: number[];
let spots: [number, number][];
let communities: number[];
let grids: number[];

const call = (method: string, input: unknown, token = dispatcher) => core.call(method, input, token);

async function signIn(): Promise<void> {
  dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  operator = ok<{ token: string }>(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null)).token;
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => now, log: (l) => process.env.CORE_LOG && console.error(l) });
  await signIn();
  subcategories = ok<CategoryNode[]>(await call('case.categories', {})).flatMap((c) => c.children.map((s) => s.id));
  db = await openStreetReadonly(dir);
  // Where cases were reported before: points inside the street, in many grids.
  spots = (db.prepare('SELECT lng, lat FROM case_file ORDER BY id LIMIT 40').raw().all() as [number, number][]).map(([x, y]) => [x, y]);
  communities = db.prepare('SELECT id FROM community ORDER BY id').pluck().all() as number[];
  grids = db.prepare('SELECT id FROM grid ORDER BY id').pluck().all() as number[];
}, 120_000);
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

/** A case change through the API: `pick` chooses among the cases it applies to. */
type Change =
  | { kind: 'report'; spot: number; category: number }
  | { kind: 'register' | 'dispatch' | 'close' | 'cancel' | 'regrid' | 'merge'; pick: number }
  | { kind: 'undo' }
  | { kind: 'wait'; minutes: number };

function caseIn(statuses: string, pick: number): number | undefined {
  const ids = db.prepare(`SELECT id FROM case_file WHERE status IN (${statuses}) ORDER BY id DESC LIMIT 20`).pluck().all() as number[];
  return ids.length ? ids[pick % ids.length] : undefined;
}

/** Grids sharing an edge (two or more boundary vertices), across communities or within one. */
function adjacentPairs(acrossCommunities: boolean): [number, number][] {
  const rows = db.prepare('SELECT id, community_id, boundary FROM grid ORDER BY id').all() as { id: number; community_id: number; boundary: string }[];
  const sets = rows.map((g) => ({ id: g.id, c: g.community_id, v: new Set((JSON.parse(g.boundary) as Polygon).coordinates[0]!.map((p) => `${p[0]},${p[1]}`)) }));
  const pairs: [number, number][] = [];
  for (const a of sets) for (const b of sets) if (a.id < b.id && (a.c !== b.c) === acrossCommunities && [...a.v].filter((k) => b.v.has(k)).length >= 2) pairs.push([a.id, b.id]);
  return pairs;
}

/** A grid edit as an administrator saves it (overlaps or gaps it leaves accepted with a reason); then the grids in scope are read again. */
async function editGrids(ops: unknown[]): Promise<void> {
  ok(await call('grid.save', { ops, override: { reason: '属性测试调整网格' } }, admin));
  grids = db.prepare('SELECT id FROM grid ORDER BY id').pluck().all() as number[];
}

async function apply(c: Change): Promise<void> {
  const act = async (input: Record<string, unknown>, token = dispatcher) => ok(await call('case.act', input, token));
  switch (c.kind) {
    case 'wait':
      now += c.minutes * 60_000;
      // Sessions time out while the clock runs on: sign in again, as a desk would.
      await signIn();
      return;
    case 'report': {
      const [lng, lat] = spots[c.spot % spots.length]!;
      ok<CaseReportResult>(await call('case.report', { source: 'patrol', categoryId: subcategories[c.category % subcategories.length], lng, lat, description: '人行道上有暴露垃圾' }));
      return;
    }
    case 'register': {
      const id = caseIn(`'reported'`, c.pick);
      if (id !== undefined) await act({ caseId: id, action: 'register' });
      return;
    }
    case 'cancel': {
      const id = caseIn(`'reported'`, c.pick);
      if (id !== undefined) await act({ caseId: id, action: 'cancel', note: '重复上报' });
      return;
    }
    case 'dispatch': {
      const id = caseIn(`'registered'`, c.pick);
      if (id !== undefined) await act({ caseId: id, action: 'dispatch', assignee: { kind: 'department', id: 1 } });
      return;
    }
    case 'regrid': {
      // A grid given to the neighbouring community: its kept rows move with it.
      const pairs = adjacentPairs(true);
      const [gridId, other] = pairs[c.pick % pairs.length]!;
      const to = db.prepare('SELECT community_id FROM grid WHERE id = ?').pluck().get(other) as number;
      await editGrids([{ op: 'attributes', gridId, communityId: to }]);
      return;
    }
    case 'merge': {
      // The removed grid's cases move to the kept one; the removed grid is deleted.
      const pairs = adjacentPairs(false);
      const [keepId, removeId] = pairs[c.pick % pairs.length]!;
      await editGrids([{ op: 'merge', keepId, removeId }]);
      return;
    }
    case 'undo': {
      const last = ok<GridEditRecord[]>(await call('grid.history', {}, admin)).find((e) => e.canUndo);
      if (!last) return;
      ok(await call('grid.undo', { editId: last.id }, admin));
      grids = db.prepare('SELECT id FROM grid ORDER BY id').pluck().all() as number[];
      return;
    }
    case 'close': {
      const id = caseIn(`'dispatched'`, c.pick);
      if (id === undefined) return;
      await act({ caseId: id, action: 'accept' });
      await act({ caseId: id, action: 'feedback', note: '已处理完毕' });
      // Verified by someone other than who recorded the feedback.
      await act({ caseId: id, action: 'verifyPass' }, operator);
      await act({ caseId: id, action: 'evaluate', satisfaction: 1 + (c.pick % 5) });
      return;
    }
  }
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('report' as const), spot: fc.nat(), category: fc.nat() }),
  fc.record({ kind: fc.constantFrom('register' as const, 'dispatch' as const, 'close' as const, 'cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }) }),
  fc.record({ kind: fc.constantFrom('regrid' as const, 'merge' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
);

/** case_scope_day_count equals case_day_count summed per day and 大类, for the street (0) and per grid's community now; zero rows aside. */
function checkScopeSums(): void {
  const sums = (sql: string) => db.prepare(`SELECT * FROM (${sql}) WHERE reported OR closed OR assessed OR on_time OR evaluated OR satisfied OR stars ORDER BY 1, 2, 3`).raw().all();
  const cols = 'sum(reported) AS reported, sum(closed) AS closed, sum(assessed) AS assessed, sum(on_time) AS on_time, sum(evaluated) AS evaluated, sum(satisfied) AS satisfied, sum(stars) AS stars';
  const large = 'COALESCE(cat.parent_id, x.category_id)';
  const kept = sums('SELECT community_id, day, category_id, reported, closed, assessed, on_time, evaluated, satisfied, stars FROM case_scope_day_count');
  const full = sums(`SELECT 0 AS c, x.day, ${large} AS k, ${cols} FROM case_day_count x JOIN case_category cat ON cat.id = x.category_id GROUP BY 2, 3
                     UNION ALL
                     SELECT g.community_id, x.day, ${large}, ${cols} FROM case_day_count x JOIN grid g ON g.id = x.grid_id JOIN case_category cat ON cat.id = x.category_id GROUP BY 1, 2, 3`);
  expect(kept.length).toBeGreaterThan(100);
  expect(kept).toEqual(full);
}

/** A period ending by now (so computeIndicators judges it at its end): whole days, or any millisecond. */
// Mostly periods that reach the last few days, where the changes above land; some long past.
const period = fc.record({ endDaysAgo: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })), days: fc.integer({ min: 0, max: 120 }), cutFrom: fc.nat(DAY - 1), cutTo: fc.nat(DAY - 1), whole: fc.boolean() });

const scopeOf = fc.record({ kind: fc.constantFrom('street' as const, 'community' as const, 'grid' as const), pick: fc.nat() });

function toScope(s: { kind: 'street' | 'community' | 'grid'; pick: number }): CountScope {
  if (s.kind === 'street') return { kind: 'street' };
  const ids = s.kind === 'community' ? communities : grids;
  return { kind: s.kind, id: ids[s.pick % ids.length]! };
}

/** The same cases as SQL over cf and g, for the direct scans. */
function scopeWhere(s: CountScope): { where: string; params: Record<string, unknown> } {
  if (s.kind === 'street') return { where: '1', params: {} };
  return { where: s.kind === 'community' ? 'g.community_id = @scopeId' : 'cf.grid_id = @scopeId', params: { scopeId: s.id } };
}

function check(p: { endDaysAgo: number; days: number; cutFrom: number; cutTo: number; whole: boolean }, s: CountScope): void {
  const lastDay = shanghaiDayIndex(now) - p.endDaysAgo;
  let from = shanghaiDayStart(lastDay - p.days);
  let to = Math.min(now, shanghaiDayStart(lastDay + 1));
  if (!p.whole) {
    from += p.cutFrom;
    to = Math.min(now, shanghaiDayStart(lastDay) + p.cutTo);
  }
  if (!(from < to)) return;
  const kept = caseCounts(db, from, to, s);
  const full = computeIndicators(db, { from, to, scope: s }, now).at(-1)!;
  const figures = { reported: kept.reported, assessed: kept.assessed, onTime: kept.onTime, evaluated: kept.evaluated };
  expect(figures).toEqual({ reported: full.reported, assessed: full.due - full.deferred, onTime: full.closedOnTime, evaluated: full.evaluated });
  expect(kept.evaluated > 0 ? kept.satisfied / kept.evaluated : null).toBe(full.satisfiedRate);

  // Per day: the wall's and the briefing's trend queries, as they were before the kept counts.
  const { where, params } = scopeWhere(s);
  const byDay = caseCountsBy(db, from, to, s, 'day');
  const reported = casesPerDay(db, { column: 'reported_at', from, to, where: `cf.status <> 'cancelled' AND ${where}`, params });
  const closedWall = casesPerDay(db, { column: 'closed_at', from, to, where: `+cf.status = 'closed' AND ${where}`, params });
  const closedBriefing = casesPerDay(db, { column: 'closed_at', from, to, where: `cf.status <> 'cancelled' AND ${where}`, params });
  const pick = (m: Map<number, number>) => [...m].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const keptBy = (k: 'reported' | 'closed') => [...byDay].map(([d, c]): [number, number] => [d, c[k]]).filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  expect(keptBy('reported')).toEqual(pick(reported));
  expect(keptBy('closed')).toEqual(pick(closedWall));
  expect(keptBy('closed')).toEqual(pick(closedBriefing));

  // Per grid (the thematic map's 千人案件数) and per large category (the wall's categories).
  const scan = (key: string) =>
    new Map(
      db
        .prepare(
          `SELECT ${key} AS k, count(*) AS n FROM case_file cf JOIN grid g ON g.id = cf.grid_id JOIN case_category cat ON cat.id = cf.category_id
            WHERE cf.reported_at >= @from AND cf.reported_at < @to AND cf.status <> 'cancelled' AND ${where} GROUP BY 1`,
        )
        .raw()
        .all({ from, to, ...params }) as [number, number][],
    );
  const reportedOf = (m: Map<number, { reported: number }>) => new Map([...m].map(([k, c]): [number, number] => [k, c.reported]).filter(([, n]) => n > 0));
  expect(reportedOf(caseCountsBy(db, from, to, s, 'grid'))).toEqual(scan('cf.grid_id'));
  expect(reportedOf(caseCountsBy(db, from, to, s, 'category'))).toEqual(scan('COALESCE(cat.parent_id, cat.id)'));
}

describe('kept case counts', () => {
  it('equal the full computation on random periods and scopes, with case changes in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 5 }), fc.array(fc.tuple(period, scopeOf), { minLength: 1, maxLength: 3 }), async (changes, queries) => {
        for (const c of changes) await apply(c);
        for (const [p, s] of queries) check(p, toScope(s));
        checkScopeSums();
      }),
      { seed: 20261120, numRuns: 30 },
    );
  }, 300_000);

  it('have their street and community sums backfilled from the kept rows when 0008 runs', async () => {
    const paths = dataPaths(dir);
    const w = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
    try {
      const rows = () => w.prepare('SELECT * FROM case_scope_day_count WHERE reported OR closed OR assessed OR on_time OR evaluated OR satisfied OR stars ORDER BY 1, 2, 3').raw().all();
      const before = rows();
      expect(before.length).toBeGreaterThan(100);
      const made = w.prepare(`SELECT type, name FROM sqlite_master WHERE sql LIKE '%case_scope_day_count%' OR sql LIKE '%change_stamp%' OR name = 'case_day_count_grid'`).all() as { type: string; name: string }[];
      for (const m of made.filter((m) => m.type === 'trigger')) w.exec(`DROP TRIGGER ${m.name}`);
      w.exec(`DROP INDEX case_day_count_grid; DROP TABLE case_scope_day_count; DROP TABLE change_stamp;`);
      const later = w.prepare(`SELECT id, applied_at FROM schema_migration WHERE id >= '0008_wall_counts'`).all() as { id: string; applied_at: number }[];
      w.prepare(`DELETE FROM schema_migration WHERE id >= '0008_wall_counts'`).run();
      expect(migrate(w, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.id === '0008_wall_counts') + 1))).toEqual(['0008_wall_counts']);
      w.prepare(`DELETE FROM schema_migration WHERE id >= '0008_wall_counts'`).run();
      for (const m of later) w.prepare('INSERT INTO schema_migration (id, applied_at) VALUES (?, ?)').run(m.id, m.applied_at);
      expect(rows()).toEqual(before);
    } finally {
      w.close();
    }
  });

  it('are backfilled from the cases already there when the migration runs', async () => {
    // Drop what 0007 made on a writable copy and run it again: the backfill alone must give the same rows.
    const paths = dataPaths(dir);
    const w = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
    try {
      const rows = () => w.prepare('SELECT * FROM case_day_count WHERE reported OR closed OR assessed OR on_time OR evaluated OR satisfied OR stars ORDER BY day, grid_id, category_id').raw().all();
      const before = rows();
      expect(before.length).toBeGreaterThan(100);
      w.exec(`DROP TABLE case_day_count; DROP INDEX case_falls_due; DROP INDEX case_evaluated;
              DROP TRIGGER case_day_count_insert; DROP TRIGGER case_day_count_delete; DROP TRIGGER case_day_count_update;
              DELETE FROM schema_migration WHERE id = '0007_case_counts';`);
      // Later migrations stay applied: run the list up to 0007 against the ones before it.
      const later = w.prepare(`SELECT id, applied_at FROM schema_migration WHERE id > '0007_case_counts'`).all() as { id: string; applied_at: number }[];
      w.prepare(`DELETE FROM schema_migration WHERE id > '0007_case_counts'`).run();
      expect(migrate(w, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.id === '0007_case_counts') + 1))).toEqual(['0007_case_counts']);
      for (const m of later) w.prepare('INSERT INTO schema_migration (id, applied_at) VALUES (?, ?)').run(m.id, m.applied_at);
      expect(rows()).toEqual(before);
    } finally {
      w.close();
    }
  });
});
