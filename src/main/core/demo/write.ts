// Writing the generated street into the database: prepared statements, explicit ids (so
// references are known before rows exist), chunked transactions with a tick between them.
import type { Db } from '../db/database';
import type { BuildingPlan, BranchRoad } from './buildings';
import type { CaseEvent, CaseFile } from './cases';
import { centroid, type Pt, signedArea } from './geometry/planar';
import { bboxOf, lineJson, type LngLat, polygonJson, type Projection } from './geometry/projection';
import type { PartyMember, PartyOrg } from './party';
import type { Household, Resident } from './people';
import { STREET, type StreetPlan } from './plan';
import { type Tick, writeChunked } from './progress';
import type { Facility, Staff } from './staff';
import type { Tenant } from './tenants';

/** Database id of a 0-based plan index. */
const id = (index: number | null): number | null => (index === null ? null : index + 1);
const bit = (b: boolean) => (b ? 1 : 0);

export function writeMeta(db: Db, entries: Record<string, string>): void {
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [k, v] of Object.entries(entries)) insert.run(k, v);
  })();
}

export function writeTerritory(db: Db, plan: StreetPlan, proj: Projection, branchRoads: readonly BranchRoad[]): void {
  const polygon = (ring: readonly Pt[]) => {
    const coords = proj.ring(ring);
    return { json: polygonJson(coords), bbox: bboxOf(coords) };
  };
  db.transaction(() => {
    const boundary = polygon(plan.boundary);
    const [lng, lat] = proj.toLngLat(centroid(plan.boundary));
    db.prepare('INSERT INTO street (id, code, name, district, city, boundary, center_lng, center_lat, area_km2) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      STREET.code,
      STREET.name,
      STREET.district,
      STREET.city,
      boundary.json,
      lng,
      lat,
      Math.round(signedArea(plan.boundary) / 1e4) / 100,
    );
    const community = db.prepare('INSERT INTO community (id, street_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)');
    for (const c of plan.communities) {
      const p = polygon(c.ring);
      community.run(c.index + 1, c.code, c.name, p.json, p.bbox.minLng, p.bbox.minLat, p.bbox.maxLng, p.bbox.maxLat);
    }
    const grid = db.prepare('INSERT INTO grid (id, community_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const gridTree = db.prepare('INSERT INTO grid_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)');
    for (const g of plan.grids) {
      const p = polygon(g.ring);
      grid.run(g.index + 1, g.community + 1, g.code, g.name, p.json, p.bbox.minLng, p.bbox.minLat, p.bbox.maxLng, p.bbox.maxLat);
      gridTree.run(g.index + 1, p.bbox.minLng, p.bbox.maxLng, p.bbox.minLat, p.bbox.maxLat);
    }
    const road = db.prepare('INSERT INTO road (name, kind, geometry) VALUES (?, ?, ?)');
    for (const r of plan.roads) road.run(r.name, r.kind, lineJson(r.points.map((p) => proj.toLngLat(p))));
    for (const r of branchRoads) road.run(r.name, 'branch', lineJson(r.points.map((p) => proj.toLngLat(p))));
    const feature = db.prepare('INSERT INTO land_feature (kind, name, geometry) VALUES (?, ?, ?)');
    feature.run('water', plan.river.name, polygon(plan.river.ring).json);
    for (const park of plan.parks) feature.run('green', park.name, polygon(park.ring).json);
  })();
}

export async function writeBuildings(db: Db, buildings: readonly BuildingPlan[], proj: Projection, tick: Tick): Promise<void> {
  const insert = db.prepare(
    `INSERT INTO building (id, grid_id, code, name, road, house_number, address, floors, use, has_lift, built_year, footprint,
       center_lng, center_lat, min_lng, min_lat, max_lng, max_lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tree = db.prepare('INSERT INTO building_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)');
  const gridCodes = db.prepare('SELECT id, code FROM grid').all() as { id: number; code: string }[];
  const codeOf = new Map(gridCodes.map((g) => [g.id, g.code]));
  await writeChunked(
    db,
    buildings,
    (b) => {
      const ring: LngLat[] = proj.ring(b.footprint);
      const box = bboxOf(ring);
      const [lng, lat] = proj.toLngLat(b.center);
      const bid = b.index + 1;
      insert.run(
        bid,
        b.grid + 1,
        `${codeOf.get(b.grid + 1)!}${String(b.seq).padStart(3, '0')}`,
        b.name,
        b.road,
        b.houseNumber,
        b.address,
        b.floors,
        b.use,
        bit(b.hasLift),
        b.builtYear,
        polygonJson(ring),
        lng,
        lat,
        box.minLng,
        box.minLat,
        box.maxLng,
        box.maxLat,
      );
      tree.run(bid, box.minLng, box.maxLng, box.minLat, box.maxLat);
    },
    tick,
  );
}

export async function writePeople(db: Db, households: readonly Household[], residents: readonly Resident[], tick: Tick): Promise<void> {
  const household = db.prepare('INSERT INTO household (id, building_id, unit, floor, room, address, tenure, head_resident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const resident = db.prepare(
    'INSERT INTO resident (id, household_id, name, gender, birth_date, id_number, phone, relation, tags, is_party_member) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const share = households.length / (households.length + residents.length);
  await writeChunked(
    db,
    households,
    (h) => household.run(h.id, h.building + 1, h.unit, h.floor, h.room, h.address, h.tenure, h.headResidentId),
    (f) => tick(f * share),
    20_000,
  );
  await writeChunked(
    db,
    residents,
    (r) => resident.run(r.id, r.householdId, r.name, r.gender, r.birthDate, r.idNumber, r.phone, r.relation, JSON.stringify(r.tags), bit(r.partyMember)),
    (f) => tick(share + f * (1 - share)),
    20_000,
  );
}

export function writeParty(db: Db, orgs: readonly PartyOrg[], members: readonly PartyMember[], proj: Projection): void {
  const org = db.prepare(
    `INSERT INTO party_org (id, parent_id, code, name, kind, level, community_id, grid_id, building_id, secretary_name, secretary_phone,
       lng, lat, rating, under_rectification, founded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const member = db.prepare('INSERT INTO party_member (id, org_id, resident_id, name, gender, phone, category, dual_report, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const o of orgs) {
      const [lng, lat] = proj.toLngLat(o.point);
      org.run(o.id, o.parentId, o.code, o.name, o.kind, o.level, id(o.community), id(o.grid), id(o.building), o.secretaryName, o.secretaryPhone, lng, lat, o.rating, bit(o.underRectification), o.foundedOn);
    }
    for (const m of members) member.run(m.id, m.orgId, m.residentId, m.name, m.gender, m.phone, m.category, m.dualReport, m.joinedOn);
  })();
}

export async function writeTenants(db: Db, tenants: readonly Tenant[], proj: Projection, tick: Tick): Promise<void> {
  const insert = db.prepare(
    `INSERT INTO tenant (id, building_id, name, category, uscc, legal_rep, phone, employees, party_members, covering_org_id, credit_grade, floor, lng, lat)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  await writeChunked(
    db,
    tenants,
    (t) => {
      const [lng, lat] = proj.toLngLat(t.point);
      insert.run(t.id, t.building + 1, t.name, t.category, t.uscc, t.legalRep, t.phone, t.employees, t.partyMembers, t.coveringOrgId, t.creditGrade, t.floor, lng, lat);
    },
    tick,
  );
}

export function writeStaffAndFacilities(db: Db, staff: readonly Staff[], facilities: readonly Facility[], proj: Projection): void {
  const s = db.prepare('INSERT INTO grid_staff (id, grid_id, role, name, phone, resident_id, building_id, is_party_member) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const f = db.prepare('INSERT INTO facility (id, kind, name, community_id, grid_id, address, open_hours, lng, lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const x of staff) s.run(x.id, x.grid + 1, x.role, x.name, x.phone, x.residentId, id(x.building), bit(x.partyMember));
    for (const x of facilities) {
      const [lng, lat] = proj.toLngLat(x.point);
      f.run(x.id, x.kind, x.name, id(x.community), x.grid + 1, x.address, x.openHours, lng, lat);
    }
  })();
}

export function writeCases(db: Db, cases: readonly CaseFile[], events: readonly CaseEvent[], proj: Projection): void {
  const c = db.prepare(
    `INSERT INTO case_file (id, code, source, category_id, grid_id, building_id, lng, lat, address, description, reporter_name, reporter_phone,
       status, assignee_department_id, assignee_staff_id, supervised, rework_count, extended, extension_request, reported_at, registered_at, dispatched_at, due_at,
       closed_at, evaluated_at, satisfaction, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const e = db.prepare('INSERT INTO case_event (case_id, kind, from_status, to_status, actor_name, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const x of cases) {
      const [lng, lat] = proj.toLngLat(x.point);
      c.run(
        x.id, x.code, x.source, x.categoryId, x.grid + 1, x.building + 1, lng, lat, x.address, x.description, x.reporterName, x.reporterPhone,
        x.status, x.assigneeDepartmentId, x.assigneeStaffId, bit(x.supervised), x.reworkCount, bit(x.extended), x.extensionRequest, x.reportedAt, x.registeredAt,
        x.dispatchedAt, x.dueAt, x.closedAt, x.evaluatedAt, x.satisfaction, x.updatedAt,
      );
    }
    for (const x of events) e.run(x.caseId, x.kind, x.from, x.to, x.actor, x.at, x.note);
  })();
}
