// The kept case counts (case_day_count, read by aggregates/caseCounts) equal the full
// computation: computeIndicators' total row for 上报数, 应结案数 − 延期数, 按期结案数 and the
// evaluations, and direct scans of case_file for the per-day, per-grid and per-category
// counts the wall, the briefing and the thematic maps read. Random periods (whole and
// partial China-time days) and scopes, with case changes made through the API in between
// (report, register, dispatch, close, cancel), on a real encrypted demo street.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult, CategoryNode } from '../../src/shared/cases';
import { caseCounts, caseCountsBy, type CountScope } from '../../src/main/core/aggregates/caseCounts';
import { shanghaiDayStart, shanghaiDayIndex } from '../../src/main/core/calendar/workCalendar';
import { casesPerDay } from '../../src/main/core/cases/casesPerDay';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { migrate } from '../../src/main/core/db/migrate';
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
let now = TEST_ANCHOR;
let subcategories: number[];
let spots: [number, number][];
let communities: number[];
let grids: number[];

const call = (method: string, input: unknown, token = dispatcher) => core.call(method, input, token);

async function signIn(): Promise<void> {
  dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  operator = ok<{ token: string }>(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null)).token;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => now });
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
type Change = { kind: 'report'; spot: number; category: number } | { kind: 'register' | 'dispatch' | 'close' | 'cancel'; pick: number } | { kind: 'wait'; minutes: number };

function caseIn(statuses: string, pick: number): number | undefined {
  const ids = db.prepare(`SELECT id FROM case_file WHERE status IN (${statuses}) ORDER BY id DESC LIMIT 20`).pluck().all() as number[];
  return ids.length ? ids[pick % ids.length] : undefined;
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
);

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
      }),
      { seed: 20261120, numRuns: 30 },
    );
  }, 300_000);

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
      expect(migrate(w)).toContain('0007_case_counts');
      expect(rows()).toEqual(before);
    } finally {
      w.close();
    }
  });
});
