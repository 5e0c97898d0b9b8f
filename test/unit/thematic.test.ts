// Thematic maps against the scale-0.05 demo street, through the API: every grid's value
// of every metric agrees with an independent count (correlated subqueries, the resident
// flag for Party members), the legend's classes hold the grids they say, the case heat
// points add up to the period's cases, and bad periods, metrics and classes are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHeat, ThematicGrids, ThematicMetric } from '../../src/shared/thematic';
import { CASE_HEAT_CELL_DEG, THEMATIC_METRICS } from '../../src/shared/thematic';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { classOf } from '../../src/main/core/thematic/classBreaks';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok, err } from '../helpers/apiResult';

const DAY = 86_400_000;
/** Epoch ms of Shanghai midnight on a 2026 date. */
const day = (month: number, date: number) => Date.UTC(2026, month - 1, date, -8);

let core: CoreHandle;
let db: Db;
let remove: () => void;
let leader: string;

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  leader = ok<{ token: string }>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(street.dir);
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

/** One figure per grid, counted the long way: a correlated subquery per grid. */
function perGrid(sql: string, params: Record<string, number> = {}): Map<number, number> {
  const rows = db.prepare(`SELECT g.id, (${sql}) AS n FROM grid g`).all(params) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}
const IN_GRID = 'building_id IN (SELECT id FROM building WHERE grid_id = g.id)';
const HOUSEHOLDS_IN_GRID = `household_id IN (SELECT id FROM household WHERE ${IN_GRID})`;
const OPEN = "status IN ('reported', 'registered', 'dispatched', 'handling', 'awaiting_verification')";

describe('thematic.grids', () => {
  it('gives every grid the independently counted value of every metric', async () => {
    const from = day(8, 1);
    const to = day(11, 1);
    const result = ok<ThematicGrids>(await core.call('thematic.grids', { from, to }, leader));
    expect(result.period).toEqual({ from, to });
    expect(result.at).toBe(TEST_ANCHOR);
    expect(result.layers.map((l) => l.metric)).toEqual([...THEMATIC_METRICS]);
    const gridIds = db.prepare('SELECT id FROM grid ORDER BY code').pluck().all() as number[];
    expect(result.grids.map((g) => g.gridId)).toEqual(gridIds);

    const households = perGrid(`SELECT count(*) FROM household WHERE ${IN_GRID}`);
    const residents = perGrid(`SELECT count(*) FROM resident WHERE ${HOUSEHOLDS_IN_GRID}`);
    const open = perGrid(`SELECT count(*) FROM case_file WHERE grid_id = g.id AND ${OPEN}`);
    const overdue = perGrid(`SELECT count(*) FROM case_file WHERE grid_id = g.id AND ${OPEN} AND due_at < @now`, { now: TEST_ANCHOR });
    const reported = perGrid("SELECT count(*) FROM case_file WHERE grid_id = g.id AND status != 'cancelled' AND reported_at >= @from AND reported_at < @to", { from, to });
    // The resident record's own Party flag: the same people as the member roll's residents.
    const members = perGrid(`SELECT count(*) FROM resident WHERE is_party_member = 1 AND ${HOUSEHOLDS_IN_GRID}`);
    const tenants = perGrid(`SELECT count(*) FROM tenant WHERE ${IN_GRID}`);
    const covered = perGrid(`SELECT count(*) FROM tenant WHERE covering_org_id IS NOT NULL AND ${IN_GRID}`);
    const unclaimed = perGrid("SELECT count(*) FROM party_list_item WHERE grid_id = g.id AND kind = 'need' AND status = 'published' AND project_id IS NULL");

    const expected = (id: number): Record<ThematicMetric, number | null> => {
      const r = residents.get(id)!;
      const t = tenants.get(id)!;
      return {
        households: households.get(id)!,
        residents: r,
        openCases: open.get(id)!,
        overdueCases: overdue.get(id)!,
        casesPer1000: r > 0 ? Math.round(((reported.get(id)! * 1000) / r) * 10) / 10 : null,
        partyMembers: members.get(id)!,
        partyCoverage: t > 0 ? Math.round(((covered.get(id)! * 100) / t) * 10) / 10 : null,
        unclaimedNeeds: unclaimed.get(id)!,
      };
    };
    for (const g of result.grids) expect(g.values, `grid ${g.gridId}`).toEqual(expected(g.gridId));

    // The demo street has something to show in each metric.
    const total = (m: ThematicMetric) => result.grids.reduce((s, g) => s + (g.values[m] ?? 0), 0);
    expect(total('households')).toBe(db.prepare('SELECT count(*) FROM household').pluck().get());
    expect(total('openCases')).toBeGreaterThan(0);
    expect(total('overdueCases')).toBeGreaterThan(0);
    expect(total('partyMembers')).toBeGreaterThan(0);
    // A grid without tenants has no coverage rate rather than 0%.
    const noTenants = [...tenants].filter(([, n]) => n === 0).map(([id]) => id);
    const coverage = result.layers.find((l) => l.metric === 'partyCoverage')!;
    expect(coverage.noData).toBe(noTenants.length);
  });

  it('classes every grid as its legend says, with round breaks between the smallest and largest value', async () => {
    const result = ok<ThematicGrids>(await core.call('thematic.grids', {}, leader));
    for (const layer of result.layers) {
      const values = result.grids.map((g) => g.values[layer.metric]).filter((v): v is number => typeof v === 'number');
      expect(layer.min).toBe(Math.min(...values));
      expect(layer.max).toBe(Math.max(...values));
      expect(layer.counts).toHaveLength(layer.breaks.length + 1);
      const counts = new Array<number>(layer.breaks.length + 1).fill(0);
      for (const v of values) counts[classOf(v, layer.breaks)]! += 1;
      expect(layer.counts, layer.metric).toEqual(counts);
      expect(layer.counts.reduce((a, b) => a + b, 0) + layer.noData).toBe(result.grids.length);
      for (const [i, b] of layer.breaks.entries()) {
        expect(b).toBeGreaterThan(i === 0 ? layer.min! : layer.breaks[i - 1]!);
        expect(b).toBeLessThanOrEqual(layer.max!);
      }
    }
    // Ten grids of 350-490 households: quantile classes, no class empty.
    const households = result.layers.find((l) => l.metric === 'households')!;
    expect(households.breaks).toHaveLength(4);
    expect(households.counts.every((n) => n > 0)).toBe(true);
    expect(households.breaks.every((b) => b % 5 === 0)).toBe(true);
  });

  it('counts cases per 1,000 residents over the last 365 days unless told otherwise, and answers one metric alone', async () => {
    const all = ok<ThematicGrids>(await core.call('thematic.grids', {}, leader));
    expect(all.period).toEqual({ from: TEST_ANCHOR - 365 * DAY, to: TEST_ANCHOR });
    const one = ok<ThematicGrids>(await core.call('thematic.grids', { metric: 'casesPer1000' }, leader));
    expect(one.layers.map((l) => l.metric)).toEqual(['casesPer1000']);
    expect(one.grids.map((g) => Object.keys(g.values))).toEqual(one.grids.map(() => ['casesPer1000']));
    expect(one.grids.map((g) => g.values.casesPer1000)).toEqual(all.grids.map((g) => g.values.casesPer1000));
    const perThousand = one.grids.map((g) => g.values.casesPer1000 ?? 0);
    expect(Math.max(...perThousand)).toBeGreaterThan(0);
  });

  it('refuses bad periods and unknown metrics with specific messages', async () => {
    const details = async (input: unknown) => err(await core.call('thematic.grids', input, leader)).details;
    expect(await details({ from: day(3, 1), to: day(2, 1) })).toEqual([{ path: 'to', message: 'must be after from' }]);
    expect(await details({ from: day(1, 1), to: day(1, 1) })).toEqual([{ path: 'to', message: 'must be after from' }]);
    expect(await details({ from: day(1, 1) - 400 * DAY, to: day(1, 1) })).toEqual([{ path: 'to', message: 'must be at most 366 days after from' }]);
    expect(await details({ from: day(1, 1) })).toEqual([{ path: 'from', message: 'must be given together with to' }]);
    expect((await details({ metric: 'income' }))?.[0]).toMatchObject({ path: 'metric', message: expect.stringContaining('must be one of households') });
    expect(await details({ metric: 'households', colour: 'red' })).toEqual([{ path: 'colour', message: 'is not a known field' }]);
    // A leap year's 366 days are allowed.
    expect(ok<ThematicGrids>(await core.call('thematic.grids', { from: day(1, 1) - 366 * DAY, to: day(1, 1) }, leader)).grids.length).toBeGreaterThan(0);
  });
});

describe('thematic.caseHeat', () => {
  const OCTOBER = { from: day(10, 1), to: day(11, 1) };

  it('sums the period’s cases into cells that add up to the period’s count, by category class', async () => {
    const heat = ok<CaseHeat>(await core.call('thematic.caseHeat', OCTOBER, leader));
    const count = (extra = '') =>
      db
        .prepare(`SELECT count(*) FROM case_file c JOIN case_category k ON k.id = c.category_id WHERE c.reported_at >= @from AND c.reported_at < @to AND c.status != 'cancelled' ${extra}`)
        .pluck()
        .get(OCTOBER) as number;
    expect(heat.total).toBe(count());
    expect(heat.total).toBeGreaterThan(50);
    expect(heat.points.reduce((s, p) => s + p[2], 0)).toBe(heat.total);
    expect(heat.maxWeight).toBe(Math.max(...heat.points.map((p) => p[2])));
    // Fewer points than cases (cells sum nearby ones), each near some case of the period.
    expect(heat.points.length).toBeLessThanOrEqual(heat.total);
    const cases = db.prepare("SELECT lng, lat FROM case_file WHERE reported_at >= @from AND reported_at < @to AND status != 'cancelled'").all(OCTOBER) as { lng: number; lat: number }[];
    // A cell's centre is within half a cell of each case summed into it.
    const half = CASE_HEAT_CELL_DEG / 2 + 1e-6;
    for (const [lng, lat, n] of heat.points.slice(0, 40)) {
      expect(cases.filter((c) => Math.abs(c.lng - lng) <= half && Math.abs(c.lat - lat) <= half)).toHaveLength(n);
    }

    const events = ok<CaseHeat>(await core.call('thematic.caseHeat', { ...OCTOBER, categoryClass: 'event' }, leader));
    const components = ok<CaseHeat>(await core.call('thematic.caseHeat', { ...OCTOBER, categoryClass: 'component' }, leader));
    expect(events.total).toBe(count("AND k.class = 'event'"));
    expect(events.total + components.total).toBe(heat.total);
    expect(events.total).toBeGreaterThan(0);
    expect(components.total).toBeGreaterThan(0);
  });

  it('carries no personal data: numbers only', async () => {
    const heat = ok<CaseHeat>(await core.call('thematic.caseHeat', OCTOBER, leader));
    expect(heat.points.flat().every((v) => typeof v === 'number')).toBe(true);
    expect(Object.keys(heat).sort()).toEqual(['maxWeight', 'period', 'points', 'total']);
  });

  it('refuses backwards, empty and over-long periods and unknown classes', async () => {
    const details = async (input: unknown) => err(await core.call('thematic.caseHeat', input, leader)).details;
    expect(await details({ from: OCTOBER.to, to: OCTOBER.from })).toEqual([{ path: 'to', message: 'must be after from' }]);
    expect(await details({ from: OCTOBER.from, to: OCTOBER.from + 367 * DAY })).toEqual([{ path: 'to', message: 'must be at most 366 days after from' }]);
    expect((await details({ to: OCTOBER.to }))?.[0]?.path).toBe('from');
    expect((await details({ ...OCTOBER, categoryClass: 'weather' }))?.[0]).toMatchObject({ path: 'categoryClass', message: 'must be one of component, event' });
  });
});
