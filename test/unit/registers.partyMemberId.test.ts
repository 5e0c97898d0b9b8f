// A Party member's own ID number (migration 0014): a member with no resident record in the
// street keeps one, checked by GB 11643 and normalised as a resident's; one number is never two
// members; a member linked to a resident takes no number other than the resident's. History
// keeps it (record.history masks it by role), the audit names the field only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordHistory, RegisterWriteResult } from '../../src/shared/registers';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';
import { auditOf, changesOf, idNumber, writeCounts } from '../helpers/registerFixtures';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens = { admin: '', dispatcher: '' };
let org: number;
let resident: { id: number; name: string; gender: 'M' | 'F'; id_number: string };

const call = (method: string, input: unknown, token = tokens.admin) => core.call(method, input, token);
const write = async (method: string, input: unknown) => ok<RegisterWriteResult>(await call(method, input));
const refused = (method: string, input: unknown) => expectRefusal(method, () => call(method, input), () => writeCounts(db));
const idOf = (id: number) => db.prepare('SELECT id_number FROM party_member WHERE id = ?').pluck().get(id);

const ID_A = idNumber('19750312', '011'); // male
const ID_B = idNumber('19800101', '021'); // male
const base = { gender: 'M', phone: '13944447777', category: 'mobile', joinedOn: '2001-07-01' } as const;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const role of ['admin', 'dispatcher'] as const) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  org = db.prepare(`SELECT id FROM party_org WHERE kind = 'grid_branch' ORDER BY id LIMIT 1`).pluck().get() as number;
  resident = db
    .prepare('SELECT id, name, gender, id_number FROM resident WHERE id NOT IN (SELECT resident_id FROM party_member WHERE resident_id IS NOT NULL) ORDER BY id LIMIT 1')
    .get() as typeof resident;
});
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('Party member ID number', () => {
  let a: number;
  it('the table holds it, unique among members, and indexed', () => {
    const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
    expect(cols.all('party_member')).toContain('id_number');
    expect(cols.all('party_member_departed')).toContain('id_number');
    expect(db.prepare(`SELECT "unique" FROM pragma_index_list('party_member') WHERE name = 'party_member_id_number'`).pluck().get()).toBe(1);
  });

  it('joins a member without a resident record with their ID number, normalised; history keeps it, the audit names the field only', async () => {
    const typed = ` ${ID_A.slice(0, 6)} ${ID_A.slice(6).replace('X', 'x')}`;
    a = (await write('partyMember.join', { ...base, orgId: org, name: '流动甲', idNumber: typed })).id;
    expect(idOf(a)).toBe(ID_A);
    expect(changesOf(db, 'partyMember', a)[0]!.changes).toContainEqual({ field: 'idNumber', before: null, after: ID_A });
    const audit = auditOf(db, 'party_member', a)[0]!;
    expect(audit.detail).not.toContain(ID_A);
    expect(JSON.parse(audit.detail).fields).toContain('idNumber');
  });

  it('record.history masks it by role as a resident ID number is', async () => {
    const shown = (h: RecordHistory) => h.changes.at(-1)!.changes.find((c) => c.field === 'idNumber');
    expect(shown(ok<RecordHistory>(await call('record.history', { kind: 'partyMember', id: a })))).toMatchObject({ after: `${ID_A.slice(0, 6)}********${ID_A.slice(14)}`, hidden: false });
    // The desks see no ID number at all (a resident's neither).
    expect(shown(ok<RecordHistory>(await call('record.history', { kind: 'partyMember', id: a }, tokens.dispatcher)))).toMatchObject({ after: null, hidden: true });
  });

  it('refuses a number that fails GB 11643, another member’s, or one that is not the linked resident’s, changing nothing', async () => {
    const bad = ID_B.slice(0, 17) + (ID_B[17] === '0' ? '1' : '0');
    expect(await refused('partyMember.join', { ...base, orgId: org, name: '流动乙', idNumber: bad })).toMatchObject({ path: 'idNumber', reason: 'id_checksum' });
    expect(await refused('partyMember.join', { ...base, orgId: org, name: '流动乙', idNumber: ID_A })).toMatchObject({ code: 'conflict', path: 'idNumber', reason: 'member_id_taken' });
    expect(await refused('partyMember.join', { ...base, orgId: org, name: '流动乙', gender: 'F', idNumber: ID_B })).toMatchObject({ path: 'gender' });
    const linked = { ...base, orgId: org, name: resident.name, gender: resident.gender, residentId: resident.id };
    expect(await refused('partyMember.join', { ...linked, idNumber: ID_B })).toMatchObject({ path: 'idNumber', reason: 'id_differs_resident' });
    // The resident's own number is theirs already: accepted, and not stored twice.
    const r = await write('partyMember.join', { ...linked, idNumber: resident.id_number });
    expect(idOf(r.id)).toBeNull();
  });

  it('update sets, changes and refuses it like join', async () => {
    const b = (await write('partyMember.join', { ...base, orgId: org, name: '流动丙' })).id;
    expect(idOf(b)).toBeNull();
    expect(await refused('partyMember.update', { id: b, idNumber: ID_A })).toMatchObject({ path: 'idNumber', reason: 'member_id_taken' });
    expect((await write('partyMember.update', { id: b, idNumber: ID_B })).changed).toEqual(['idNumber']);
    expect(idOf(b)).toBe(ID_B);
    expect(changesOf(db, 'partyMember', b).at(-1)!.changes).toEqual([{ field: 'idNumber', before: null, after: ID_B }]);
    expect((await write('partyMember.update', { id: b, idNumber: ID_B })).changed).toEqual([]);
  });
});
