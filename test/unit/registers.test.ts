// Register writes through the API against a real encrypted demo street: each edit with its
// history rows, status rows, audit entry (field names, no personal values) and pushed event;
// bad input refused with the field and the reason, changing nothing; the search index and
// counts following the edit; 变更记录 masked by role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventMap, PushedEvent } from '../../src/shared/events';
import type { HistoryValue, RecordHistory, RegisterWriteResult } from '../../src/shared/registers';
import { level } from '../../src/main/core/access/matrix';
import type { GridDetail, SearchHit } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { openStreetWritable } from '../helpers/extraAccount';
import { err, ok } from '../helpers/apiResult';
import { auditOf, changesOf, idNumber, uscc, writeCounts } from '../helpers/registerFixtures';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<'admin' | 'dispatcher' | 'leader', string> = { admin: '', dispatcher: '', leader: '' };
const events: PushedEvent[] = [];
/** Fixtures, all in community 1. */
let f: {
  household: number;
  household2: number;
  building: number;
  grid: number;
  tenant: number;
  gridWorker: number;
  reviewId: number;
};

const call = (method: string, input: unknown, token = tokens.admin) => core.call(method, input, token);
const write = async (method: string, input: unknown, token = tokens.admin) => ok<RegisterWriteResult>(await call(method, input, token));

/** The refusal of a write that must change nothing: its code and first detail. */
const refused = (method: string, input: unknown, token = tokens.admin) => expectRefusal(method, () => call(method, input, token), () => writeCounts(db));

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  // A pending staff review for a grid of community 1, as a grid edit would leave it.
  const w = await openStreetWritable(copy.dir);
  const one = (sql: string) => w.prepare(sql).pluck().get() as number;
  const grid = one(`SELECT g.id FROM grid g WHERE g.community_id = 1 AND EXISTS (SELECT 1 FROM grid_staff s WHERE s.grid_id = g.id AND s.role = 'grid_worker') ORDER BY g.id LIMIT 1`);
  const editId = Number(
    w.prepare(`INSERT INTO grid_edit (at, user_id, user_name, ops, summary, before_grids, before_communities) VALUES (?, 1, '系统管理员', '[]', '{}', '[]', '[]')`).run(TEST_ANCHOR - 86_400_000).lastInsertRowid,
  );
  const reviewId = Number(w.prepare(`INSERT INTO grid_staff_review (edit_id, grid_id, reason, staff_names) VALUES (?, ?, 'householdsChanged', '[]')`).run(editId, grid).lastInsertRowid);
  w.pragma('wal_checkpoint(TRUNCATE)');
  w.close();
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const pick = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  const inC1 = 'JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1';
  f = {
    household: pick(`SELECT h.id FROM household h ${inC1} AND (SELECT count(*) FROM resident r WHERE r.household_id = h.id) >= 2 ORDER BY h.id LIMIT 1`),
    household2: pick(`SELECT h.id FROM household h ${inC1} AND (SELECT count(*) FROM resident r WHERE r.household_id = h.id) = 1 ORDER BY h.id LIMIT 1`),
    building: pick(`SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 AND b.floors >= 6 AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id) ORDER BY b.id LIMIT 1`),
    grid,
    tenant: pick(`SELECT t.id FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 ORDER BY t.id LIMIT 1`),
    gridWorker: pick(`SELECT id FROM grid_staff WHERE grid_id = ? AND role = 'grid_worker'`, grid),
    reviewId,
  };
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

const BIRTH = '19800312';
const NEW_ID = idNumber(BIRTH, '123'); // sequence 3: male

describe('residents', () => {
  let added: number;

  it('adds a resident: ID normalised and checked, birth date and sex from it, phone normalised, history, status, audit and event', async () => {
    const typed = ` ${NEW_ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).toLowerCase()} `; // full-width digits, spaces
    const r = await write('resident.add', { householdId: f.household, name: '司马测试', idNumber: typed, birthDate: '1980-03-12', phone: '+86 139-0000-1234', relation: '子女', tags: ['key_care'] });
    added = r.id;
    expect(r).toMatchObject({ kind: 'resident', action: 'add' });
    const row = db.prepare('SELECT household_id, name, gender, birth_date, id_number, phone, relation, tags FROM resident WHERE id = ?').get(added);
    expect(row).toEqual({ household_id: f.household, name: '司马测试', gender: 'M', birth_date: '1980-03-12', id_number: NEW_ID, phone: '13900001234', relation: '子女', tags: '["key_care"]' });
    const [change] = changesOf(db, 'resident', added);
    expect(change!.action).toBe('add');
    expect(change!.changes.find((c) => c.field === 'idNumber')).toEqual({ field: 'idNumber', before: null, after: NEW_ID });
    expect(db.prepare(`SELECT status, on_date FROM register_status WHERE kind = 'resident' AND record_id = ?`).get(added)).toEqual({ status: 'registered', on_date: '2026-11-20' });
    const audit = auditOf(db, 'resident', added);
    expect(audit.map((a) => a.action)).toEqual(['resident.add']);
    const detail = JSON.parse(audit[0]!.detail) as { fields: string[]; values: Record<string, unknown> };
    expect(detail.fields).toEqual(expect.arrayContaining(['name', 'idNumber', 'phone', 'relation']));
    // No personal value in the audit log: not the name, the number, the phone or the address.
    for (const value of ['司马测试', NEW_ID, '13900001234', '1980-03-12']) expect(audit[0]!.detail).not.toContain(value);
    expect(detail.values.relation).toEqual({ from: null, to: '子女' });
    const event = events.filter((e) => e.name === 'register.changed').map((e) => e.payload as EventMap['register.changed']).find((p) => p.id === added);
    expect(event).toMatchObject({ kind: 'resident', action: 'add', buildingIds: [expect.any(Number)] });
  });

  it('finds the new resident by name, and by the new name after a rename (the indexes follow)', async () => {
    const hits = (q: string) => call('search.query', { q, kinds: ['resident'] }).then((r) => ok<SearchHit[]>(r).map((h) => h.id));
    expect(await hits('司马测试')).toContain(added);
    const r = await write('resident.update', { id: added, name: '欧阳新名' });
    expect(r.changed).toEqual(['name']);
    expect(await hits('欧阳新名')).toContain(added);
    expect(await hits('司马测试')).not.toContain(added);
  });

  it('refuses bad input naming the field and why, and changes nothing', async () => {
    const base = { householdId: f.household, name: '测试', relation: '子女' };
    const wrongCheck = NEW_ID.slice(0, 17) + (NEW_ID[17] === '0' ? '1' : '0');
    expect(await refused('resident.add', { ...base, idNumber: wrongCheck })).toMatchObject({ code: 'invalid_input', path: 'idNumber', message: expect.stringContaining('check character') });
    expect(await refused('resident.add', { ...base, idNumber: '5.00107E+17' })).toMatchObject({ path: 'idNumber', message: expect.stringContaining('lost its digits') });
    expect(await refused('resident.add', { ...base, idNumber: idNumber('19800312', '456', '990107') })).toMatchObject({ path: 'idNumber', message: expect.stringContaining('region code 99') });
    const other = idNumber('19900101', '222');
    expect(await refused('resident.add', { ...base, idNumber: other, birthDate: '1990-01-02' })).toMatchObject({ path: 'birthDate', message: expect.stringContaining('1990-01-01') });
    expect(await refused('resident.add', { ...base, idNumber: other, gender: 'M' })).toMatchObject({ path: 'gender', message: expect.stringContaining('odd male, even female') });
    expect(await refused('resident.add', { ...base, idNumber: other, phone: '12345' })).toMatchObject({ path: 'phone' });
    expect(await refused('resident.add', { ...base, idNumber: other, phone: '61234567' })).toMatchObject({ path: 'phone', message: expect.stringContaining('area code') });
    expect(await refused('resident.add', { ...base, idNumber: NEW_ID })).toMatchObject({ code: 'conflict', path: 'idNumber', reason: 'id_number_taken' });
    expect(await refused('resident.add', { ...base, idNumber: other, onDate: '2027-01-01' })).toMatchObject({ path: 'onDate', message: expect.stringContaining('future') });
    expect(await refused('resident.add', { ...base, idNumber: other, householdId: 99_999_999 })).toMatchObject({ code: 'not_found', path: 'householdId' });
    expect(await refused('resident.update', { id: added, birthDate: '1980-03-13' })).toMatchObject({ path: 'birthDate' });
    const head = db.prepare(`SELECT id FROM resident WHERE household_id = ? AND relation = '户主'`).pluck().get(f.household) as number | undefined;
    expect(head).toBeDefined();
    expect(await refused('resident.update', { id: added, relation: '户主' })).toMatchObject({ code: 'conflict', reason: 'household_has_head' });
  });

  it('upgrades a 15-digit old number to 18 digits', async () => {
    const eighteen = idNumber('19650708', '042'); // even: female
    const fifteen = eighteen.slice(0, 6) + eighteen.slice(8, 17);
    const r = await write('resident.add', { householdId: f.household, name: '旧证测试', idNumber: fifteen, relation: '父母', gender: 'F' });
    expect(db.prepare('SELECT id_number, birth_date, gender FROM resident WHERE id = ?').get(r.id)).toEqual({ id_number: eighteen, birth_date: '1965-07-08', gender: 'F' });
    expect(JSON.parse(auditOf(db, 'resident', r.id)[0]!.detail)).toMatchObject({ idNumberUpgradedFrom15: true });
  });

  it('moves a resident to another household; the emptied home becomes 空置', async () => {
    const only = db.prepare('SELECT id FROM resident WHERE household_id = ?').pluck().get(f.household2) as number;
    const r = await write('resident.move', { id: only, householdId: f.household, relation: '其他' });
    expect(r.alsoChanged).toEqual([{ kind: 'household', id: f.household2 }]);
    expect(db.prepare('SELECT household_id, relation FROM resident WHERE id = ?').get(only)).toEqual({ household_id: f.household, relation: '其他' });
    expect(db.prepare('SELECT status, head_resident_id FROM household WHERE id = ?').get(f.household2)).toEqual({ status: 'vacant', head_resident_id: null });
    expect(changesOf(db, 'resident', only).at(-1)!.changes.map((c) => c.field)).toEqual(['householdId', 'address', 'relation']);
    expect(await refused('resident.move', { id: only, householdId: f.household, relation: '其他' })).toMatchObject({ path: 'householdId' });
  });

  it('records a death: the resident leaves the counts, is kept with their history, and comes back by ID number', async () => {
    const grid = db.prepare('SELECT b.grid_id FROM household h JOIN building b ON b.id = h.building_id WHERE h.id = ?').pluck().get(f.household) as number;
    const count = async () => ok<GridDetail>(await call('grid.detail', { id: grid })).counts.residents;
    const before = await count();
    const r = await write('resident.leave', { id: added, status: 'deceased', onDate: '2026-11-19', note: '病故' });
    expect(r.action).toBe('leave');
    expect(await count()).toBe(before - 1);
    expect(db.prepare('SELECT count(*) FROM resident WHERE id = ?').pluck().get(added)).toBe(0);
    expect(db.prepare('SELECT status, left_on, name FROM resident_departed WHERE id = ?').get(added)).toEqual({ status: 'deceased', left_on: '2026-11-19', name: '欧阳新名' });
    expect(await refused('resident.update', { id: added, phone: '13900001235' })).toMatchObject({ code: 'conflict', reason: 'resident_departed' });
    const back = await write('resident.add', { householdId: f.household, name: '欧阳新名', idNumber: NEW_ID, relation: '子女' });
    expect(back).toMatchObject({ id: added, action: 'return' });
    const statuses = db.prepare(`SELECT status FROM register_status WHERE kind = 'resident' AND record_id = ? ORDER BY id`).pluck().all(added);
    expect(statuses).toEqual(['registered', 'deceased', 'registered']);
  });

  it('refuses to let a post holder leave until the post is vacated', async () => {
    const holder = db.prepare(`SELECT resident_id FROM grid_staff WHERE resident_id IS NOT NULL AND vacated_on IS NULL AND role = 'building_head' AND building_id IN (SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1) LIMIT 1`).pluck().get() as number | undefined;
    expect(holder).toBeDefined();
    expect(await refused('resident.leave', { id: holder, status: 'moved_out', onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'holds_post' });
  });
});

describe('households', () => {
  let created: number;
  it('creates a household in a building (空置 until someone is registered), edits it, and refuses a clash', async () => {
    const r = await write('household.create', { buildingId: f.building, unit: 9, floor: 3, room: '399', tenure: 'renter' });
    created = r.id;
    const address = db.prepare('SELECT address FROM building WHERE id = ?').pluck().get(f.building) as string;
    expect(db.prepare('SELECT unit, floor, room, address, status FROM household WHERE id = ?').get(created)).toEqual({ unit: 9, floor: 3, room: '399', address: `${address}9单元399`, status: 'vacant' });
    expect(await refused('household.create', { buildingId: f.building, unit: 9, floor: 3, room: '399', tenure: 'renter' })).toMatchObject({ code: 'conflict', path: 'room' });
    expect(await refused('household.create', { buildingId: f.building, unit: 9, floor: 0, room: '098', tenure: 'renter' })).toMatchObject({ path: 'floor', message: expect.stringContaining('ground floor') });
    expect(await refused('household.create', { buildingId: f.building, unit: 9, floor: 300, room: '30001', tenure: 'renter' })).toMatchObject({ code: 'invalid_input', path: 'floor' });
    const u = await write('household.update', { id: created, room: '398', floor: 3 });
    expect(u.changed).toEqual(['room', 'address']);
  });

  it('registering someone makes it 在住; 迁出 moves every member out; 空置 is refused while anyone lives there', async () => {
    const person = await write('resident.add', { householdId: created, name: '新户测试', idNumber: idNumber('19920202', '331'), relation: '户主' });
    expect(person.alsoChanged).toEqual([{ kind: 'household', id: created }]);
    expect(db.prepare('SELECT status, head_resident_id FROM household WHERE id = ?').get(created)).toEqual({ status: 'occupied', head_resident_id: person.id });
    expect(await refused('household.setStatus', { id: created, status: 'vacant', onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'household_not_empty' });
    const out = await write('household.setStatus', { id: created, status: 'moved_out', onDate: '2026-11-20' });
    expect(out.alsoChanged).toEqual([{ kind: 'resident', id: person.id }]);
    expect(db.prepare('SELECT status FROM resident_departed WHERE id = ?').pluck().get(person.id)).toBe('moved_out');
    expect(db.prepare(`SELECT status FROM register_status WHERE kind = 'household' AND record_id = ? ORDER BY id`).pluck().all(created)).toEqual(['vacant', 'occupied', 'moved_out']);
  });
});

describe('buildings', () => {
  it('edits attributes (the place search follows the name) and refuses floors below a registered floor', async () => {
    const r = await write('building.update', { id: f.building, name: '测试大厦甲座', hasLift: true, builtYear: 1999 });
    expect(r.changed).toEqual(expect.arrayContaining(['name', 'builtYear']));
    const hits = ok<SearchHit[]>(await call('search.query', { q: '测试大厦甲', kinds: ['building'] }));
    expect(hits.map((h) => h.id)).toContain(f.building);
    const top = db.prepare('SELECT max(floor) FROM household WHERE building_id = ?').pluck().get(f.building) as number;
    expect(await refused('building.update', { id: f.building, floors: top - 1 })).toMatchObject({ path: 'floors', message: expect.stringContaining(`floor ${top}`) });
    expect(await refused('building.update', { id: f.building, builtYear: 2031 })).toMatchObject({ path: 'builtYear' });
    expect(JSON.parse(auditOf(db, 'building', f.building).at(-1)!.detail)).toMatchObject({ values: { name: { to: '测试大厦甲座' } } });
  });

  it('takes a new footprint: the grid follows its centre, a 楼栋长 post follows the building', async () => {
    const b = db.prepare('SELECT footprint, center_lng, center_lat, grid_id FROM building WHERE id = ?').get(f.building) as { footprint: string; center_lng: number; center_lat: number; grid_id: number };
    const target = db.prepare('SELECT center_lng, center_lat, grid_id FROM building WHERE grid_id <> ? ORDER BY id LIMIT 1').get(b.grid_id) as { center_lng: number; center_lat: number; grid_id: number };
    const [dx, dy] = [target.center_lng - b.center_lng, target.center_lat - b.center_lat];
    const ring = (JSON.parse(b.footprint) as { coordinates: [number, number][][] }).coordinates[0]!;
    const moved = { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x + dx, y + dy])] };
    const r = await write('building.update', { id: f.building, footprint: moved });
    expect(r.changed).toEqual(['footprint', 'gridId']);
    expect(db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck().get(f.building)).toBe(target.grid_id);
    const heads = db.prepare(`SELECT DISTINCT grid_id FROM grid_staff WHERE building_id = ? AND role = 'building_head'`).pluck().all(f.building);
    for (const g of heads) expect(g).toBe(target.grid_id);
    const crossing = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] };
    expect(await refused('building.update', { id: f.building, footprint: crossing })).toMatchObject({ path: 'footprint', message: expect.stringContaining('crosses itself') });
    // Put it back, so the tests after this one find it in community 1.
    await write('building.update', { id: f.building, footprint: JSON.parse(b.footprint) as unknown });
    expect(db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck().get(f.building)).toBe(b.grid_id);
  });
});

describe('tenants', () => {
  const code = uscc('MA6CT0X1');
  let opened: number;
  it('opens a tenant with a checked USCC, and refuses a mistyped one naming why', async () => {
    const base = { buildingId: f.building, name: '测试火锅店', category: '餐饮', legalRep: '王测试', phone: '023 6123 4567', employees: 8, creditGrade: 'B', floor: 1 };
    const wrong = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
    expect(await refused('tenant.open', { ...base, uscc: wrong })).toMatchObject({ path: 'uscc', message: expect.stringContaining('check character') });
    expect(await refused('tenant.open', { ...base, uscc: code.replace(/^9/, 'O') })).toMatchObject({ path: 'uscc', message: expect.stringContaining('leave out') });
    const r = await write('tenant.open', { ...base, uscc: code.toLowerCase() });
    opened = r.id;
    expect(db.prepare('SELECT uscc, phone, status, credit_grade FROM tenant WHERE id = ?').get(opened)).toEqual({ uscc: code, phone: '023-61234567', status: 'open', credit_grade: 'B' });
    expect(await refused('tenant.open', { ...base, uscc: code })).toMatchObject({ code: 'conflict', reason: 'uscc_taken' });
  });

  it('keeps the credit grade history; 歇业 stays, 注销 moves it out for good', async () => {
    await write('tenant.update', { id: opened, creditGrade: 'A', gradeNote: '年度评定', employees: 12 });
    expect(db.prepare('SELECT grade, since, note FROM tenant_credit_grade WHERE tenant_id = ? ORDER BY id').all(opened)).toEqual([
      { grade: 'B', since: '2026-11-20', note: '' },
      { grade: 'A', since: '2026-11-20', note: '年度评定' },
    ]);
    expect(await refused('tenant.update', { id: opened, gradeNote: '无新等级' })).toMatchObject({ path: 'gradeNote' });
    await write('tenant.setStatus', { id: opened, status: 'suspended', onDate: '2026-11-20' });
    expect(db.prepare('SELECT status FROM tenant WHERE id = ?').pluck().get(opened)).toBe('suspended');
    await write('tenant.setStatus', { id: opened, status: 'closed', onDate: '2026-11-20' });
    expect(db.prepare('SELECT count(*) FROM tenant WHERE id = ?').pluck().get(opened)).toBe(0);
    expect(db.prepare('SELECT closed_on FROM tenant_closed WHERE id = ?').pluck().get(opened)).toBe('2026-11-20');
    expect(await refused('tenant.setStatus', { id: opened, status: 'open', onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'tenant_closed' });
    const history = ok<RecordHistory>(await call('record.history', { kind: 'tenant', id: opened }));
    expect(history.status).toBe('closed');
    expect(history.statuses.map((s) => s.status)).toEqual(['closed', 'suspended', 'open']);
    expect(history.creditGrades.map((g) => g.grade)).toEqual(['A', 'B']);
  });

  it('moves a tenant to another building at its centre', async () => {
    const other = db.prepare('SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 AND b.id <> ? AND b.floors >= 2 ORDER BY b.id LIMIT 1').pluck().get(f.building) as number;
    const r = await write('tenant.move', { id: f.tenant, buildingId: other, floor: 2 });
    expect(r.changed).toEqual(expect.arrayContaining(['buildingId']));
    const t = db.prepare('SELECT building_id, lng, lat FROM tenant WHERE id = ?').get(f.tenant) as { building_id: number; lng: number; lat: number };
    const c = db.prepare('SELECT center_lng, center_lat FROM building WHERE id = ?').get(other) as { center_lng: number; center_lat: number };
    expect([t.building_id, t.lng, t.lat]).toEqual([other, c.center_lng, c.center_lat]);
  });
});

describe('grid staff posts', () => {
  it('refuses a second 网格员 and vacating a post with open cases; replacing resolves the grid’s staff review', async () => {
    expect(await refused('staff.assign', { role: 'grid_worker', gridId: f.grid, name: '测试员', phone: '13900002222' })).toMatchObject({ code: 'conflict', reason: 'post_held' });
    const busy = db
      .prepare(`SELECT assignee_staff_id FROM case_file WHERE assignee_staff_id IS NOT NULL AND status IN ('reported','registered','dispatched','handling','awaiting_verification') AND grid_id IN (SELECT id FROM grid WHERE community_id = 1) LIMIT 1`)
      .pluck()
      .get() as number;
    expect(await refused('staff.vacate', { id: busy, onDate: '2026-11-20' })).toMatchObject({ code: 'conflict', reason: 'post_has_cases' });
    const r = await write('staff.replace', { id: f.gridWorker, name: '接任网格员', phone: '139 0000 3333' });
    expect(r.resolvedReviews).toEqual([f.reviewId]);
    expect(db.prepare('SELECT resolved_at FROM grid_staff_review WHERE id = ?').pluck().get(f.reviewId)).toBe(TEST_ANCHOR);
    expect(db.prepare('SELECT name, phone FROM grid_staff WHERE id = ?').get(f.gridWorker)).toEqual({ name: '接任网格员', phone: '13900003333' });
    const detail = ok<GridDetail>(await call('grid.detail', { id: f.grid }));
    expect(detail.staff.map((s) => s.name)).toContain('接任网格员');
  });

  it('assigns a volunteer and vacates them: the post leaves the grid drawer, its row stays', async () => {
    const r = await write('staff.assign', { role: 'volunteer', gridId: f.grid, name: '志愿测试', phone: '13900004444' });
    expect(ok<GridDetail>(await call('grid.detail', { id: f.grid })).staff.map((s) => s.id)).toContain(r.id);
    await write('staff.vacate', { id: r.id, onDate: '2026-11-20' });
    expect(ok<GridDetail>(await call('grid.detail', { id: f.grid })).staff.map((s) => s.id)).not.toContain(r.id);
    expect(db.prepare('SELECT vacated_on FROM grid_staff WHERE id = ?').pluck().get(r.id)).toBe('2026-11-20');
    expect(await refused('staff.replace', { id: r.id, name: '再来', phone: '13900004445' })).toMatchObject({ code: 'conflict', reason: 'post_vacated' });
    expect(await refused('staff.assign', { role: 'building_head', gridId: f.grid, name: '缺楼', phone: '13900004446' })).toMatchObject({ path: 'buildingId' });
  });
});

describe('变更记录 (record.history)', () => {
  it('shows who changed what, masked by role: the admin sees masked names, the leader none, the desk no phone', async () => {
    const id = db.prepare(`SELECT record_id FROM record_change WHERE kind = 'resident' AND action = 'update' ORDER BY id LIMIT 1`).pluck().get() as number;
    const as = async (token: string) => ok<RecordHistory>(await call('record.history', { kind: 'resident', id }, token));
    const admin = await as(tokens.admin);
    const rename = admin.changes.find((c) => c.action === 'update')!;
    expect(rename.userName).toBe('系统管理员');
    expect(rename.changes).toEqual([{ field: 'name', before: '司**', after: '欧**', hidden: false }]);
    const added = admin.changes.find((c) => c.action === 'add')!;
    expect(added.changes.find((c) => c.field === 'idNumber')).toEqual({ field: 'idNumber', before: null, after: `${NEW_ID.slice(0, 6)}********${NEW_ID.slice(-4)}`, hidden: false });
    expect(added.changes.find((c) => c.field === 'tags')).toMatchObject({ hidden: true, before: null, after: null });
    const leader = await as(tokens.leader);
    expect(leader.changes.flatMap((c) => c.changes).filter((c) => ['name', 'idNumber', 'phone', 'birthDate', 'address'].includes(c.field)).every((c) => c.hidden)).toBe(true);
    const desk = await as(tokens.dispatcher);
    expect(desk.changes.flatMap((c) => c.changes).find((c) => c.field === 'phone')).toMatchObject({ hidden: true });
    const text = JSON.stringify([admin, leader, desk]);
    for (const value of [NEW_ID, '13900001234', '司马测试', '欧阳新名']) expect(text).not.toContain(value);
  });

  it('names the households of a move by their address as the role sees addresses, not by their ids', async () => {
    const id = db.prepare(`SELECT record_id FROM record_change WHERE kind = 'resident' AND action = 'move' ORDER BY id DESC LIMIT 1`).pluck().get() as number;
    const move = (h: RecordHistory) => h.changes.find((c) => c.action === 'move')!.changes.find((c) => c.field === 'householdId')!;
    const admin = move(ok<RecordHistory>(await call('record.history', { kind: 'resident', id })));
    const address = (household: HistoryValue) => db.prepare('SELECT address FROM household WHERE id = ?').pluck().get(household) as string;
    const asAdmin = (a: string) => (level('admin', 'resident', 'address') === 'full' ? a : `${a.replace(/\d+单元.*$/, '')}…`);
    expect(admin.labels).toEqual({ [String(admin.before)]: asAdmin(address(admin.before)), [String(admin.after)]: asAdmin(address(admin.after)) });
    // The leader sees no addresses: the change is hidden and names nothing.
    expect(move(ok<RecordHistory>(await call('record.history', { kind: 'resident', id }, tokens.leader)))).toEqual({ field: 'householdId', before: null, after: null, hidden: true });
  });

  it('answers not_found for a record that never existed', async () => {
    expect(err(await call('record.history', { kind: 'tenant', id: 99_999_999 })).code).toBe('not_found');
  });
});
