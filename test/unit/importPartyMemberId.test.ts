// The Party members import and a member's own ID number (migration 0014): a member with no
// resident record gets the number the row gives, a new one joins with it; rows are matched by
// it before name, gender and organisation; the export writes it masked per role, and the
// exported file reads back unchanged.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserView } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { openDatabase } from '../../src/main/core/db/database';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { maskIdNumber } from '../../src/main/core/privacy/mask';
import { partyMembersKind } from '../../src/main/core/registerImport/partyMembers/kind';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { commitKind, exportKind, planKind } from '../helpers/kindPipeline';
import { idNumber } from '../helpers/registerFixtures';

let remove: () => void;
let db: Db;
const adminActor = { user: { id: 1, role: 'admin' as const, communityId: null }, now: TEST_ANCHOR };
const viewer = (role: UserView['role']): UserView => ({ id: 1, username: 'u', displayName: 'u', role, communityId: null, mustChangePassword: false });
const HEADER = ['姓名', '公民身份号码', '性别', '出生日期', '所在党组织', '党员类别', '入党时间', '联系电话', '现居住地址', '双报到社区'];

beforeEach(async () => {
  let dir: string;
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Outside { id: number; name: string; gender: 'M' | 'F'; phone: string; category: string; joined_on: string; org: string; report: string | null }
const sex = (g: 'M' | 'F') => (g === 'M' ? '男' : '女');
const CATEGORY = { employed: '在职', retired: '离退休', mobile: '流动', two_new: '两新' } as Record<string, string>;
const ownId = (id: number) => db.prepare('SELECT id_number FROM party_member WHERE id = ?').pluck().get(id) as string | null;

describe('Party members import: a member’s own ID number', () => {
  it('stores it for a member with no resident record and a new one, matches by it first, and exports it masked per role', async () => {
    const outside = db
      .prepare(`SELECT m.id, m.name, m.gender, m.phone, m.category, m.joined_on, o.name AS org, rc.name AS report FROM party_member m JOIN party_org o ON o.id = m.org_id
                 LEFT JOIN community rc ON rc.id = m.report_community_id
                 WHERE m.resident_id IS NULL AND o.community_id = 1 ORDER BY m.id LIMIT 1`)
      .get() as Outside;
    const theirs = idNumber('19760504', outside.gender === 'M' ? '013' : '024');
    const newcomer = idNumber('19880808', '035');
    // The member's row as the register holds it (the demo registers most employed members for 双报到).
    const row = (name: string, id: string | null, m: Outside) => [name, id, sex(m.gender), null, m.org, CATEGORY[m.category]!, m.joined_on, m.phone, null, m.report];

    let run = await planKind(db, partyMembersKind, await workbook([row(outside.name, theirs, outside), row('新来者', newcomer, { ...outside, gender: 'M' })]), 1);
    expect(run.issues).toEqual([]);
    expect(run.rows.map((r) => [r.outcome, r.recordId, r.fields])).toEqual([['update', outside.id, ['idNumber']], ['new', null, []]]);
    commitKind(db, partyMembersKind, adminActor, run.rows);
    expect(ownId(outside.id)).toBe(theirs);
    const added = db.prepare('SELECT id FROM party_member WHERE id_number = ?').pluck().get(newcomer) as number;
    expect(added).toBeGreaterThan(0);

    // By the number first: a renamed row is the same member, its name updated.
    run = await planKind(db, partyMembersKind, await workbook([row(`${outside.name}改`, theirs, outside)]), 1);
    expect(run.rows.map((r) => [r.outcome, r.recordId, r.fields])).toEqual([['update', outside.id, ['name']]]);

    const exported = (role: UserView['role']) => [...partyMembersKind.exportRows(db, { communityId: 1, gridId: null }, viewer(role))];
    expect(exported('admin').map((r) => r.idNumber)).toContain(maskIdNumber(theirs));
    expect(JSON.stringify(exported('admin'))).not.toContain(theirs);
    expect(exported('dispatcher').every((r) => r.idNumber === null)).toBe(true);

    const back = await planKind(db, partyMembersKind, await exportKind(db, partyMembersKind, { communityId: 1, gridId: null }, viewer('admin')), 1);
    expect(back.issues).toEqual([]);
    expect(back.rows.filter((r) => r.outcome !== 'unchanged')).toEqual([]);
  });
});
