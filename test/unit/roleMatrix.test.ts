// Personal data by role: every read method, called as every role on a real encrypted demo
// street, carries each personal field exactly as core/access/matrix.ts says (full, masked
// or absent), and no response carries a resident's full ID number or a phone the role may
// not see in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/domain';
import { apiSchemas, type ApiMethod } from '../../src/shared/api';
import { orgRegisterSchemas } from '../../src/shared/orgRegisters';
import type { BuildingDetail, CaseDetail, GridDetail, PartyOrgDetail, SearchHit, TenantDetail } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { level, PERSONAL_DATA_MATRIX, type Level, type PersonKind } from '../../src/main/core/access/matrix';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts, openStreetWritable } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';

const ROLES: readonly Role[] = ['admin', 'dispatcher', 'operator', 'leader', 'handler', 'community'];
const DAY = 86_400_000;

const MASKED_NAME = /^\p{Script=Han}\*{1,2}$/u;
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;
const FULL_PHONE = /^1\d{10}$/;
const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;

interface Samples {
  community: number;
  building: number;
  grid: number;
  tenant: number;
  partyOrg: number;
  facility: number;
  department: number;
  /** Open, reported by a resident, assigned to the handler's department. */
  assignedCase: number;
  /** Open, with a reporter, assigned elsewhere. */
  otherOpenCase: number;
  /** Closed and evaluated: nobody works it any more. */
  doneCase: number;
  /** On the care list, in the community. */
  careResident: number;
  surname: string;
}

interface Street {
  residents: Map<number, { name: string; phone: string | null; idNumber: string; tags: string }>;
  residentIds: Set<string>;
  reporters: Map<number, { name: string | null; phone: string | null }>;
  /** Phones by the kind of person they belong to. */
  phonesOf: Record<PersonKind, Set<string>>;
}

let core: CoreHandle;
let remove: () => void;
let s: Samples;
let street: Street;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const db = await openStreetWritable(copy.dir);
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  // The demo dispatches open cases to grid staff; one goes to a department here, so a handler has a case of its own.
  const assigned = one<{ id: number; community_id: number }>(
    `SELECT c.id, g.community_id FROM case_file c JOIN grid g ON g.id = c.grid_id
      WHERE c.status IN ('dispatched', 'handling') AND c.reporter_phone IS NOT NULL
        AND EXISTS (SELECT 1 FROM case_file d WHERE d.grid_id IN (SELECT id FROM grid WHERE community_id = g.community_id) AND d.status = 'closed' AND d.evaluated_at IS NOT NULL AND d.reporter_phone IS NOT NULL)
      ORDER BY c.id LIMIT 1`,
  );
  const dept = one<{ id: number }>('SELECT id FROM department ORDER BY id LIMIT 1').id;
  db.prepare('UPDATE case_file SET assignee_department_id = ?, assignee_staff_id = NULL WHERE id = ?').run(dept, assigned.id);
  const c = assigned.community_id;
  const building = one<{ id: number }>(
    `SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id JOIN household h ON h.building_id = b.id JOIN resident r ON r.household_id = h.id
      WHERE g.community_id = ? AND r.tags <> '[]' AND r.phone IS NOT NULL GROUP BY b.id ORDER BY count(*) DESC LIMIT 1`,
    c,
  );
  const inC = 'c.grid_id IN (SELECT id FROM grid WHERE community_id = ?)';
  s = {
    community: c,
    building: building.id,
    grid: one<{ id: number }>(`SELECT grid_id AS id FROM grid_staff WHERE role = 'building_head' AND grid_id IN (SELECT id FROM grid WHERE community_id = ?) LIMIT 1`, c).id,
    tenant: one<{ id: number }>('SELECT t.id FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? LIMIT 1', c).id,
    partyOrg: one<{ id: number }>('SELECT id FROM party_org WHERE community_id = ? ORDER BY level DESC LIMIT 1', c).id,
    facility: one<{ id: number }>('SELECT f.id FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? LIMIT 1', c).id,
    department: dept,
    assignedCase: assigned.id,
    otherOpenCase: one<{ id: number }>(
      `SELECT c.id FROM case_file c WHERE ${inC} AND c.status IN ('registered', 'dispatched', 'handling') AND c.reporter_phone IS NOT NULL
        AND (c.assignee_department_id IS NULL OR c.assignee_department_id <> ?)
        AND NOT EXISTS (SELECT 1 FROM case_codepartment x WHERE x.case_id = c.id AND x.department_id = ?) LIMIT 1`,
      c,
      dept,
      dept,
    ).id,
    doneCase: one<{ id: number }>(`SELECT c.id FROM case_file c WHERE ${inC} AND c.status = 'closed' AND c.evaluated_at IS NOT NULL AND c.reporter_phone IS NOT NULL LIMIT 1`, c).id,
    careResident: one<{ id: number }>(
      `SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND r.tags <> '[]' ORDER BY r.id LIMIT 1`,
      c,
    ).id,
    surname: '',
  };
  const residents = db.prepare('SELECT id, name, phone, id_number, tags FROM resident').all() as { id: number; name: string; phone: string | null; id_number: string; tags: string }[];
  const phones = (sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);
  street = {
    residents: new Map(residents.map((r) => [r.id, { name: r.name, phone: r.phone, idNumber: r.id_number, tags: r.tags }])),
    residentIds: new Set(residents.map((r) => r.id_number)),
    reporters: new Map(
      (db.prepare('SELECT id, reporter_name, reporter_phone FROM case_file').all() as { id: number; reporter_name: string | null; reporter_phone: string | null }[]).map((r) => [
        r.id,
        { name: r.reporter_name, phone: r.reporter_phone },
      ]),
    ),
    phonesOf: {
      resident: new Set(residents.flatMap((r) => (r.phone ? [r.phone] : []))),
      reporter: phones('SELECT reporter_phone FROM case_file WHERE reporter_phone IS NOT NULL'),
      partyMember: phones('SELECT phone FROM party_member'),
      staff: phones(`SELECT phone FROM grid_staff WHERE role IN ('grid_head', 'grid_worker')`),
      volunteer: phones(`SELECT phone FROM grid_staff WHERE role IN ('building_head', 'volunteer')`),
      secretary: phones('SELECT secretary_phone FROM party_org'),
      tenantContact: phones('SELECT phone FROM tenant'),
    },
  };
  s.surname = Array.from(street.residents.values()).find((r) => r.tags !== '[]')!.name.slice(0, 1);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  await addAccounts(
    copy.dir,
    [
      { username: 'handler1', role: 'handler', departmentId: s.department },
      { username: 'community1', role: 'community', communityId: s.community },
    ],
    TEST_ANCHOR,
  );
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR, log: (line) => console.error(line) });
  const username: Record<Role, string> = { admin: 'admin', dispatcher: 'dispatcher', operator: 'operator', leader: 'leader', handler: 'handler1', community: 'community1' };
  for (const role of ROLES) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: username[role], password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core?.close();
  remove?.();
});

const as = <T>(role: Role, method: ApiMethod, input: unknown) => core.call(method, input, tokens[role]).then((r) => ok<T>(r));

/** Every read method with an input that reaches personal data where there is any. */
function readCalls(): [ApiMethod, unknown][] {
  const month = { from: TEST_ANCHOR - 30 * DAY, to: TEST_ANCHOR };
  return [
    ['street.summary', {}],
    ['map.base', {}],
    ['map.buildings', {}],
    ...(['buildings', 'households', 'partyOrgs', 'tenants', 'cases', 'facilities'] as const).map((kind): [ApiMethod, unknown] => ['map.overlay', { kind }]),
    ['building.detail', { id: s.building }],
    ['grid.detail', { id: s.grid }],
    ['community.detail', { id: s.community }],
    ['partyOrg.detail', { id: s.partyOrg }],
    ['tenant.detail', { id: s.tenant }],
    ['case.detail', { id: s.assignedCase }],
    ['case.detail', { id: s.doneCase }],
    ['facility.detail', { id: s.facility }],
    ['search.query', { q: s.surname, limit: 50 }],
    ['place.at', { lng: 0, lat: 0 }],
    ['case.queue', { queue: 'all', limit: 200 }],
    ['case.categories', {}],
    ['case.duplicates', { categoryId: 1, lng: 0, lat: 0 }],
    ['case.suggest', { caseId: s.assignedCase }],
    ['case.assignees', { gridId: s.grid }],
    ['case.attachments', { caseId: s.assignedCase }],
    ['dispatchRule.list', {}],
    ['calendar.list', { year: 2026 }],
    ['department.list', {}],
    ['partyMember.list', { orgId: s.partyOrg, limit: 200 }],
    ['backup.list', {}],
    ['indicators.compute', { ...month, groupBy: 'handler' }],
    ['briefing.build', { ...month, scope: { kind: 'street' } }],
    ['wall.snapshot', {}],
    ['wall.delta', { sinceEventId: 0 }],
    ['grid.history', {}],
    ['grid.validate', {}],
    ['grid.staffReviews', {}],
    ['thematic.grids', {}],
    ['thematic.caseHeat', month],
    ['coverage.compute', { kinds: ['convenience_station'] }],
    ['access.policy', {}],
    ['care.queue', {}],
    ['care.list', { limit: 200 }],
    ['care.history', { residentId: s.careResident }],
    ['care.settings', {}],
    ['notification.list', { limit: 200 }],
    ['deadlines.overdue', {}],
    ['partyList.list', { kind: 'need', limit: 500 }],
    ['partyList.detail', { id: 1 }],
    ['partyList.units', {}],
    ['partyList.mapPoints', {}],
    ['partyList.matches', { id: 1 }],
    ['meeting.bodies', {}],
    ['meeting.list', { limit: 200 }],
    ['meeting.briefingSession', {}],
    ['meeting.figures', {}],
    ['matter.list', { limit: 500 }],
    ['matter.figures', {}],
    ['wish.list', { limit: 500 }],
    ['wish.detail', { id: 1 }],
    ['wish.claimants', { wishId: 1 }],
    ['wish.collectors', { communityId: 1 }],
    ['dualReport.list', { from: '2026-01-01', to: '2026-11-21', limit: 1000 }],
    ['unitReport.list', { from: '2026-01-01', to: '2026-11-21' }],
    ['volunteer.overview', {}],
    ['volunteer.members', { teamId: 1 }],
    ['volunteer.activities', { limit: 500 }],
    ['partyFigures.compute', { ...month, scope: { kind: 'community', id: 1 } }],
    ['device.list', {}],
    ['device.history', { id: 1 }],
    ['alert.list', { scope: 'all' }],
    ['alert.settings', {}],
    ['wall.alerts', {}],
    ['wall.care', {}],
    ['buildingDay.cadres', {}],
    ['buildingDay.visits', { buildingId: s.building }],
    ['buildingDay.mine', {}],
    ['buildingDay.share', {}],
    ['buildingDay.map', { from: '2026-10-21', to: '2026-11-20' }],
    ['partyAssessment.overview', {}],
    ['partyAssessment.org', { orgId: s.partyOrg }],
    ['partyAssessment.due', {}],
    ['partyAssessment.plans', {}],
  ];
}

/** Methods that are not reads of street data, or whose personal data another test owns. */
const NOT_HERE: Record<string, string> = {
  'session.status': 'session',
  'auth.unlock': 'session',
  'auth.lock': 'session',
  'auth.changePassword': 'own account',
  'user.list': 'accounts: office users, not residents',
  'user.create': 'write',
  'user.update': 'write',
  'user.resetPassword': 'write',
  'user.liftLockout': 'write',
  'settings.get': 'office settings',
  'settings.save': 'write',
  'case.report': 'write',
  'case.act': 'write (answers case.detail, checked here through case.detail)',
  'case.bulkAssign': 'write',
  'dispatchRule.save': 'write',
  'dispatchRule.delete': 'write',
  'calendar.save': 'write',
  'ledger.export': 'a spreadsheet file: its scrubbing is tested in ledger.test.ts',
  'grid.preview': 'grid edit planning',
  'grid.save': 'write',
  'grid.undo': 'write',
  'grid.resolveStaffReview': 'write',
  'person.reveal': 'the explicit unmasking: reveal.test.ts',
  'job.cancel': 'jobs',
  // Register writes and their history: registers.test.ts and registers.roles.test.ts.
  ...Object.fromEntries(
    ['resident.add', 'resident.update', 'resident.move', 'resident.leave', 'household.create', 'household.update', 'household.setStatus', 'building.update', 'tenant.open', 'tenant.update', 'tenant.move', 'tenant.setStatus', 'staff.assign', 'staff.replace', 'staff.vacate'].map((m) => [m, 'register write']),
  ),
  ...Object.fromEntries(Object.keys(orgRegisterSchemas).map((m) => [m, 'register write: registers.party*.test.ts, registers.reference.test.ts, registers.roles.test.ts'])),
  'record.history': 'register change history, masked by role: registers.test.ts',
  // A workbook (base64), not JSON: its masking is checked cell by cell in registerExport.roles.test.ts and the round-trip tests.
  'register.export': 'register export, masked by role',
  'backup.run': 'write (an encrypted backup file): backup.test.ts',
  'backup.saveSettings': 'write',
  ...Object.fromEntries(['care.recordVisit', 'care.createTask', 'care.saveSettings', 'notification.markRead'].map((m) => [m, 'care and notification write: care.test.ts, deadlines.test.ts'])),
  ...Object.fromEntries(['device.add', 'device.edit', 'device.retire', 'device.addSource', 'device.ingest', 'device.scanFolder', 'alert.acknowledge', 'alert.dismiss', 'alert.evaluate', 'alert.saveSettings'].map((m) => [m, 'device and alert write: devices.ingest.test.ts, devices.register.test.ts, alerts.rules.test.ts'])),
  // A GIS file's own features (boundaries, footprints), and layers of geometry: no personal data (gis*.test.ts).
  ...Object.fromEntries(['gis.preview', 'gis.commit', 'gis.export'].map((m) => [m, 'GIS import and export: gisImport.test.ts'])),
  ...Object.fromEntries(['partyList.publish', 'partyList.claim', 'partyList.act', 'partyList.pair', 'partyList.record'].map((m) => [m, 'party list write: partyLists.test.ts'])),
  ...Object.fromEntries(
    ['meeting.open', 'meeting.close', 'meeting.addTopic', 'meeting.decide', 'meeting.addItem', 'meeting.itemStep', 'meeting.withdrawDecision', 'meeting.briefingDecide'].map((m) => [m, 'meeting write: meetings.decisions.test.ts']),
  ),
  ...Object.fromEntries(['matter.raise', 'matter.discuss', 'matter.decide', 'matter.act', 'matter.evaluate', 'matter.drop'].map((m) => [m, 'matter write: deliberation.stages.test.ts'])),
  // One meeting or matter: attendees are cadres and unit staff, speakers a resident group's words; no register data (meetings.decisions.test.ts).
  'meeting.detail': 'one meeting: meetings.decisions.test.ts',
  'matter.detail': 'one matter: deliberation.stages.test.ts',
  ...Object.fromEntries(
    ['wish.record', 'wish.act', 'dualReport.register', 'dualReport.end', 'service.record', 'volunteer.createAlliance', 'volunteer.createTeam', 'volunteer.join', 'volunteer.recordActivity'].map((m) => [m, 'party service write: wishes.test.ts, partyService.test.ts']),
  ),
  ...Object.fromEntries(['buildingDay.saveCadre', 'buildingDay.assign', 'buildingDay.recordVisit'].map((m) => [m, '楼栋工作日 write: buildingDays.test.ts'])),
  ...Object.fromEntries(
    ['partyAssessment.recordMeeting', 'partyAssessment.rate', 'partyAssessment.scorecard', 'partyAssessment.openPlan', 'partyAssessment.planStep'].map((m) => [m, 'assessment write: partyAssessment.test.ts']),
  ),
  // A workbook (base64): its masked member names are checked cell by cell in partyService.test.ts.
  'unitReport.export': '双报告 workbook, masked by role',
  'unitReport.detail': 'one unit\'s 双报告: its members\' names masked by role in partyService.test.ts',
  // A new street's first start (no session, empty directory only) and its setup checklist (counts per step, no personal data): newStreet.test.ts.
  'firstStart.create': 'write (a street in an empty data directory): newStreet.test.ts',
  'newStreet.checklist': 'setup counts, no personal data: newStreet.test.ts',
  // The basemap file's own tiles and name: no street data in them (basemap.test.ts).
  ...Object.fromEntries(['basemap.get', 'basemap.set', 'basemap.tile'].map((m) => [m, 'offline basemap: basemap.test.ts'])),
  // The import answers about the uploaded workbook (its own cells), never the register's personal values.
  ...Object.fromEntries(['register.import.preview', 'register.import.errors', 'register.import.commit', 'register.import.templates', 'register.import.saveTemplate'].map((m) => [m, 'register import: registerImport.api.test.ts'])),
};

function expectShown(actual: string | null, full: string | null, lvl: Level, masked: RegExp, what: string): void {
  if (full === null || lvl === 'none') return void expect(actual === null || actual === '', `${what}: absent`).toBe(true);
  if (lvl === 'full') return void expect(actual, `${what}: full`).toBe(full);
  expect(actual, `${what}: masked`).toMatch(masked);
}

describe('personal data by role', () => {
  it('covers every read method of the API', () => {
    const covered = new Set(readCalls().map(([m]) => m));
    const missing = (Object.keys(apiSchemas) as ApiMethod[]).filter((m) => !covered.has(m) && !(m in NOT_HERE));
    expect(missing).toEqual([]);
  });

  it('carries no full ID number, and no phone a role may not see in full, in any read', async () => {
    for (const role of ROLES) {
      const allowed = new Set<string>();
      for (const kind of Object.keys(PERSONAL_DATA_MATRIX[role]) as PersonKind[]) {
        const r = PERSONAL_DATA_MATRIX[role][kind].phone;
        if (r === 'full' || r === 'onWorkedCases') for (const p of street.phonesOf[kind]) allowed.add(p);
      }
      for (const [method, input] of readCalls()) {
        const r = await core.call(method, input, tokens[role]);
        if (!r.ok) {
          // Refusals are whole-method role gates (grid editing is for administrators).
          expect(r.error.code, `${role} ${method}: ${r.error.message}`).toBe('unauthorized');
          continue;
        }
        const text = JSON.stringify(r.result);
        for (const id of text.match(/\d{17}[\dXx]/g) ?? []) expect(street.residentIds.has(id), `${role} ${method} carries a resident's ID number`).toBe(false);
        for (const phone of text.match(/(?<![\d*])1[3-9]\d{9}(?![\d*])/g) ?? []) expect(allowed.has(phone), `${role} ${method} carries phone ${phone.slice(0, 3)}…`).toBe(true);
      }
    }
  });

  it('shows residents in building.detail as the matrix says', async () => {
    for (const role of ROLES) {
      const b = await as<BuildingDetail>(role, 'building.detail', { id: s.building });
      expect(b.residentCount).toBeGreaterThan(0);
      const members = b.households.flatMap((h) => h.members);
      if (level(role, 'resident', 'address') !== 'full') {
        expect(b.households, `${role}: households are listed only with home addresses`).toEqual([]);
        continue;
      }
      expect(members.length).toBe(b.residentCount);
      for (const m of members) {
        const full = street.residents.get(m.id)!;
        expectShown(m.name, full.name, level(role, 'resident', 'name'), MASKED_NAME, `${role} name`);
        expectShown(m.phone, full.phone, level(role, 'resident', 'phone'), MASKED_PHONE, `${role} phone`);
        expectShown(m.idNumberMasked, full.idNumber, level(role, 'resident', 'idNumber'), MASKED_ID, `${role} id`);
        expect(m.tags).toEqual(level(role, 'resident', 'tags') === 'full' ? JSON.parse(full.tags) : []);
      }
    }
  });

  it('shows a case reporter in full only on cases the role works', async () => {
    for (const role of ROLES) {
      for (const id of [s.assignedCase, s.otherOpenCase, s.doneCase]) {
        const c = await as<CaseDetail>(role, 'case.detail', { id });
        const full = street.reporters.get(id)!;
        const desk = ['admin', 'dispatcher', 'operator'].includes(role);
        const works = desk ? id !== s.doneCase : role === 'handler' && id === s.assignedCase;
        expectShown(c.reporterPhone, full.phone, level(role, 'reporter', 'phone', works), MASKED_PHONE, `${role} case ${id} phone`);
        expectShown(c.reporterName, full.name, level(role, 'reporter', 'name', works), MASKED_NAME, `${role} case ${id} name`);
        if (level(role, 'reporter', 'name', works) !== 'full' && full.name) {
          expect(c.events.map((e) => e.actorName).join('|'), `${role}: the timeline does not name the reporter`).not.toContain(full.name);
        }
      }
    }
  });

  it('shows staff, volunteers, secretaries and tenant contacts as the matrix says', async () => {
    for (const role of ROLES) {
      const g = await as<GridDetail>(role, 'grid.detail', { id: s.grid });
      expect(g.staff.some((x) => x.role === 'building_head')).toBe(true);
      for (const x of g.staff) {
        const kind: PersonKind = x.role === 'grid_head' || x.role === 'grid_worker' ? 'staff' : 'volunteer';
        const phoneLevel = level(role, kind, 'phone');
        if (phoneLevel === 'full') expect(x.phone).toMatch(FULL_PHONE);
        else if (phoneLevel === 'masked') expect(x.phone).toMatch(MASKED_PHONE);
        else expect(x.phone).toBe('');
        if (level(role, kind, 'name') === 'masked') expect(x.name).toMatch(MASKED_NAME);
        else expect(x.name).not.toContain('*');
      }
      const o = await as<PartyOrgDetail>(role, 'partyOrg.detail', { id: s.partyOrg });
      if (level(role, 'secretary', 'phone') === 'full') expect(o.secretaryPhone).toMatch(FULL_PHONE);
      else expect(o.secretaryPhone).toMatch(level(role, 'secretary', 'phone') === 'masked' ? MASKED_PHONE : /^$/);
      const t = await as<TenantDetail>(role, 'tenant.detail', { id: s.tenant });
      const tenantPhone = level(role, 'tenantContact', 'phone');
      expect(t.phone).not.toMatch(tenantPhone === 'full' ? /\*/ : /^1\d{10}$/);
      if (level(role, 'tenantContact', 'name') === 'masked') expect(t.legalRep).toMatch(MASKED_NAME);
    }
  });

  it('finds residents by name only masked, households only for roles that see home addresses, and no persons for the leader', async () => {
    for (const role of ROLES) {
      const hits = await as<SearchHit[]>(role, 'search.query', { q: s.surname, limit: 50 });
      const residents = hits.filter((h) => h.kind === 'resident');
      if (level(role, 'resident', 'name') === 'none') {
        expect(residents, `${role}: no person hits`).toEqual([]);
        continue;
      }
      expect(residents.length, role).toBeGreaterThan(0);
      for (const h of residents) {
        expect(h.title, `${role} resident hit title`).toMatch(MASKED_NAME);
        // A building's name, never the household's unit and room.
        if (level(role, 'resident', 'address') !== 'full') expect(h.subtitle, `${role} resident hit subtitle`).not.toContain('单元');
      }
      const households = await as<SearchHit[]>(role, 'search.query', { q: '单元', limit: 50 });
      expect(households.some((h) => h.kind === 'household'), role).toBe(level(role, 'resident', 'address') === 'full');
    }
  });
});
