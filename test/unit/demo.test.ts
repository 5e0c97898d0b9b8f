// The demo street generator against a real encrypted database in a temp dir.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, booleanIntersects, booleanPointInPolygon, booleanWithin, featureCollection, intersect, point, polygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/main/core/calendar/workCalendar';
import { type Db, openDatabase } from '../../src/main/core/db/database';
import { migrate } from '../../src/main/core/db/migrate';
import { DEMO_TABLES, type DemoReport, generateDemoStreet } from '../../src/main/core/demo/generate';
import { IdNumberIssuer } from '../../src/main/core/demo/people';
import { Rng } from '../../src/main/core/demo/rng';
import { UsccIssuer } from '../../src/main/core/demo/tenants';
import { isValidIdNumber } from '../../src/main/core/validation/idNumber';
import { isValidOrgCode, isValidUscc } from '../../src/main/core/validation/uscc';
import { OPEN_CASE_STATUSES, RESIDENT_TAGS } from '../../src/shared/domain';

/** Friday 2026-11-20 15:00 in Shanghai: a working afternoon, so open cases sit in every stage. */
const ANCHOR = Date.UTC(2026, 10, 20, 7, 0);
const SMALL = 0.05;

const dir = mkdtempSync(join(tmpdir(), 'streetops-demo-'));
const opened: Db[] = [];

async function makeStreet(name: string, scale: number, seed: number): Promise<{ db: Db; report: DemoReport }> {
  const db = openDatabase(join(dir, `${name}.db`), randomBytes(32));
  opened.push(db);
  migrate(db);
  const report = await generateDemoStreet(db, { scale, seed, anchor: ANCHOR });
  return { db, report };
}

afterAll(() => {
  for (const db of opened) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface GridRow {
  id: number;
  community_id: number;
  code: string;
  boundary: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}
interface BuildingRow {
  id: number;
  grid_id: number;
  footprint: string;
  has_lift: number;
  floors: number;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

const asPolygon = (json: string): Feature<Polygon> => polygon((JSON.parse(json) as Polygon).coordinates);
const all = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

function tableChecksums(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of [...DEMO_TABLES, 'meta', 'grid_rtree', 'building_rtree']) {
    const hash = createHash('sha256');
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
    out[table] = hash.digest('hex');
  }
  return out;
}

/** Grid polygons covering the street: areas add up, neighbours share edges only, all inside the boundary. */
function expectExactCover(db: Db): void {
  const street = asPolygon(one<{ boundary: string }>(db, 'SELECT boundary FROM street').boundary);
  const grids = all<GridRow>(db, 'SELECT * FROM grid ORDER BY id');
  const polys = new Map(grids.map((g) => [g.id, asPolygon(g.boundary)]));
  const sum = [...polys.values()].reduce((s, p) => s + area(p), 0);
  expect(Math.abs(sum - area(street)) / area(street)).toBeLessThan(0.001);
  const neighbours = all<{ a: number; b: number }>(
    db,
    `SELECT a.id AS a, b.id AS b FROM grid_rtree a JOIN grid_rtree b ON b.id > a.id
       AND b.min_lng <= a.max_lng AND b.max_lng >= a.min_lng AND b.min_lat <= a.max_lat AND b.max_lat >= a.min_lat`,
  );
  expect(neighbours.length).toBeGreaterThan(grids.length);
  for (const { a, b } of neighbours) {
    const overlap = intersect(featureCollection([polys.get(a)!, polys.get(b)!]));
    expect(overlap ? area(overlap) : 0, `grids ${a} and ${b} overlap`).toBeLessThan(1);
  }
  for (const [id, p] of polys) expect(booleanWithin(p, street), `grid ${id} outside the street`).toBe(true);
  // Communities are exactly the union of their grids.
  for (const c of all<{ id: number; boundary: string }>(db, 'SELECT id, boundary FROM community')) {
    const own = grids.filter((g) => g.community_id === c.id).reduce((s, g) => s + area(polys.get(g.id)!), 0);
    expect(Math.abs(own - area(asPolygon(c.boundary))) / own).toBeLessThan(1e-6);
  }
}

/** Every footprint vertex inside the building's own grid and in no other grid (found through the R*Tree). */
function expectBuildingsInOwnGrid(db: Db): void {
  const grids = new Map(all<GridRow>(db, 'SELECT * FROM grid').map((g) => [g.id, asPolygon(g.boundary)]));
  const candidates = db.prepare('SELECT id FROM grid_rtree WHERE min_lng <= ? AND max_lng >= ? AND min_lat <= ? AND max_lat >= ?');
  for (const b of all<BuildingRow>(db, 'SELECT * FROM building')) {
    const ring = (JSON.parse(b.footprint) as Polygon).coordinates[0]!;
    const found = candidates.all(b.max_lng, b.min_lng, b.max_lat, b.min_lat) as { id: number }[];
    expect(found.map((g) => g.id)).toContain(b.grid_id);
    for (const { id } of found) {
      const inside = ring.map((v) => booleanPointInPolygon(point(v), grids.get(id)!, { ignoreBoundary: id !== b.grid_id }));
      expect(inside.every((x) => x === (id === b.grid_id)), `building ${b.id} vs grid ${id}`).toBe(true);
    }
  }
}

describe('number issuers', () => {
  it('never repeats an identity number, even for hundreds of people born the same day', () => {
    const issuer = new IdNumberIssuer('500107');
    const rng = new Rng(7, 'ids');
    const ids = Array.from({ length: 480 }, () => issuer.issue(rng, '1990-01-01', 'F'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isValidIdNumber(id)).toBe(true);
      expect(Number(id[16]) % 2).toBe(0);
    }
  });

  it('issues unique, valid credit codes for firms and individual businesses', () => {
    const issuer = new UsccIssuer();
    const rng = new Rng(7, 'uscc');
    const codes = Array.from({ length: 5000 }, (_, i) => issuer.issue(rng, i % 2 === 0));
    expect(new Set(codes).size).toBe(codes.length);
    for (const [i, code] of codes.entries()) {
      expect(isValidUscc(code)).toBe(true);
      expect(code.slice(0, 2)).toBe(i % 2 === 0 ? '92' : '91');
    }
  });
});

describe('demo street at scale 0.05', () => {
  let db: Db;
  let report: DemoReport;
  beforeAll(async () => {
    ({ db, report } = await makeStreet('small', SMALL, 1));
  });

  it('has a small but complete street, counts in proportion to a real one', () => {
    const c = report.counts;
    expect(c.street).toBe(1);
    expect(c.community).toBeGreaterThanOrEqual(2);
    expect(c.grid).toBeGreaterThanOrEqual(8);
    expect(c.grid).toBeLessThanOrEqual(14);
    expect(c.building).toBeGreaterThanOrEqual(90);
    expect(c.building).toBeLessThanOrEqual(250);
    expect(c.household).toBeGreaterThanOrEqual(3000);
    expect(c.household).toBeLessThanOrEqual(5500);
    expect(c.resident! / c.household!).toBeGreaterThanOrEqual(2.3);
    expect(c.resident! / c.household!).toBeLessThanOrEqual(2.7);
    expect(c.tenant).toBeGreaterThanOrEqual(550);
    expect(c.tenant).toBeLessThanOrEqual(850);
    expect(c.party_member).toBeGreaterThanOrEqual(120);
    expect(c.case_file).toBeGreaterThanOrEqual(1800);
    expect(c.case_file).toBeLessThanOrEqual(2200);
    expect(c.case_event).toBeGreaterThan(5 * c.case_file!);
    expect(c['case_file.open']).toBeGreaterThanOrEqual(3);
    expect(c['case_file.overdue']).toBeGreaterThanOrEqual(1);
    for (const table of ['road', 'land_feature', 'party_org', 'facility', 'grid_staff', 'department', 'case_category']) expect(c[table], table).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) AS n FROM grid_rtree')).toBe(c.grid);
    expect(count(db, 'SELECT count(*) AS n FROM building_rtree')).toBe(c.building);
    expect(count(db, 'SELECT count(*) AS n FROM app_user') + count(db, 'SELECT count(*) AS n FROM audit_log')).toBe(0);
  });

  it('writes the meta keys and codes of the territory', () => {
    const meta = Object.fromEntries(all<{ key: string; value: string }>(db, 'SELECT key, value FROM meta').map((r) => [r.key, r.value]));
    expect(meta).toEqual({ 'demo.seed': '1', 'demo.scale': String(SMALL), 'demo.anchor': String(ANCHOR), 'demo.generatedAt': String(ANCHOR), 'street.name': '九龙街道' });
    expect(one<{ code: string }>(db, 'SELECT code FROM street').code).toBe('500107001');
    for (const c of all<{ code: string }>(db, 'SELECT code FROM community')) expect(c.code).toMatch(/^500107001\d{3}$/);
    for (const g of all<{ code: string; name: string; ccode: string }>(db, 'SELECT g.code, g.name, c.code AS ccode FROM grid g JOIN community c ON c.id = g.community_id')) {
      expect(g.code).toMatch(new RegExp(`^${g.ccode}\\d{2}$`));
      expect(g.name).toMatch(/社区第\d{2}网格$/);
    }
  });

  it('keeps every grid between 300 and 500 households', () => {
    const perGrid = all<{ n: number }>(db, 'SELECT count(h.id) AS n FROM grid g LEFT JOIN building b ON b.grid_id = g.id LEFT JOIN household h ON h.building_id = b.id GROUP BY g.id');
    for (const { n } of perGrid) {
      expect(n).toBeGreaterThanOrEqual(300);
      expect(n).toBeLessThanOrEqual(500);
    }
  });

  it('covers the street with grids: no gap, no overlap', () => {
    expectExactCover(db);
  });

  it('puts every building footprint inside exactly its own grid, with turf.booleanWithin too', () => {
    expectBuildingsInOwnGrid(db);
    const grids = new Map(all<GridRow>(db, 'SELECT * FROM grid').map((g) => [g.id, asPolygon(g.boundary)]));
    for (const b of all<BuildingRow>(db, 'SELECT * FROM building')) {
      const footprint = asPolygon(b.footprint);
      for (const [id, grid] of grids) {
        if (id === b.grid_id) expect(booleanWithin(footprint, grid), `building ${b.id}`).toBe(true);
        else expect(booleanIntersects(footprint, grid), `building ${b.id} touches grid ${id}`).toBe(false);
      }
    }
  });

  it('never lets two building footprints touch', () => {
    const buildings = all<BuildingRow>(db, 'SELECT * FROM building ORDER BY min_lng');
    const polys = buildings.map((b) => asPolygon(b.footprint));
    // Sweep over longitude; only pairs whose bounding boxes meet need the exact test.
    for (let i = 0; i < buildings.length; i++) {
      for (let j = i + 1; j < buildings.length && buildings[j]!.min_lng <= buildings[i]!.max_lng; j++) {
        if (buildings[j]!.min_lat > buildings[i]!.max_lat || buildings[j]!.max_lat < buildings[i]!.min_lat) continue;
        expect(booleanIntersects(polys[i]!, polys[j]!), `buildings ${buildings[i]!.id} and ${buildings[j]!.id}`).toBe(false);
      }
    }
  });

  it('issues valid, unique identity numbers that match birth date and gender', () => {
    const rows = all<{ id_number: string; birth_date: string; gender: string }>(db, 'SELECT id_number, birth_date, gender FROM resident');
    expect(new Set(rows.map((r) => r.id_number)).size).toBe(rows.length);
    for (const r of rows) {
      expect(isValidIdNumber(r.id_number), r.id_number).toBe(true);
      expect(r.id_number.slice(0, 6)).toBe('500107');
      expect(r.id_number.slice(6, 14)).toBe(r.birth_date.replaceAll('-', ''));
      expect(Number(r.id_number[16]) % 2 === 1 ? 'M' : 'F').toBe(r.gender);
    }
  });

  it('issues valid, unique credit codes and puts each tenant inside its building', () => {
    const rows = all<{ uscc: string; lng: number; lat: number; footprint: string; covering_org_id: number | null }>(
      db,
      'SELECT t.uscc, t.lng, t.lat, b.footprint, t.covering_org_id FROM tenant t JOIN building b ON b.id = t.building_id',
    );
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(rows.length);
    for (const r of rows) {
      expect(isValidUscc(r.uscc), r.uscc).toBe(true);
      expect(isValidOrgCode(r.uscc.slice(8, 17)), r.uscc).toBe(true);
      expect(r.uscc).toMatch(/^9[12]500107/);
      expect(booleanPointInPolygon(point([r.lng, r.lat]), asPolygon(r.footprint))).toBe(true);
    }
    const covered = rows.filter((r) => r.covering_org_id !== null).length / rows.length;
    expect(covered).toBeGreaterThan(0.65);
    expect(covered).toBeLessThan(0.85);
  });

  it('makes realistic residents: ageing street, mobile phones for adults, tags by their rules', () => {
    const rows = all<{ birth_date: string; phone: string | null; tags: string; floor: number; has_lift: number; size: number }>(
      db,
      `SELECT r.birth_date, r.phone, r.tags, h.floor, b.has_lift, (SELECT count(*) FROM resident x WHERE x.household_id = h.id) AS size
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id`,
    );
    const age = (birth: string) => (ANCHOR - Date.parse(birth)) / (365.2425 * 86_400_000);
    const over60 = rows.filter((r) => age(r.birth_date) >= 60).length / rows.length;
    expect(over60).toBeGreaterThan(0.17);
    expect(over60).toBeLessThan(0.3);
    for (const r of rows) {
      const a = age(r.birth_date);
      const tags = JSON.parse(r.tags) as string[];
      for (const t of tags) expect(RESIDENT_TAGS).toContain(t);
      if (r.phone !== null) expect(r.phone).toMatch(/^1[3-9]\d{9}$/);
      if (a < 16) expect(r.phone).toBeNull();
      expect(tags.includes('no_lift_elderly')).toBe(Math.floor(a) >= 60 && r.floor >= 4 && r.has_lift === 0);
      if (tags.includes('elderly_alone')) {
        expect(r.size).toBe(1);
        expect(a).toBeGreaterThanOrEqual(70);
      }
    }
    expect(rows.some((r) => r.tags.includes('elderly_alone'))).toBe(true);
    expect(rows.some((r) => r.tags.includes('disabled'))).toBe(true);
  });

  it('builds the four-level Party tree and links resident members both ways', () => {
    const orgs = all<{ id: number; parent_id: number | null; kind: string; level: number }>(db, 'SELECT id, parent_id, kind, level FROM party_org');
    const byId = new Map(orgs.map((o) => [o.id, o]));
    expect(orgs.filter((o) => o.parent_id === null).map((o) => o.kind)).toEqual(['street_committee']);
    expect(orgs.filter((o) => o.kind === 'community_committee').length).toBe(report.counts.community);
    for (const o of orgs) if (o.parent_id !== null) expect(byId.get(o.parent_id)!.level, `org ${o.id}`).toBeLessThan(o.level);
    for (const kind of ['grid_branch', 'building_group', 'resident_unit', 'two_new', 'commercial_building', 'market', 'joint_branch', 'temporary_group']) {
      expect(orgs.some((o) => o.kind === kind), kind).toBe(true);
    }
    expect(count(db, 'SELECT count(*) AS n FROM resident WHERE is_party_member = 1 AND id NOT IN (SELECT resident_id FROM party_member WHERE resident_id IS NOT NULL)')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM party_member m JOIN resident r ON r.id = m.resident_id WHERE r.is_party_member = 0')).toBe(0);
    const residentShare = count(db, 'SELECT count(*) AS n FROM party_member WHERE resident_id IS NOT NULL') / report.counts.party_member!;
    expect(residentShare).toBeGreaterThan(0.6);
    const dual = all<{ dual_report: string; n: number }>(db, "SELECT dual_report, count(*) AS n FROM party_member WHERE category = 'employed' GROUP BY dual_report");
    const registered = dual.find((d) => d.dual_report === 'registered')?.n ?? 0;
    expect(registered / dual.reduce((s, d) => s + d.n, 0)).toBeGreaterThan(0.6);
  });

  it('staffs every grid 11XN', () => {
    const rows = all<{ grid_id: number; role: string; n: number }>(db, 'SELECT grid_id, role, count(*) AS n FROM grid_staff GROUP BY grid_id, role');
    for (let g = 1; g <= report.counts.grid!; g++) {
      const n = (role: string) => rows.find((r) => r.grid_id === g && r.role === role)?.n ?? 0;
      expect(n('grid_head')).toBe(1);
      expect(n('grid_worker')).toBe(1);
      const buildings = count(db, 'SELECT count(*) AS n FROM building b WHERE grid_id = ? AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id)', g);
      expect(n('building_head')).toBe(Math.ceil(buildings / 3));
      expect(n('volunteer')).toBeGreaterThanOrEqual(3);
      expect(n('volunteer')).toBeLessThanOrEqual(8);
    }
    expect(count(db, "SELECT count(*) AS n FROM facility WHERE kind = 'party_service_center'")).toBe(1);
    expect(count(db, "SELECT count(*) AS n FROM facility WHERE kind = 'convenience_station'")).toBe(report.counts.community);
  });

  it('places every case inside its grid', () => {
    const grids = new Map(all<GridRow>(db, 'SELECT * FROM grid').map((g) => [g.id, asPolygon(g.boundary)]));
    const rows = all<{ id: number; grid_id: number; lng: number; lat: number; status: string }>(db, 'SELECT id, grid_id, lng, lat, status FROM case_file');
    expect(rows.some((r) => (OPEN_CASE_STATUSES as readonly string[]).includes(r.status))).toBe(true);
    for (const r of rows) expect(booleanPointInPolygon(point([r.lng, r.lat]), grids.get(r.grid_id)!), `case ${r.id}`).toBe(true);
  });

  it('keeps case histories consistent with the workflow and the case row', () => {
    const rule: Record<string, (from: string | null, to: string) => boolean> = {
      report: (f, t) => f === null && t === 'reported',
      register: (f, t) => f === 'reported' && t === 'registered',
      cancel: (f, t) => f === 'reported' && t === 'cancelled',
      dispatch: (f, t) => f === 'registered' && t === 'dispatched',
      return: (f, t) => f === 'dispatched' && t === 'registered',
      accept: (f, t) => f === 'dispatched' && t === 'handling',
      extend_request: (f, t) => f === 'handling' && t === 'handling',
      extend: (f, t) => f === 'handling' && t === 'handling',
      supervise: (f, t) => f !== null && f === t,
      feedback: (f, t) => f === 'handling' && t === 'awaiting_verification',
      verify_fail: (f, t) => f === 'awaiting_verification' && t === 'handling',
      close: (f, t) => f === 'awaiting_verification' && t === 'closed',
      evaluate: (f, t) => f === 'closed' && t === 'closed',
      suspend: (f, t) => f === 'handling' && t === 'suspended',
      escalate: (f, t) => f === 'handling' && t === 'escalated',
    };
    interface CaseRow {
      id: number;
      code: string;
      status: string;
      reported_at: number;
      registered_at: number | null;
      dispatched_at: number | null;
      due_at: number | null;
      closed_at: number | null;
      satisfaction: number | null;
      evaluated_at: number | null;
      rework_count: number;
      extended: number;
      supervised: number;
      updated_at: number;
      reporter_name: string | null;
      source: string;
      limit_value: number;
      limit_unit: 'work_hour' | 'work_day';
    }
    const cases = all<CaseRow>(db, 'SELECT f.*, c.limit_value, c.limit_unit FROM case_file f JOIN case_category c ON c.id = f.category_id ORDER BY f.id');
    const events = all<{ case_id: number; kind: string; from_status: string | null; to_status: string; at: number; actor_name: string; actor_user_id: number | null }>(
      db,
      'SELECT * FROM case_event ORDER BY case_id, at, id',
    );
    const byCase = new Map<number, typeof events>();
    for (const e of events) {
      const list = byCase.get(e.case_id);
      if (list) list.push(e);
      else byCase.set(e.case_id, [e]);
    }
    const calendar = new WorkCalendar();
    const codes = new Set<string>();
    let previousReport = 0;
    for (const c of cases) {
      expect(c.code).toMatch(/^AJ20\d{6}\d{5}$/);
      codes.add(c.code);
      expect(c.reported_at).toBeGreaterThanOrEqual(previousReport);
      previousReport = c.reported_at;
      expect(c.reported_at).toBeGreaterThanOrEqual(ANCHOR - 366 * 86_400_000);
      const list = byCase.get(c.id)!;
      expect(list[0]!.kind).toBe('report');
      expect(list[0]!.at).toBe(c.reported_at);
      let status: string | null = null;
      for (const e of list) {
        expect(rule[e.kind]?.(e.from_status, e.to_status), `case ${c.code}: ${e.kind} ${e.from_status}→${e.to_status}`).toBe(true);
        expect(e.from_status).toBe(status);
        expect(e.at).toBeLessThan(ANCHOR);
        expect(e.actor_user_id).toBeNull();
        expect(e.actor_name.length).toBeGreaterThan(0);
        status = e.to_status;
      }
      expect(status).toBe(c.status);
      expect(c.updated_at).toBe(list[list.length - 1]!.at);
      expect(c.rework_count).toBe(list.filter((e) => e.kind === 'verify_fail').length);
      expect(c.extended).toBe(list.some((e) => e.kind === 'extend') ? 1 : 0);
      expect(c.supervised).toBe(list.some((e) => e.kind === 'supervise') ? 1 : 0);
      const dispatches = list.filter((e) => e.kind === 'dispatch');
      expect(c.dispatched_at).toBe(dispatches.length ? dispatches[dispatches.length - 1]!.at : null);
      if (c.dispatched_at !== null && !c.extended) expect(c.due_at).toBe(calendar.addWorkingTime(c.dispatched_at, c.limit_value, c.limit_unit));
      // An approved extension moves the due time on from the old one (or from the approval, if later), as the desk's approval does.
      if (c.dispatched_at !== null && c.extended) {
        const approvedAt = list.find((e) => e.kind === 'extend')!.at;
        const oldDue = Math.round(calendar.addWorkingTime(c.dispatched_at, c.limit_value, c.limit_unit));
        expect(c.due_at).toBe(Math.round(calendar.addWorkingTime(Math.max(oldDue, approvedAt), c.limit_value, c.limit_unit)));
      }
      if (c.dispatched_at === null) expect(c.due_at).toBeNull();
      expect(c.closed_at !== null).toBe(list.some((e) => e.kind === 'close'));
      expect(c.satisfaction !== null).toBe(c.evaluated_at !== null);
      if (c.source === 'resident' || c.source === 'hotline') expect(c.reporter_name).not.toBeNull();
    }
    expect(codes.size).toBe(cases.length);
    const statuses = new Set(cases.map((c) => c.status));
    for (const s of ['closed', 'cancelled', 'handling']) expect(statuses, s).toContain(s);
    const closed = cases.filter((c) => c.status === 'closed');
    expect(closed.filter((c) => c.satisfaction !== null).length / closed.length).toBeGreaterThan(0.7);
    expect(cases.some((c) => c.rework_count > 0)).toBe(true);
    const overdueOpen = cases.filter((c) => (OPEN_CASE_STATUSES as readonly string[]).includes(c.status) && c.due_at !== null && c.due_at < ANCHOR);
    expect(overdueOpen.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives identical tables, another seed does not', async () => {
    const again = await makeStreet('again', SMALL, 1);
    const other = await makeStreet('other', SMALL, 2);
    const base = tableChecksums(db);
    expect(tableChecksums(again.db)).toEqual(base);
    const differ = Object.entries(tableChecksums(other.db)).filter(([t, h]) => base[t] !== h).map(([t]) => t);
    for (const t of ['grid', 'building', 'resident', 'tenant', 'case_file', 'case_event']) expect(differ).toContain(t);
  });

  it('reports progress up to 1 and stops with an AbortError when aborted', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const db2 = openDatabase(join(dir, 'aborted.db'), randomBytes(32));
    opened.push(db2);
    migrate(db2);
    const run = generateDemoStreet(db2, {
      scale: SMALL,
      seed: 3,
      anchor: ANCHOR,
      signal: controller.signal,
      onProgress: (f, stage) => {
        seen.push(f);
        if (stage === 'residents') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBeGreaterThan(0);
    expect(count(db2, 'SELECT count(*) AS n FROM case_file')).toBe(0);

    const fractions: number[] = [];
    const db3 = openDatabase(join(dir, 'progress.db'), randomBytes(32));
    opened.push(db3);
    migrate(db3);
    await generateDemoStreet(db3, { scale: SMALL, seed: 3, anchor: ANCHOR, onProgress: (f) => fractions.push(f) });
    expect(fractions[fractions.length - 1]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });
});

describe('demo street at scale 1', () => {
  it('has the size of a real street and covers it exactly', { timeout: 240_000 }, async () => {
    const { db, report } = await makeStreet('full', 1, 0);
    const c = report.counts;
    console.info(`scale 1 generated in ${report.ms} ms`, JSON.stringify(c));
    expect(c.community).toBe(10);
    expect(c.grid).toBeGreaterThanOrEqual(150);
    expect(c.grid).toBeLessThanOrEqual(250);
    expect(c.building).toBeGreaterThanOrEqual(2500);
    expect(c.building).toBeLessThanOrEqual(3500);
    expect(c.household).toBeGreaterThanOrEqual(70_000);
    expect(c.household).toBeLessThanOrEqual(90_000);
    expect(c.resident).toBeGreaterThanOrEqual(180_000);
    expect(c.resident).toBeLessThanOrEqual(220_000);
    expect(c.tenant).toBeGreaterThanOrEqual(12_000);
    expect(c.tenant).toBeLessThanOrEqual(16_000);
    expect(c.party_member).toBeGreaterThanOrEqual(3000);
    expect(c.case_file).toBeGreaterThanOrEqual(35_000);
    expect(c.case_file).toBeLessThanOrEqual(45_000);
    expect(c['case_file.open']).toBeGreaterThanOrEqual(100);
    expect(c['case_file.open']).toBeLessThanOrEqual(1000);
    expect(c['case_file.overdue']).toBeGreaterThan(0);
    const branches = count(db, "SELECT count(*) AS n FROM party_org WHERE kind IN ('grid_branch', 'estate_branch')");
    expect(branches).toBeGreaterThanOrEqual(70);
    expect(branches).toBeLessThanOrEqual(110);
    const nonTerritorial = count(db, "SELECT count(*) AS n FROM party_org WHERE kind NOT IN ('street_committee', 'community_committee', 'grid_branch', 'estate_branch', 'building_group')");
    expect(nonTerritorial).toBeGreaterThanOrEqual(70);
    expect(nonTerritorial).toBeLessThanOrEqual(90);
    const perGrid = all<{ n: number }>(db, 'SELECT count(h.id) AS n FROM grid g LEFT JOIN building b ON b.grid_id = g.id LEFT JOIN household h ON h.building_id = b.id GROUP BY g.id');
    for (const { n } of perGrid) {
      expect(n).toBeGreaterThanOrEqual(300);
      expect(n).toBeLessThanOrEqual(500);
    }
    const km2 = one<{ area_km2: number }>(db, 'SELECT area_km2 FROM street').area_km2;
    expect(km2).toBeGreaterThan(8);
    expect(km2).toBeLessThan(10.5);
    expectExactCover(db);
    expectBuildingsInOwnGrid(db);
  });
});
