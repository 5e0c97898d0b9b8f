// The indicators (结案率, 按期结案率, 超期未结案数 …) against a street built by hand, whose
// every figure is worked out below in the comments; then a consistency check on the demo
// street (groups add up to the total, rates stay within [0, 1]).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/shared/indicators';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { migrate } from '../../src/main/core/db/migrate';
import { computeIndicators } from '../../src/main/core/indicators/computeIndicators';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';

/** Epoch ms of a 2026 wall-clock time in Shanghai (UTC+8). */
function at(month: number, day: number, hour: number, minute = 0): number {
  return Date.UTC(2026, month - 1, day, hour - 8, minute);
}

/** The period: October 2026, [10-01 00:00, 11-01 00:00) Shanghai time. */
const FROM = at(10, 1, 0);
const TO = at(11, 1, 0);
/** "Now" while October is still running: 10-20 12:00. */
const MID_OCTOBER = at(10, 20, 12);
/** "Now" after October: its figures are judged at 11-01 00:00. */
const LATER = at(11, 20, 10);

const SQUARE = JSON.stringify({ type: 'Polygon', coordinates: [[[106, 29], [106.01, 29], [106.01, 29.01], [106, 29.01], [106, 29]]] });

interface CaseSpec {
  id: number;
  grid: number;
  category: number;
  status: string;
  department?: number;
  staff?: number;
  reported: number;
  dispatched?: number;
  due?: number;
  closed?: number;
  evaluated?: number;
  stars?: number;
  extended?: boolean;
  rework?: number;
}

/**
 * Two communities: 东社区 (id 1) with grids 1 and 2, 西社区 (id 2) with grid 3 (no cases).
 * Departments 1 城管办 (code JD-CGB) and 2 供电所 (code GY-GDS, sorts first).
 * Grid workers 1 (grid 1) and 2 (grid 2). Large categories 1 部件·公用设施 (sub 2 路灯不亮)
 * and 3 事件·市容环境 (sub 4 暴露垃圾).
 */
function buildStreet(db: Db, cases: readonly CaseSpec[]): void {
  const box = [106, 29, 106.01, 29.01];
  db.prepare('INSERT INTO street VALUES (1, ?, ?, ?, ?, ?, 106.005, 29.005, 1.2)').run('500107001', '测试街道', '九龙坡区', '重庆市', SQUARE);
  const community = db.prepare('INSERT INTO community VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)');
  community.run(1, '500107001001', '东社区', SQUARE, ...box);
  community.run(2, '500107001002', '西社区', SQUARE, ...box);
  const grid = db.prepare('INSERT INTO grid VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  grid.run(1, 1, '50010700100101', '东社区第01网格', SQUARE, ...box);
  grid.run(2, 1, '50010700100102', '东社区第02网格', SQUARE, ...box);
  grid.run(3, 2, '50010700100201', '西社区第01网格', SQUARE, ...box);
  const department = db.prepare(`INSERT INTO department (id, code, name, kind, phone) VALUES (?, ?, ?, ?, '023-68000000')`);
  department.run(1, 'JD-CGB', '街道城管办', 'street');
  department.run(2, 'GY-GDS', '供电所', 'utility');
  const staff = db.prepare(`INSERT INTO grid_staff (id, grid_id, role, name, phone) VALUES (?, ?, 'grid_worker', ?, '13800000000')`);
  staff.run(1, 1, '张网格');
  staff.run(2, 2, '李网格');
  const category = db.prepare('INSERT INTO case_category VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  category.run(1, null, 'BJ01', 'component', '公用设施', null, null, null, null);
  category.run(2, 1, 'BJ0108', 'component', '路灯不亮', 2, 'work_day', 1, 'owner');
  category.run(3, null, 'SJ01', 'event', '市容环境', null, null, null, null);
  category.run(4, 3, 'SJ0101', 'event', '暴露垃圾', 4, 'work_hour', 1, 'territory');
  const insert = db.prepare(`
    INSERT INTO case_file (id, code, source, category_id, grid_id, lng, lat, address, description, status,
                           assignee_department_id, assignee_staff_id, rework_count, extended,
                           reported_at, registered_at, dispatched_at, due_at, closed_at, evaluated_at, satisfaction, updated_at)
    VALUES (@id, @code, 'patrol', @category, @grid, 106.005, 29.005, '测试路1号', '测试案件', @status,
            @department, @staff, @rework, @extended, @reported, @dispatched, @dispatched, @due, @closed, @evaluated, @stars, @reported)`);
  for (const c of cases) {
    insert.run({
      id: c.id,
      code: `AJ2026${String(c.id).padStart(7, '0')}`,
      category: c.category,
      grid: c.grid,
      status: c.status,
      department: c.department ?? null,
      staff: c.staff ?? null,
      rework: c.rework ?? 0,
      extended: c.extended ? 1 : 0,
      reported: c.reported,
      dispatched: c.dispatched ?? null,
      due: c.due ?? null,
      closed: c.closed ?? null,
      evaluated: c.evaluated ?? null,
      stars: c.stars ?? null,
    });
  }
}

// Each case says how it counts in October judged at MID_OCTOBER (asOf = 10-20 12:00).
// "falls due" = min(due, closed); handling = closed − dispatched.
const CASES: CaseSpec[] = [
  // c1 grid 1, 暴露垃圾, worker 1: falls due 10-05 12:00 → due; closed on time (12:00 ≤ 13:30);
  // handling 09:30→12:00 = 2.5 h; evaluated 10-06, 5 stars. Reported in October.
  { id: 1, grid: 1, category: 4, staff: 1, status: 'closed', reported: at(10, 5, 9), dispatched: at(10, 5, 9, 30), due: at(10, 5, 13, 30), closed: at(10, 5, 12), evaluated: at(10, 6, 10), stars: 5 },
  // c2 grid 1, 路灯不亮, 城管办: due 10-10 10:00, closed late 10-12 10:00; reworked once;
  // handling 10-08 10:00→10-12 10:00 = 96 h; evaluated 10-13, 3 stars.
  { id: 2, grid: 1, category: 2, department: 1, status: 'closed', reported: at(10, 8, 9), dispatched: at(10, 8, 10), due: at(10, 10, 10), closed: at(10, 12, 10), evaluated: at(10, 13, 9), stars: 3, rework: 1 },
  // c3 grid 2, 暴露垃圾, worker 2: due 10-15 13:30, closed only on 11-03 (after asOf) → open
  // overdue at asOf; its evaluation on 11-04 is outside the period.
  { id: 3, grid: 2, category: 4, staff: 2, status: 'closed', reported: at(10, 15, 9), dispatched: at(10, 15, 9, 30), due: at(10, 15, 13, 30), closed: at(11, 3, 10), evaluated: at(11, 4, 9), stars: 1 },
  // c4 grid 2, 路灯不亮, 供电所: open, due 10-21 10:00 (after asOf) → not due yet; reported.
  { id: 4, grid: 2, category: 2, department: 2, status: 'handling', reported: at(10, 19, 9), dispatched: at(10, 19, 10), due: at(10, 21, 10) },
  // c5 grid 1, 路灯不亮, 城管办, extended: due 10-16 10:00, closed 10-15 10:00 → due and
  // deferred; handling 10-02 10:00→10-15 10:00 = 13 days = 312 h.
  { id: 5, grid: 1, category: 2, department: 1, status: 'closed', extended: true, reported: at(10, 2, 9), dispatched: at(10, 2, 10), due: at(10, 16, 10), closed: at(10, 15, 10) },
  // c6 grid 2, 路灯不亮, 供电所, extended, open past its extended due 10-17 10:00 → due,
  // deferred, overdue open.
  { id: 6, grid: 2, category: 2, department: 2, status: 'handling', extended: true, reported: at(10, 3, 9), dispatched: at(10, 3, 10), due: at(10, 17, 10) },
  // c7 grid 2, 暴露垃圾, worker 2: reworked twice, closed exactly at its due 13:20 → on time;
  // handling 09:20→13:20 = 4 h; not evaluated.
  { id: 7, grid: 2, category: 4, staff: 2, status: 'closed', rework: 2, reported: at(10, 9, 9), dispatched: at(10, 9, 9, 20), due: at(10, 9, 13, 20), closed: at(10, 9, 13, 20) },
  // c8 grid 1, cancelled (作废): counts nowhere, not even as reported.
  { id: 8, grid: 1, category: 4, status: 'cancelled', reported: at(10, 10, 9) },
  // c9 grid 1, all in September (evaluated 09-21, 1 star): counts nowhere.
  { id: 9, grid: 1, category: 4, staff: 1, status: 'closed', reported: at(9, 20, 9), dispatched: at(9, 20, 9, 30), due: at(9, 20, 13, 30), closed: at(9, 20, 11), evaluated: at(9, 21, 9), stars: 1 },
  // c10 grid 1, 路灯不亮, 供电所: reported 09-29 (not reported in October), closed 10-08 15:00
  // before its due 10-09 → falls due in October, on time; handling 09-29 10:00→10-08 15:00
  // = 9 × 24 + 5 = 221 h; evaluated 10-08 20:00, 4 stars.
  { id: 10, grid: 1, category: 2, department: 2, status: 'closed', reported: at(9, 29, 9), dispatched: at(9, 29, 10), due: at(10, 9, 10), closed: at(10, 8, 15), evaluated: at(10, 8, 20), stars: 4 },
  // c11 grid 2, 暴露垃圾, worker 2: closed 09-30 (falls due in September), but evaluated
  // 10-01 09:00 with 2 stars → only its evaluation counts.
  { id: 11, grid: 2, category: 4, staff: 2, status: 'closed', reported: at(9, 30, 9), dispatched: at(9, 30, 9, 30), due: at(9, 30, 13, 30), closed: at(9, 30, 12), evaluated: at(10, 1, 9), stars: 2 },
  // c12 grid 1, 暴露垃圾: reported 10-20 11:00, not registered yet → reported only; no handler.
  { id: 12, grid: 1, category: 4, status: 'reported', reported: at(10, 20, 11) },
  // c13 grid 2, 路灯不亮, 城管办: due 10-21 14:30 but closed 10-20 10:00 → falls due at the
  // close, in the period; on time; handling 10-19 14:30→10-20 10:00 = 19.5 h; 5 stars.
  { id: 13, grid: 2, category: 2, department: 1, status: 'closed', reported: at(10, 19, 14), dispatched: at(10, 19, 14, 30), due: at(10, 21, 14, 30), closed: at(10, 20, 10), evaluated: at(10, 20, 11, 30), stars: 5 },
  // c14 grid 2, 路灯不亮, 供电所: escalated (上报区级), due 10-13 10:00, never closed → overdue open.
  { id: 14, grid: 2, category: 2, department: 2, status: 'escalated', reported: at(10, 11, 9), dispatched: at(10, 11, 10), due: at(10, 13, 10) },
];

type Figures = Omit<IndicatorRow, 'key' | 'kind' | 'id' | 'label'>;
const NOTHING: Figures = {
  reported: 0, due: 0, deferred: 0, closed: 0, closedOnTime: 0, overdueOpen: 0, reworked: 0,
  closeRate: null, onTimeRate: null, reworkRate: null, deferRate: null, avgHandlingHours: null,
  evaluated: 0, satisfaction: null, satisfiedRate: null,
};

// October judged at MID_OCTOBER, by grid:
// grid 1 — c1 c2 c5 c10 c12 (c8 cancelled, c9 September).
//   reported c1 c2 c5 c12 = 4; due c1 c2 c5 c10 = 4; deferred c5 = 1; closed c1 c2 c10 = 3;
//   on time c1 c10 = 2; overdue open 0; reworked c2 = 1.
//   closeRate 3/(4−1) = 1; onTimeRate 2/3; reworkRate 1/4; deferRate 1/4.
//   handling (2.5 + 96 + 312 + 221)/4 = 631.5/4 = 157.875 h.
//   evaluated c1 5★ c2 3★ c10 4★ = 3: mean 12/3 = 4; satisfied (4–5★) 2/3.
const GRID_1: Figures = {
  reported: 4, due: 4, deferred: 1, closed: 3, closedOnTime: 2, overdueOpen: 0, reworked: 1,
  closeRate: 1, onTimeRate: 2 / 3, reworkRate: 0.25, deferRate: 0.25, avgHandlingHours: 157.875,
  evaluated: 3, satisfaction: 4, satisfiedRate: 2 / 3,
};
// grid 2 — c3 c4 c6 c7 c11 c13 c14.
//   reported c3 c4 c6 c7 c13 c14 = 6; due c3 c6 c7 c13 c14 = 5 (c4 not yet); deferred c6 = 1;
//   closed c7 c13 = 2, both on time; overdue open c3 c6 c14 = 3; reworked c7 = 1.
//   closeRate 2/(5−1) = 0.5; onTimeRate 0.5; reworkRate 1/5; deferRate 1/5.
//   handling (4 + 19.5)/2 = 11.75 h. evaluated c11 2★ c13 5★ = 2: mean 3.5; satisfied 1/2.
const GRID_2: Figures = {
  reported: 6, due: 5, deferred: 1, closed: 2, closedOnTime: 2, overdueOpen: 3, reworked: 1,
  closeRate: 0.5, onTimeRate: 0.5, reworkRate: 0.2, deferRate: 0.2, avgHandlingHours: 11.75,
  evaluated: 2, satisfaction: 3.5, satisfiedRate: 0.5,
};
// total = grid 1 + grid 2: reported 10, due 9, deferred 2, closed 5, on time 4, overdue 3,
//   reworked 2; closeRate 5/7; onTimeRate 4/7; reworkRate 2/9; deferRate 2/9;
//   handling (631.5 + 23.5)/6 = 655/6 h; evaluated 5: mean (12 + 7)/5 = 3.8; satisfied 3/5.
const TOTAL: Figures = {
  reported: 10, due: 9, deferred: 2, closed: 5, closedOnTime: 4, overdueOpen: 3, reworked: 2,
  closeRate: 5 / 7, onTimeRate: 4 / 7, reworkRate: 2 / 9, deferRate: 2 / 9, avgHandlingHours: 655 / 6,
  evaluated: 5, satisfaction: 3.8, satisfiedRate: 0.6,
};

function row(key: string, kind: IndicatorRow['kind'], id: number | null, label: string, figures: Figures): IndicatorRow {
  return { key, kind, id, label, ...figures };
}

/** Rates are quotients: compare them to the hand values at floating-point precision. */
function expectRows(actual: IndicatorRow[], expected: IndicatorRow[]): void {
  expect(actual.map((r) => r.key)).toEqual(expected.map((r) => r.key));
  actual.forEach((r, i) => {
    const e = expected[i]!;
    for (const k of Object.keys(e) as (keyof IndicatorRow)[]) {
      const want = e[k];
      if (typeof want === 'number' && !Number.isInteger(want)) expect(r[k], `${r.key}.${k}`).toBeCloseTo(want, 12);
      else expect(r[k], `${r.key}.${k}`).toEqual(want);
    }
    expect(Object.keys(r).sort()).toEqual(Object.keys(e).sort());
  });
}

describe('computeIndicators on a hand-made street', () => {
  let db: Db;
  let dir: { path: string; remove(): void };
  beforeAll(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'fixture.db'), randomBytes(32));
    migrate(db);
    buildStreet(db, CASES);
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });
  const october = { from: FROM, to: TO };

  it('computes every figure of every grid and the total while the period runs', () => {
    expectRows(computeIndicators(db, { ...october, groupBy: 'grid' }, MID_OCTOBER), [
      row('grid:1', 'grid', 1, '东社区第01网格', GRID_1),
      row('grid:2', 'grid', 2, '东社区第02网格', GRID_2),
      // Listed although nothing happened there: a quiet grid is news too.
      row('grid:3', 'grid', 3, '西社区第01网格', NOTHING),
      row('total', 'total', null, '合计', TOTAL),
    ]);
  });

  it('splits by handler: departments, then grid workers; the unassigned c12 only in the total', () => {
    // 供电所 (GY-GDS sorts first) — c4 c6 c10 c14: reported c4 c6 c14 = 3; due c6 c10 c14 = 3;
    //   deferred c6 = 1; closed c10 = 1 on time; overdue c6 c14 = 2; reworked 0.
    //   closeRate 1/(3−1) = 0.5; onTimeRate 0.5; reworkRate 0; deferRate 1/3; handling 221 h;
    //   evaluated c10 4★: mean 4, satisfied 1.
    const power: Figures = {
      reported: 3, due: 3, deferred: 1, closed: 1, closedOnTime: 1, overdueOpen: 2, reworked: 0,
      closeRate: 0.5, onTimeRate: 0.5, reworkRate: 0, deferRate: 1 / 3, avgHandlingHours: 221,
      evaluated: 1, satisfaction: 4, satisfiedRate: 1,
    };
    // 街道城管办 — c2 c5 c13: reported 3; due 3; deferred c5 = 1; closed c2 c13 = 2, on time c13 = 1;
    //   overdue 0; reworked c2 = 1. closeRate 2/2 = 1; onTimeRate 1/2; reworkRate 1/3;
    //   deferRate 1/3; handling (96 + 312 + 19.5)/3 = 142.5 h; evaluated c2 3★ c13 5★: 4, 1/2.
    const cityMgmt: Figures = {
      reported: 3, due: 3, deferred: 1, closed: 2, closedOnTime: 1, overdueOpen: 0, reworked: 1,
      closeRate: 1, onTimeRate: 0.5, reworkRate: 1 / 3, deferRate: 1 / 3, avgHandlingHours: 142.5,
      evaluated: 2, satisfaction: 4, satisfiedRate: 0.5,
    };
    // 张网格 (grid 1) — c1 (c9 is September): 1 reported, due, closed on time; 2.5 h; 5★.
    const worker1: Figures = {
      reported: 1, due: 1, deferred: 0, closed: 1, closedOnTime: 1, overdueOpen: 0, reworked: 0,
      closeRate: 1, onTimeRate: 1, reworkRate: 0, deferRate: 0, avgHandlingHours: 2.5,
      evaluated: 1, satisfaction: 5, satisfiedRate: 1,
    };
    // 李网格 (grid 2) — c3 c7 c11: reported c3 c7 = 2; due c3 c7 = 2; closed c7 = 1 on time;
    //   overdue c3 = 1; reworked c7 = 1. closeRate 1/2; onTimeRate 1/2; reworkRate 1/2;
    //   deferRate 0; handling 4 h; evaluated c11 2★: mean 2, satisfied 0.
    const worker2: Figures = {
      reported: 2, due: 2, deferred: 0, closed: 1, closedOnTime: 1, overdueOpen: 1, reworked: 1,
      closeRate: 0.5, onTimeRate: 0.5, reworkRate: 0.5, deferRate: 0, avgHandlingHours: 4,
      evaluated: 1, satisfaction: 2, satisfiedRate: 0,
    };
    expectRows(computeIndicators(db, { ...october, groupBy: 'handler' }, MID_OCTOBER), [
      row('department:2', 'department', 2, '供电所', power),
      row('department:1', 'department', 1, '街道城管办', cityMgmt),
      row('staff:1', 'staff', 1, '张网格（东社区第01网格）', worker1),
      row('staff:2', 'staff', 2, '李网格（东社区第02网格）', worker2),
      row('total', 'total', null, '合计', TOTAL),
    ]);
    // By department: the same two department rows, and every department is listed.
    expectRows(computeIndicators(db, { ...october, groupBy: 'department' }, MID_OCTOBER), [
      row('department:2', 'department', 2, '供电所', power),
      row('department:1', 'department', 1, '街道城管办', cityMgmt),
      row('total', 'total', null, '合计', TOTAL),
    ]);
    // Scoped to one handler, the total is that handler's row.
    expectRows(computeIndicators(db, { ...october, scope: { kind: 'department', id: 1 } }, MID_OCTOBER), [row('total', 'total', null, '合计', cityMgmt)]);
    expectRows(computeIndicators(db, { ...october, scope: { kind: 'staff', id: 2 } }, MID_OCTOBER), [row('total', 'total', null, '合计', worker2)]);
  });

  it('splits by large category and by community, and honours scopes', () => {
    // 部件·公用设施 — c2 c4 c5 c6 c10 c13 c14: reported c2 c4 c5 c6 c13 c14 = 6;
    //   due c2 c5 c6 c10 c13 c14 = 6; deferred c5 c6 = 2; closed c2 c10 c13 = 3, on time c10 c13 = 2;
    //   overdue c6 c14 = 2; reworked c2 = 1. closeRate 3/4; onTimeRate 2/4; reworkRate 1/6;
    //   deferRate 2/6; handling (96 + 312 + 221 + 19.5)/4 = 162.125 h;
    //   evaluated c2 3★ c10 4★ c13 5★: mean 4, satisfied 2/3.
    const facilities: Figures = {
      reported: 6, due: 6, deferred: 2, closed: 3, closedOnTime: 2, overdueOpen: 2, reworked: 1,
      closeRate: 0.75, onTimeRate: 0.5, reworkRate: 1 / 6, deferRate: 1 / 3, avgHandlingHours: 162.125,
      evaluated: 3, satisfaction: 4, satisfiedRate: 2 / 3,
    };
    // 事件·市容环境 — c1 c3 c7 c11 c12: reported c1 c3 c7 c12 = 4; due c1 c3 c7 = 3; closed c1 c7 = 2,
    //   both on time; overdue c3 = 1; reworked c7 = 1. closeRate 2/3; onTimeRate 2/3;
    //   reworkRate 1/3; deferRate 0; handling (2.5 + 4)/2 = 3.25 h; evaluated c1 5★ c11 2★: 3.5, 1/2.
    const cityscape: Figures = {
      reported: 4, due: 3, deferred: 0, closed: 2, closedOnTime: 2, overdueOpen: 1, reworked: 1,
      closeRate: 2 / 3, onTimeRate: 2 / 3, reworkRate: 1 / 3, deferRate: 0, avgHandlingHours: 3.25,
      evaluated: 2, satisfaction: 3.5, satisfiedRate: 0.5,
    };
    expectRows(computeIndicators(db, { ...october, groupBy: 'category' }, MID_OCTOBER), [
      row('category:1', 'category', 1, '部件·公用设施', facilities),
      row('category:3', 'category', 3, '事件·市容环境', cityscape),
      row('total', 'total', null, '合计', TOTAL),
    ]);
    // A large category and its subcategory select the same cases.
    for (const id of [1, 2]) {
      expectRows(computeIndicators(db, { ...october, scope: { kind: 'category', id }, groupBy: 'category' }, MID_OCTOBER), [
        row('category:1', 'category', 1, '部件·公用设施', facilities),
        row('total', 'total', null, '合计', facilities),
      ]);
    }
    // Both case grids are in 东社区; 西社区 is listed empty.
    expectRows(computeIndicators(db, { ...october, groupBy: 'community' }, MID_OCTOBER), [
      row('community:1', 'community', 1, '东社区', TOTAL),
      row('community:2', 'community', 2, '西社区', NOTHING),
      row('total', 'total', null, '合计', TOTAL),
    ]);
    // A community scope lists only its own grids.
    expectRows(computeIndicators(db, { ...october, scope: { kind: 'community', id: 1 }, groupBy: 'grid' }, MID_OCTOBER), [
      row('grid:1', 'grid', 1, '东社区第01网格', GRID_1),
      row('grid:2', 'grid', 2, '东社区第02网格', GRID_2),
      row('total', 'total', null, '合计', TOTAL),
    ]);
    expectRows(computeIndicators(db, { ...october, scope: { kind: 'grid', id: 2 } }, MID_OCTOBER), [row('total', 'total', null, '合计', GRID_2)]);
  });

  it('judges a finished period at its end, not at now', () => {
    // October judged on 11-20, i.e. at 11-01 00:00:
    //   reported: the same 10.
    //   due: c4 (due 10-21) now fell due too → c1 c2 c3 c4 c5 c6 c7 c10 c13 c14 = 10; deferred c5 c6 = 2.
    //   closed by 11-01, not deferred: c1 c2 c7 c10 c13 = 5 (c3 closed only on 11-03); on time c1 c7 c10 c13 = 4.
    //   overdue open: c3 c4 c6 c14 = 4. reworked c2 c7 = 2.
    //   closeRate 5/(10−2) = 0.625; onTimeRate 4/8 = 0.5; reworkRate 2/10; deferRate 2/10.
    //   handling: same six closed cases, 655/6 h. Evaluations in October: the same 5 (c3's is 11-04).
    expectRows(computeIndicators(db, october, LATER), [
      row('total', 'total', null, '合计', {
        reported: 10, due: 10, deferred: 2, closed: 5, closedOnTime: 4, overdueOpen: 4, reworked: 2,
        closeRate: 0.625, onTimeRate: 0.5, reworkRate: 0.2, deferRate: 0.2, avgHandlingHours: 655 / 6,
        evaluated: 5, satisfaction: 3.8, satisfiedRate: 0.6,
      }),
    ]);
    // A period entirely in the future has nothing in it yet.
    expectRows(computeIndicators(db, { from: TO, to: at(12, 1, 0) }, MID_OCTOBER), [row('total', 'total', null, '合计', NOTHING)]);
    expect(() => computeIndicators(db, { from: TO, to: FROM }, LATER)).toThrow(/from before to/);
  });
});

describe('computeIndicators on the demo street', () => {
  let db: Db;
  let remove: () => void;
  beforeAll(async () => {
    const street = await demoStreetCopy();
    remove = street.remove;
    const paths = dataPaths(street.dir);
    db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
  });
  afterAll(() => {
    db.close();
    remove();
  });

  const COUNTS = ['reported', 'due', 'deferred', 'closed', 'closedOnTime', 'overdueOpen', 'reworked', 'evaluated'] as const;
  const RATES = ['closeRate', 'onTimeRate', 'reworkRate', 'deferRate', 'satisfiedRate'] as const;

  it('per-grid, per-community and per-category rows add up to the street total; rates lie in [0, 1]', () => {
    // The month before the test anchor (2026-11-20): October 2026.
    const query = { from: FROM, to: TO };
    const street = computeIndicators(db, query, TEST_ANCHOR).at(-1)!;
    expect(street.due).toBeGreaterThan(50);
    expect(street.evaluated).toBeGreaterThan(20);
    for (const groupBy of ['grid', 'community', 'category'] as const) {
      const rows = computeIndicators(db, { ...query, groupBy }, TEST_ANCHOR);
      const total = rows.at(-1)!;
      expect(total).toEqual(street);
      const groups = rows.slice(0, -1);
      expect(new Set(groups.map((r) => r.key)).size).toBe(groups.length);
      for (const k of COUNTS) expect(groups.reduce((n, r) => n + r[k], 0), `${groupBy} ${k}`).toBe(total[k]);
      for (const r of rows) {
        for (const k of RATES) {
          const v = r[k];
          if (v !== null) expect(v >= 0 && v <= 1, `${r.key}.${k} = ${v}`).toBe(true);
        }
        if (r.satisfaction !== null) expect(r.satisfaction >= 1 && r.satisfaction <= 5).toBe(true);
        expect(r.closedOnTime).toBeLessThanOrEqual(r.closed);
        // due = closed + overdueOpen + deferred cases closed in time for the period.
        expect(r.closed + r.overdueOpen).toBeLessThanOrEqual(r.due);
        expect(r.closed + r.overdueOpen).toBeGreaterThanOrEqual(r.due - r.deferred);
      }
    }
    // Every grid is listed, and a grid's row is what a query scoped to that grid answers.
    const grids = computeIndicators(db, { ...query, groupBy: 'grid' }, TEST_ANCHOR).slice(0, -1);
    expect(grids.length).toBe(db.prepare('SELECT count(*) FROM grid').pluck().get());
    for (const g of grids.filter((r) => r.due > 0).slice(-3)) {
      const scoped = computeIndicators(db, { ...query, scope: { kind: 'grid', id: g.id! } }, TEST_ANCHOR)[0]!;
      expect({ ...scoped, key: g.key, kind: g.kind, id: g.id, label: g.label }).toEqual(g);
    }
  });
});
