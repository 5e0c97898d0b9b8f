// Unmasking one record is an explicit act with a reason, written to the read audit without
// personal values; bulk reads of persons are limited per session over a sliding window
// (injected clock) and every read that carries persons leaves one compact audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevealedPerson } from '../../src/shared/access';
import type { BuildingDetail } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { BULK_READ_LIMIT } from '../../src/main/core/access/bulkReads';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let dir: string;
let remove: () => void;
let now = TEST_ANCHOR;
const token = {} as Record<'admin' | 'dispatcher' | 'leader', string>;
let resident: { id: number; name: string; phone: string; id_number: string };
let reportedCase: { id: number; reporter_phone: string };
/** Residential buildings, most residents first. */
let buildings: { id: number; n: number }[];

interface AuditRow {
  at: number;
  user_id: number;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string;
}

async function auditSince(at: number): Promise<AuditRow[]> {
  const db = await openStreetReadonly(dir);
  try {
    return db.prepare(`SELECT at, user_id, action, entity, entity_id, detail FROM audit_log WHERE at >= ? AND (action LIKE 'person%' OR action LIKE 'personal%') ORDER BY id`).all(at) as AuditRow[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const copy = await demoStreetCopy();
  dir = copy.dir;
  remove = copy.remove;
  const db = await openStreetReadonly(dir);
  resident = db.prepare(`SELECT id, name, phone, id_number FROM resident WHERE phone IS NOT NULL AND tags <> '[]' LIMIT 1`).get() as typeof resident;
  reportedCase = db.prepare(`SELECT id, reporter_phone FROM case_file WHERE status = 'closed' AND evaluated_at IS NOT NULL AND reporter_phone IS NOT NULL LIMIT 1`).get() as typeof reportedCase;
  buildings = db
    .prepare('SELECT h.building_id AS id, count(*) AS n FROM resident r JOIN household h ON h.id = r.household_id GROUP BY h.building_id ORDER BY n DESC')
    .all() as typeof buildings;
  db.close();
  core = await startCore({ dataDir: dir, now: () => now });
  for (const u of ['admin', 'dispatcher', 'leader'] as const) token[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core?.close();
  remove?.();
});

describe('reveal', () => {
  it('shows one resident in full with a reason and audits who, what, which fields and why, without the values', async () => {
    now += 1000;
    const since = now;
    const person = ok<RevealedPerson>(await core.call('person.reveal', { kind: 'resident', id: resident.id, reason: '走访核实 独居老人 电话13912345678' }, token.admin));
    expect(person).toMatchObject({ kind: 'resident', id: resident.id, name: resident.name, phone: resident.phone, idNumber: resident.id_number });
    expect(person.tags.length).toBeGreaterThan(0);
    const rows = await auditSince(since);
    const reveal = rows.find((r) => r.action === 'person.reveal')!;
    expect(reveal).toMatchObject({ entity: 'resident', entity_id: resident.id });
    const detail = JSON.parse(reveal.detail) as { fields: string[]; reason: string };
    expect(detail.fields).toEqual(['name', 'phone', 'idNumber', 'address', 'tags']);
    // The reason is kept, but a number typed into it is not.
    expect(detail.reason).toBe('走访核实 独居老人 电话139****5678');
    for (const r of rows) for (const value of [resident.name, resident.phone, resident.id_number]) expect(r.detail).not.toContain(value);
  });

  it('refuses without a reason, with a short one, and for roles the matrix does not allow', async () => {
    expect(err(await core.call('person.reveal', { kind: 'resident', id: resident.id }, token.admin))).toMatchObject({ code: 'invalid_input', details: [{ path: 'reason' }] });
    expect(err(await core.call('person.reveal', { kind: 'resident', id: resident.id, reason: ' 看 ' }, token.admin))).toMatchObject({
      code: 'invalid_input',
      details: [{ path: 'reason', message: 'is required: at least 4 characters' }],
    });
    expect(err(await core.call('person.reveal', { kind: 'resident', id: resident.id, reason: '核实身份信息' }, token.dispatcher))).toMatchObject({
      code: 'unauthorized',
      message: 'the dispatcher role may not unmask resident records',
    });
    expect(err(await core.call('person.reveal', { kind: 'reporter', id: reportedCase.id, reason: '回访投诉人' }, token.leader))).toMatchObject({ code: 'unauthorized' });
    // A dispatcher may unmask the reporter of a case it no longer works (a closed, evaluated case).
    const reporter = ok<RevealedPerson>(await core.call('person.reveal', { kind: 'reporter', id: reportedCase.id, reason: '回访投诉人' }, token.dispatcher));
    expect(reporter.phone).toBe(reportedCase.reporter_phone);
  });
});

describe('bulk reads', () => {
  it(`refuses the persons beyond ${BULK_READ_LIMIT.persons} in ${BULK_READ_LIMIT.windowMs / 60_000} minutes, audits each read and the refusal, and opens again as the window slides`, async () => {
    const admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    // The budget is the account's: let what the earlier tests read slide out of the window first.
    now += BULK_READ_LIMIT.windowMs + 60_000;
    ok(await core.call('session.status', {}, token.admin));
    const since = now;
    let persons = 0;
    let admitted = 0;
    let refused: { id: number; n: number } | null = null;
    for (const b of buildings) {
      now += 1000;
      const r = await core.call('building.detail', { id: b.id }, admin);
      if (!r.ok) {
        expect(r.error).toMatchObject({ code: 'throttled', details: [{ reason: 'bulk_read_limit' }] });
        expect(r.error.message).toContain(`at most ${BULK_READ_LIMIT.persons} distinct persons in 10 minutes`);
        refused = b;
        break;
      }
      persons += (r.result as BuildingDetail).residentCount;
      admitted += 1;
    }
    expect(refused, 'the street has more residents than the limit').not.toBeNull();
    expect(persons).toBeLessThanOrEqual(BULK_READ_LIMIT.persons);
    expect(persons + refused!.n).toBeGreaterThan(BULK_READ_LIMIT.persons);
    // Reading the same persons again costs nothing; the window is about distinct persons.
    ok(await core.call('building.detail', { id: buildings[0]!.id }, admin));
    const rows = (await auditSince(since)).filter((r) => r.action.startsWith('personal.read'));
    expect(rows.filter((r) => r.action === 'personal.read')).toHaveLength(admitted + 1);
    expect(rows.filter((r) => r.action === 'personal.read.refused')).toEqual([expect.objectContaining({ entity: 'building', entity_id: refused!.id })]);
    expect(JSON.parse(rows[0]!.detail)).toEqual({ method: 'building.detail', persons: buildings[0]!.n });
    // The limiter's cost inside a call: a building already read, again and again (persons already counted).
    const small = buildings[0]!;
    const started = performance.now();
    for (let i = 0; i < 200; i++) ok(await core.call('building.detail', { id: small.id }, token.admin));
    const withPersons = (performance.now() - started) / 200;
    // The dispatcher gets the same building without households: no persons, no limiter, no audit row.
    const bare = performance.now();
    for (let i = 0; i < 200; i++) ok(await core.call('building.detail', { id: small.id }, token.dispatcher));
    console.log(JSON.stringify({ figure: 'building.detail ms per call', residents: small.n, admin: withPersons, dispatcherWithoutPersons: (performance.now() - bare) / 200 }));
    // Another session of the same account shares the window (signing in again is no way round
    // it); the window opens again once it has slid by.
    expect(err(await core.call('building.detail', { id: refused!.id }, token.admin)).code).toBe('throttled');
    now += BULK_READ_LIMIT.windowMs;
    ok(await core.call('building.detail', { id: refused!.id }, admin));
  });
});
