// The deterministic demo street: the same (scale, seed, anchor) always gives the same
// database rows. Scale 1 is a real street (九龙街道, 九龙坡区, 重庆): about 9 km², 10
// communities, ~200 grids, ~80,000 households, ~200,000 residents, 14,000 tenants and
// a year of cases; smaller scales give a small but complete street for tests.
//
// Cancellation: on abort the generator throws the signal's reason (an AbortError) between
// two chunks. Each chunk is its own transaction, so the database then holds a partial
// street; the caller deletes the database file (createDemoStreet does), which is simpler
// and more certain than undoing the writes here.
import { shanghaiDate, WorkCalendar } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { insertCategories } from '../reference/categories';
import { insertDepartments } from '../reference/departments';
import { planBuildings } from './buildings';
import { indexForCases, planCases, simulateCases } from './cases';
import { Projection } from './geometry/projection';
import { generateParty } from './party';
import { generatePeople } from './people';
import { generatePartyLists } from './partyLists';
import { writeCareVisits } from './care';
import { writeDevices } from './devices';
import { planStreet, STREET } from './plan';
import { generatePartyService } from './partyService';
import { generateMeetings } from './meetings';
import { generateBuildingDays } from '../buildingDays/demo';
import { generatePartyAssessment } from '../partyAssessment/demo';
import { Progress } from './progress';
import { Rng } from './rng';
import { generateFacilities, generateStaff } from './staff';
import { generateTenants } from './tenants';
import { writeBuildings, writeCases, writeMeta, writeParty, writePeople, writeStaffAndFacilities, writeTenants, writeTerritory } from './write';

export interface DemoOptions {
  scale: number;
  seed: number;
  /** epoch ms; case history is the 12 months before it */
  anchor: number;
  onProgress?: (fraction: number, stage: string) => void;
  signal?: AbortSignal;
}

export interface DemoReport {
  counts: Record<string, number>;
  ms: number;
}

/** Tables the generator fills, in the order they are reported. */
export const DEMO_TABLES = [
  'street', 'community', 'grid', 'road', 'land_feature', 'building', 'household', 'resident', 'party_org', 'party_member',
  'tenant', 'facility', 'department', 'grid_staff', 'case_category', 'case_file', 'case_event',
] as const;

const CASE_CHUNK = 4_000;

export async function generateDemoStreet(db: Db, options: DemoOptions): Promise<DemoReport> {
  const started = performance.now();
  const { scale, seed, anchor } = options;
  if (!Number.isFinite(anchor)) throw new RangeError('demo anchor must be epoch milliseconds');
  const progress = new Progress(options.onProgress, options.signal);
  const rng = new Rng(seed, 'demo');
  const calendar = new WorkCalendar();
  const proj = new Projection(STREET.centerLng, STREET.centerLat);
  const anchorYear = Number(shanghaiDate(anchor).slice(0, 4));

  let tick = progress.stage('territory', 0, 0.04);
  await tick(0);
  const plan = planStreet(rng.fork('plan'), scale);
  const { buildings, branchRoads } = planBuildings(rng.fork('buildings'), plan);
  writeMeta(db, {
    'demo.seed': String(seed),
    'demo.scale': String(scale),
    'demo.anchor': String(anchor),
    'demo.generatedAt': String(anchor),
    'street.name': STREET.name,
  });
  const departmentIds = db.transaction(() => insertDepartments(db))();
  const categoryIds = db.transaction(() => insertCategories(db, departmentIds))();
  writeTerritory(db, plan, proj, branchRoads);
  await tick(0.5);
  await writeBuildings(db, buildings, proj, progress.stage('buildings', 0.04, 0.06));

  tick = progress.stage('residents', 0.06, 0.12);
  await tick(0);
  const { households, residents } = generatePeople(rng.fork('people'), buildings, anchor);
  await writePeople(db, households, residents, progress.stage('residents', 0.12, 0.45));

  tick = progress.stage('party', 0.45, 0.52);
  const tenants = generateTenants(rng.fork('tenants'), buildings, scale, anchorYear, plan.communities.map((c) => c.stem));
  await tick(0.3);
  const party = generateParty(rng.fork('party'), plan, buildings, residents, tenants, anchor);
  writeParty(db, party.orgs, party.members, proj);
  await writeTenants(db, tenants, proj, progress.stage('tenants', 0.52, 0.56));

  tick = progress.stage('staff', 0.56, 0.58);
  const staff = generateStaff(rng.fork('staff'), plan, buildings, residents, anchorYear);
  writeStaffAndFacilities(db, staff, generateFacilities(rng.fork('facilities'), plan, buildings), proj);
  await tick(1);

  tick = progress.stage('cases', 0.58, 0.8);
  const tenantsPerBuilding = new Map<number, number>();
  for (const t of tenants) tenantsPerBuilding.set(t.building, (tenantsPerBuilding.get(t.building) ?? 0) + 1);
  const ctx = { rng: rng.fork('cases'), calendar, anchor, scale, buildings, residents, staff, tenantsPerBuilding, categoryIds, departmentIds };
  const seeds = planCases(ctx);
  const index = indexForCases(ctx);
  for (let from = 0; from < seeds.length; from += CASE_CHUNK) {
    const { cases, events } = simulateCases(ctx, index, seeds.slice(from, from + CASE_CHUNK), from + 1);
    writeCases(db, cases, events, proj);
    await tick(Math.min(1, (from + CASE_CHUNK) / seeds.length));
  }

  // The later registers, each where its schema is there: a migration test generates a street
  // on the schema of an older release, which holds none of them.
  const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  // Each writes in one transaction; the bar shows the step while it runs.
  await progress.stage('care', 0.8, 0.88)(0);
  if (has('care_rule')) writeCareVisits(db, rng.fork('care'), anchor);
  await progress.stage('devices', 0.88, 0.97)(0);
  const deviceCounts = has('device') ? writeDevices(db, rng.fork('devices'), anchor, scale) : { devices: 0, events: 0, alerts: 0 };

  const partyTick = progress.stage('partyLists', 0.97, 1);
  await partyTick(0);
  const partyListCounts = has('party_list_item') ? generatePartyLists(db, rng.fork('partyLists'), anchor, scale) : {};
  const partyServiceCounts = has('micro_wish') ? db.transaction(() => generatePartyService(db, rng.fork('partyService'), anchor, scale))() : {};
  await partyTick(1);
  const meetingCounts = has('meeting') ? db.transaction(() => generateMeetings(db, rng.fork('meetings'), anchor, scale))() : {};
  const buildingDayCounts = has('cadre') ? db.transaction(() => generateBuildingDays(db, rng.fork('buildingDays'), anchor, scale))() : {};
  const assessmentCounts = has('party_meeting') ? db.transaction(() => generatePartyAssessment(db, rng.fork('partyAssessment'), anchor))() : {};

  const counts: Record<string, number> = {};
  for (const table of DEMO_TABLES) counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const open = db.prepare(`SELECT count(*) AS n, coalesce(sum(due_at < ?), 0) AS overdue FROM case_file WHERE status IN ('reported','registered','dispatched','handling','awaiting_verification')`).get(anchor) as { n: number; overdue: number };
  counts['case_file.open'] = open.n;
  counts['case_file.overdue'] = open.overdue;
  Object.assign(counts, partyListCounts);
  Object.assign(counts, partyServiceCounts);
  Object.assign(counts, meetingCounts);
  Object.assign(counts, buildingDayCounts, assessmentCounts);
  Object.assign(counts, { device: deviceCounts.devices, device_event: deviceCounts.events, alert: deviceCounts.alerts });
  return { counts, ms: Math.round(performance.now() - started) };
}
