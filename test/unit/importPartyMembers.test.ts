// The Party members register (党员台账) import and export on a real encrypted demo street: a
// messy workbook (title rows, a merged two-row header, a totals row, an ID number typed as a
// number or already shown as 5.00107E+17, a lower-case x, an unknown category, an unknown
// organisation, ...) row by row; the commit through the register's functions (join, 转接,
// edits); the role matrix; masking per role (members are personal data); the round trip
// (export → import: all unchanged).
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserView } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { openDatabase } from '../../src/main/core/db/database';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { maskIdNumber, maskName, maskPhone } from '../../src/main/core/privacy/mask';
import { partyMembersKind } from '../../src/main/core/registerImport/partyMembers/kind';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { commitKind, exportKind, planKind } from '../helpers/kindPipeline';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { idNumber } from '../helpers/registerFixtures';
import { ADMIN_IMPORTER } from '../helpers/importer';

let dir: string;
let remove: () => void;
let db: Db;
const adminActor = { user: { id: 1, role: 'admin' as const, communityId: null }, now: TEST_ANCHOR };
const viewer = (role: UserView['role'], communityId: number | null = null): UserView => ({ id: 1, username: 'u', displayName: 'u', role, communityId, mustChangePassword: false });
const MEMBER_TABLES = ['party_member', 'party_member_departed', 'resident', 'register_status', 'record_change', 'audit_log'];

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

function tableDigest(tables: readonly string[]): string {
  const h = createHash('sha256');
  for (const t of tables) h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  return h.digest('hex');
}

interface Member {
  id: number;
  org_id: number;
  resident_id: number | null;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: string;
  joined_on: string;
  report_community_id: number | null;
  id_number: string | null;
  birth_date: string | null;
  org: string;
}
const memberOf = (where: string, ...args: (string | number)[]) =>
  db
    .prepare(
      `SELECT m.id, m.org_id, m.resident_id, m.name, m.gender, m.phone, m.category, m.joined_on, m.report_community_id, r.id_number, r.birth_date, o.name AS org
         FROM party_member m JOIN party_org o ON o.id = m.org_id LEFT JOIN resident r ON r.id = m.resident_id WHERE ${where} ORDER BY m.id LIMIT 1`,
    )
    .get(...args) as Member | undefined;
const orgName = (where: string) => db.prepare(`SELECT name FROM party_org WHERE ${where} ORDER BY id LIMIT 1`).pluck().get() as string;

type Cell = string | number | null;

/** 杨家坪社区's 党员台账: a title, a date line, a two-row header (基本信息 merged over 姓名 … 出生日期, 党籍信息 over 所在党组织 … 入党时间), rows, a totals row. */
async function messyMemberWorkbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员花名册');
  ws.getCell('A1').value = '杨家坪社区党员花名册';
  ws.mergeCells('A1:K1');
  ws.getCell('A2').value = '填报单位：中共杨家坪社区委员会        填报日期：2026年11月';
  ws.mergeCells('A2:K2');
  const top = ['序号', '基本信息', '基本信息', '基本信息', '基本信息', '党籍信息', '党籍信息', '党籍信息', '联系电话', '现居住地址', '双报到社区'];
  const bottom = ['序号', '姓名', '身份证号码', '性别', '出生年月', '所在党支部', '党员类别', '入党时间', '联系电话', '现居住地址', '双报到社区'];
  top.forEach((t, i) => (ws.getCell(3, i + 1).value = t));
  bottom.forEach((t, i) => (ws.getCell(4, i + 1).value = t));
  for (const col of ['A', 'I', 'J', 'K']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('B3:E3');
  ws.mergeCells('F3:H3');
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['合计', `${rows.length} 人`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Party members import: a messy workbook, row by row', () => {
  it('joins, moves and edits what the rows say and refuses each bad row with its reason', async () => {
    const linked = memberOf(`m.resident_id IS NOT NULL AND o.community_id = 1 AND m.category = 'retired' AND r.id_number LIKE '%X'`) ?? memberOf(`m.resident_id IS NOT NULL AND o.community_id = 1 AND m.category = 'retired'`)!;
    const employed = memberOf(`m.resident_id IS NOT NULL AND o.community_id = 1 AND m.category = 'employed' AND m.id <> ?`, linked.id)!;
    const outside = memberOf(`m.resident_id IS NULL AND o.community_id = 1 AND m.category = 'two_new' AND m.report_community_id IS NULL`)!;
    const otherOrg = orgName(`community_id = 1 AND kind IN ('grid_branch', 'estate_branch') AND id <> ${employed.org_id}`);
    const community2Org = orgName(`community_id = 2 AND kind = 'community_committee'`);
    const joiner = db
      .prepare(
        `SELECT r.id, r.name, r.gender, r.id_number, r.birth_date FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
          WHERE g.community_id = 1 AND r.id NOT IN (SELECT resident_id FROM party_member WHERE resident_id IS NOT NULL) AND r.birth_date < '1990-01-01' ORDER BY r.id LIMIT 1`,
      )
      .get() as { id: number; name: string; gender: 'M' | 'F'; id_number: string; birth_date: string };
    const sex = (g: 'M' | 'F') => (g === 'M' ? '男' : '女');
    const newcomerId = idNumber('19850612', '123');
    const before = db.prepare('SELECT count(*) FROM party_member').pluck().get() as number;

    const bytes = await messyMemberWorkbook([
      // 5: a registered member, unchanged but for a phone written with +86 and spaces; the ID in lower case.
      [linked.name, linked.id_number!.toLowerCase(), sex(linked.gender), linked.birth_date!.replaceAll('-', '.'), linked.org, '离退休', linked.joined_on, '+86 139 1234 5678', null, null],
      // 6: an employed member who moved to another branch and now counts as 流动, registered with 九龙社区.
      [employed.name, employed.id_number, sex(employed.gender), null, otherOrg, '流动党员', employed.joined_on, employed.phone, null, '九龙'],
      // 7: a resident of the community joins (入党), the birth date as 1958年3月12日 style text.
      [joiner.name, joiner.id_number, sex(joiner.gender), `${joiner.birth_date.slice(0, 4)}年${Number(joiner.birth_date.slice(5, 7))}月${Number(joiner.birth_date.slice(8))}日`, otherOrg, '在职', '2026-07-01', '13812345678', '柏树横街20号1单元101', '杨家坪社区'],
      // 8: a member who lives outside the register, matched by name, gender and organisation (no ID on record).
      [outside.name, null, sex(outside.gender), null, outside.org, '两新', outside.joined_on, outside.phone, null, null],
      // 9: the ID number Excel already turned into scientific notation: digits lost.
      ['钱小明', '5.00107E+17', '男', null, otherOrg, '在职', '2010-07-01', '13900001111', null, null],
      // 10: the ID number stored as a number: Excel keeps 15 digits.
      ['孙小丽', 500107198502020000, '女', null, otherOrg, '在职', '2010-07-01', '13900002222', null, null],
      // 11: a category the register does not know.
      ['李建华', idNumber('19700101', '011'), '男', null, otherOrg, '预备党员', '2010-07-01', '13900003333', null, null],
      // 12: an organisation the street does not have.
      ['周文', idNumber('19700101', '031'), '男', null, '中共火星社区委员会', '在职', '2010-07-01', '13900004444', null, null],
      // 13: a gender that disagrees with the ID number.
      ['吴敏', idNumber('19700101', '051'), '女', null, otherOrg, '在职', '2010-07-01', '13900005555', null, null],
      // 14: a 双报到 community the street does not have.
      ['郑强', idNumber('19700101', '071'), '男', null, otherOrg, '在职', '2010-07-01', '13900006666', null, '火星社区'],
      // 15: an organisation of another community.
      ['冯刚', idNumber('19700101', '091'), '男', null, community2Org, '在职', '2010-07-01', '13900007777', null, null],
      // 16: a newcomer living outside the street's register (转入 by the register's join).
      ['陈新', newcomerId, null, '1985-06', otherOrg, '两新组织党员', '2012年7月', '023-6812 3456', '外区', null],
    ]);
    const run = await planKind(db, partyMembersKind, bytes, 1);
    expect(run.headerRows).toEqual([4]);
    expect(run.totalsRows).toEqual([17]);
    const outcome = (row: number) => run.rows.find((r) => r.row === row);
    const reasons = (row: number) => run.issues.filter((i) => i.row === row).map((i) => i.reason);

    expect(outcome(5)).toMatchObject({ outcome: 'update', recordId: linked.id, fields: ['phone'] });
    expect(outcome(6)).toMatchObject({ outcome: 'update', recordId: employed.id, fields: ['category', 'org', 'reportCommunity'] });
    expect(outcome(7)).toMatchObject({ outcome: 'new', target: { residentId: joiner.id, reportCommunityId: 1 } });
    expect(outcome(8)).toMatchObject({ outcome: 'unchanged', recordId: outside.id });
    expect(reasons(9)).toEqual(['id_scientific']);
    expect(reasons(10)).toEqual(['id_lost_digits']);
    expect(reasons(11)).toEqual(['member_category_unknown']);
    expect(run.issues.find((i) => i.row === 11)!.detail).toBe('在职、离退休、流动、两新');
    expect(reasons(12)).toEqual(['member_org_unknown']);
    expect(reasons(13)).toEqual(['gender_mismatch']);
    expect(reasons(14)).toEqual(['report_community_unknown']);
    expect(reasons(15)).toEqual(['community_differs']);
    expect(outcome(16)).toMatchObject({ outcome: 'new', target: { residentId: null } });

    const counts = commitKind(db, partyMembersKind, adminActor, run.rows);
    expect(counts).toMatchObject({ added: 2, updated: 2 });
    expect(db.prepare('SELECT count(*) FROM party_member').pluck().get()).toBe(before + 2);
    expect(memberOf('m.id = ?', linked.id)).toMatchObject({ phone: '13912345678', category: linked.category, org_id: linked.org_id });
    expect(memberOf('m.id = ?', employed.id)).toMatchObject({ category: 'mobile', org: otherOrg, report_community_id: 2 });
    const joined = memberOf('m.resident_id = ?', joiner.id)!;
    expect(joined).toMatchObject({ name: joiner.name, gender: joiner.gender, category: 'employed', joined_on: '2026-07-01', org: otherOrg, report_community_id: 1 });
    expect(db.prepare('SELECT is_party_member FROM resident WHERE id = ?').pluck().get(joiner.id)).toBe(1);
    expect(db.prepare('SELECT dual_report FROM party_member WHERE id = ?').pluck().get(joined.id)).toBe('registered');
    expect(memberOf(`m.name = '陈新'`)).toMatchObject({ resident_id: null, gender: 'M', phone: '023-68123456', category: 'two_new', joined_on: '2012-07-01' });
    const history = db.prepare(`SELECT action FROM record_change WHERE kind = 'partyMember' AND record_id = ? AND at = ? ORDER BY id`).pluck().all(employed.id, TEST_ANCHOR);
    expect(history).toEqual(['move', 'update']);
  });
});

describe('Party members: roles, masking, round trip', () => {
  it('community staff write their own community’s members; a role that may not is refused in the core and nothing changes', async () => {
    const m = memberOf(`m.resident_id IS NOT NULL AND o.community_id = 1`)!;
    const bytes = await messyMemberWorkbook([[m.name, m.id_number, null, null, m.org, '在职', m.joined_on, '13700001234', null, null]]);
    const run = await planKind(db, partyMembersKind, bytes, 1);
    expect(run.issues).toEqual([]);
    expect(run.rows.map((r) => r.outcome)).toEqual(['update']);
    const before = tableDigest(MEMBER_TABLES);
    expect(() => commitKind(db, partyMembersKind, { user: { id: 3, role: 'dispatcher', communityId: null }, now: TEST_ANCHOR }, run.rows)).toThrow(/may not change Party members/);
    expect(() => commitKind(db, partyMembersKind, { user: { id: 2, role: 'community', communityId: 2 }, now: TEST_ANCHOR }, run.rows)).toThrow(/may change community 2 only/);
    expect(tableDigest(MEMBER_TABLES)).toBe(before);
    commitKind(db, partyMembersKind, { user: { id: 2, role: 'community', communityId: 1 }, now: TEST_ANCHOR }, run.rows);
    expect(memberOf('m.id = ?', m.id)!.phone).toBe('13700001234');
    expect(partyMembersKind.roles).toEqual(['admin', 'community']);
  });

  it('exports members masked as each role sees them: names, phones and ID numbers masked, the birth date left out beside a masked number', () => {
    const m = memberOf(`m.resident_id IS NOT NULL AND o.community_id = 1`)!;
    const rows = (role: UserView['role']) => [...partyMembersKind.exportRows(db, { communityId: 1, gridId: null }, viewer(role, role === 'community' ? 1 : null))];
    for (const role of ['admin', 'community'] as const) {
      const row = rows(role).find((r) => r.idNumber === maskIdNumber(m.id_number!) && r.name === maskName(m.name))!;
      expect(row).toMatchObject({ name: maskName(m.name), phone: maskPhone(m.phone), idNumber: maskIdNumber(m.id_number!), birthDate: null, org: m.org });
      expect(JSON.stringify(rows(role))).not.toContain(m.id_number!);
    }
    const desk = rows('dispatcher');
    expect(desk.every((r) => r.phone === null && r.idNumber === null)).toBe(true);
    // The desk sees a member's home as the building without the room.
    const home = db.prepare('SELECT h.address, b.address AS building FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE r.id = ?').get(m.resident_id!) as { address: string; building: string };
    expect(rows('admin').map((r) => r.address)).toContain(home.address);
    expect(desk.map((r) => r.address)).toContain(home.building);
    expect(desk.map((r) => r.address)).not.toContain(home.address);
    expect(rows('leader').every((r) => r.name === null)).toBe(true);
  });

  it('round trip: export a community, import it back: every member unchanged, the tables as they were', async () => {
    for (const communityId of [1, 2]) {
      const n = db.prepare('SELECT count(*) FROM party_member m JOIN party_org o ON o.id = m.org_id WHERE o.community_id = ?').pluck().get(communityId) as number;
      const bytes = await exportKind(db, partyMembersKind, { communityId, gridId: null }, viewer('admin'));
      const sheet = (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '公民身份号码', '性别', '出生日期', '所在党组织', '党员类别', '入党时间', '联系电话', '现居住地址', '双报到社区']);
      expect(sheet.rowCount).toBe(n + 1);
      const before = tableDigest(MEMBER_TABLES);
      const run = await planKind(db, partyMembersKind, bytes, communityId);
      expect(run.issues).toEqual([]);
      expect(run.rows).toHaveLength(n);
      expect(run.rows.filter((r) => r.outcome !== 'unchanged')).toEqual([]);
      commitKind(db, partyMembersKind, adminActor, run.rows);
      expect(tableDigest(MEMBER_TABLES)).toBe(before);
    }
  });
  it('round trip through the import and export themselves: the exported file previews as all unchanged and commits writing nothing', async () => {
    const file = await exportRegister(db, { register: 'partyMembers', communityId: 1 }, viewer('admin'), TEST_ANCHOR, () => undefined);
    expect(file.fileName).toMatch(/^党员台账_杨家坪社区_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const input = { register: 'partyMembers' as const, communityId: 1, file: { name: file.fileName, base64: file.base64 } };
    const preview = await importPreview(db, input, ADMIN_IMPORTER, () => undefined);
    expect(preview.issues).toEqual([]);
    expect(preview.totals).toMatchObject({ new: 0, updated: 0, conflict: 0, needsPick: 0, rejected: 0 });
    expect(preview.totals.unchanged).toBeGreaterThan(0);
    const before = tableDigest(MEMBER_TABLES.filter((t) => t !== 'audit_log'));
    const done = await commitImport(db, { ...input, digest: preview.digest }, adminActor, () => undefined);
    expect(done).toMatchObject({ added: 0, updated: 0, unchanged: preview.totals.unchanged });
    expect(tableDigest(MEMBER_TABLES.filter((t) => t !== 'audit_log'))).toBe(before);
  });
});
