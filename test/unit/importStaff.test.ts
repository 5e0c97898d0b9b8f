// The grid staff register (网格人员台账, "11XN") import and export on a real encrypted demo
// street: a messy community workbook (title rows, a merged two-row header, a totals row, an
// unknown grid, phones with +86 and dashes, ...) row by row, the commit through the staff
// register's functions (a held post's holder replaced, never a post vacated by absence), the
// role matrix, masking per role, and the round trip (export → import: all unchanged).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldReasonText } from '../../src/shared/fieldReasons';
import { gridLabel } from '../../src/shared/gridLabel';
import type { Db } from '../../src/main/core/db/database';
import { openDatabase } from '../../src/main/core/db/database';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { maskIdNumber, maskName, maskPhone } from '../../src/main/core/privacy/mask';
import { assignStaff } from '../../src/main/core/registers/staff';
import { staffKind } from '../../src/main/core/registerImport/staff/kind';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import type { UserView } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { commitKind, exportKind, planKind, tableDigest } from '../helpers/kindPipeline';
import { ADMIN_IMPORTER } from '../helpers/importer';

let dir: string;
let remove: () => void;
let db: Db;
const admin = { id: 1, role: 'admin' as const, communityId: null };
const adminActor = { user: admin, now: TEST_ANCHOR };
const viewer = (role: UserView['role'], communityId: number | null = null): UserView => ({ id: 1, username: 'u', displayName: 'u', role, communityId, mustChangePassword: false });
const STAFF_TABLES = ['grid_staff', 'register_status', 'record_change', 'grid_staff_review'];

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

interface Post {
  id: number;
  grid_id: number;
  name: string;
  phone: string;
  building_id: number | null;
}

function gridOf(id: number): { id: number; code: string; name: string; label: string } {
  const g = db.prepare('SELECT g.id, g.code, g.name, c.name AS community FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?').get(id) as { id: number; code: string; name: string; community: string };
  return { ...g, label: gridLabel({ name: g.name, communityName: g.community }) };
}

function post(role: string, where: string, arg: number): Post {
  return db.prepare(`SELECT id, grid_id, name, phone, building_id FROM grid_staff WHERE role = ? AND ${where} = ? AND vacated_on IS NULL ORDER BY id LIMIT 1`).get(role, arg) as Post;
}

/** A resident of community 1 who holds no post, with a name nobody else has. */
function residentOfCommunity1(skip: number): { id: number; name: string; id_number: string } {
  return db
    .prepare(
      `SELECT r.id, r.name, r.id_number FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = 1 AND r.id NOT IN (SELECT resident_id FROM grid_staff WHERE resident_id IS NOT NULL) ORDER BY r.id LIMIT 1 OFFSET ?`,
    )
    .get(skip) as { id: number; name: string; id_number: string };
}

type Cell = string | number | null;

/** 杨家坪社区's register as a community keeps it: a title, a date line, a two-row header with 人员信息 merged over 姓名 and 联系电话, rows, a totals row. */
async function messyStaffWorkbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('网格人员');
  ws.getCell('A1').value = '杨家坪社区网格化服务管理人员（11XN）台账';
  ws.mergeCells('A1:I1');
  ws.getCell('A2').value = '填报单位：杨家坪社区居委会        填报日期：2026年11月';
  ws.mergeCells('A2:I2');
  const top = ['序号', '所属网格', '岗位', '负责楼栋', '人员信息', '人员信息', '身份证号', '任职日期', '政治面貌'];
  const bottom = ['序号', '所属网格', '岗位', '负责楼栋', '姓名', '联系电话', '身份证号', '任职日期', '政治面貌'];
  top.forEach((t, i) => (ws.getCell(3, i + 1).value = t));
  bottom.forEach((t, i) => (ws.getCell(4, i + 1).value = t));
  for (const col of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('E3:F3');
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['合计', null, null, null, `${rows.length} 人`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('grid staff import: a messy community workbook, row by row', () => {
  it('updates, replaces and assigns what the rows say, refuses each bad row with its reason, and vacates nothing', async () => {
    const g1 = gridOf(1);
    const g2 = gridOf(2);
    const g3 = gridOf(3);
    const other = gridOf(db.prepare('SELECT id FROM grid WHERE community_id = 2 ORDER BY id LIMIT 1').pluck().get() as number);
    const head1 = post('grid_head', 'grid_id', 1);
    const worker2 = post('grid_worker', 'grid_id', 2);
    const heads = db.prepare(`SELECT s.id, s.grid_id, s.name, s.phone, s.building_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.role = 'building_head' AND g.community_id = 1 AND s.vacated_on IS NULL ORDER BY s.id LIMIT 2`).all() as Post[];
    const [bh1, bh2] = [heads[0]!, heads[1]!];
    const bName = (id: number) => db.prepare('SELECT name FROM building WHERE id = ?').pluck().get(id) as string;
    const stranger = residentOfCommunity1(0);
    const holder = residentOfCommunity1(1);
    const vacatedBefore = db.prepare('SELECT count(*) FROM grid_staff WHERE vacated_on IS NOT NULL').pluck().get();
    const postsBefore = db.prepare('SELECT count(*) FROM grid_staff').pluck().get() as number;

    const bytes = await messyStaffWorkbook([
      /* 5 */ [g1.label, '网格长', null, head1.name, '+86 138-0013-8000', null, null, '是'],
      /* 6 */ [g2.name, '专职网格员', null, '王晓峰', '139 0000 2222', null, null, '群众'],
      /* 7 */ ['火星·01网格', '网格员', null, '李思远', '13900003333', null, null, null],
      /* 8 */ [other.label, '网格员', null, '赵一鸣', '13900004444', null, null, null],
      /* 9 */ ['第三网格', '志愿者', null, '钱七七', '023-6812 3456', null, null, null],
      /* 10 */ [g1.label, '书记', null, '孙立', '13900005555', null, null, null],
      /* 11 */ [null, '楼栋长', null, '孙八一', '13900005556', null, null, null],
      /* 12 */ [null, '楼栋长', bName(bh1.building_id!), '周久安', '13900006666', stranger.id_number, null, null],
      /* 13 */ [g3.code, '网格长', null, '吴天佑', '13900007777', null, null, null],
      /* 14 */ [g3.label, '网格长', null, '郑一凡', '13900008888', null, null, null],
      /* 15 */ [null, '楼栋长', bName(bh2.building_id!), holder.name, '0086 139-0000-9999', holder.id_number.toLowerCase(), '2026年11月1日', '中共党员'],
      /* 16 */ [g1.label, '志愿者', null, '冯小雨', '12345', null, null, null],
    ]);
    const run = await planKind(db, staffKind, bytes, 1);

    expect(run.headerRows).toEqual([4]);
    expect(run.totalsRows).toEqual([17]);
    const outcome = (row: number) => run.rows.find((r) => r.row === row);
    const reasons = (row: number) => run.issues.filter((i) => i.row === row).map((i) => i.reason);
    expect(outcome(5)).toMatchObject({ outcome: 'update', recordId: head1.id, fields: ['phone'] });
    expect(outcome(6)).toMatchObject({ outcome: 'update', recordId: worker2.id, fields: ['holder'] });
    expect(reasons(7)).toEqual(['grid_unknown']);
    expect(run.issues.find((i) => i.row === 7)).toMatchObject({ column: '所属网格', value: '火星·01网格' });
    expect(run.issues.find((i) => i.row === 7)!.detail).toContain(g1.label);
    expect(reasons(8)).toEqual(['grid_other_community']);
    expect(run.issues.find((i) => i.row === 8)!.detail).toBe('九龙社区');
    expect(outcome(9)).toMatchObject({ outcome: 'new', recordId: null, target: { kind: 'assign', role: 'volunteer', gridId: 3, phone: '023-68123456' } });
    expect(reasons(10)).toEqual(['post_invalid']);
    expect(reasons(11)).toEqual(['required_missing']);
    expect(run.issues.find((i) => i.row === 11)!.column).toBe('负责楼栋');
    expect(reasons(12)).toEqual(['name_differs']);
    expect(reasons(13)).toEqual(['post_twice_in_file']);
    expect(reasons(14)).toEqual(['post_twice_in_file']);
    expect(run.issues.find((i) => i.row === 13)!.detail).toBe('网格人员 第14行');
    expect(outcome(15)).toMatchObject({ outcome: 'update', recordId: bh2.id, fields: ['holder'], target: { residentId: holder.id, phone: '13900009999', isPartyMember: true } });
    expect(reasons(16)).toEqual(['phone_invalid']);
    expect(run.rows.map((r) => r.row).sort((a, b) => a - b)).toEqual([5, 6, 9, 15]);

    const done = commitKind(db, staffKind, adminActor, run.rows);
    expect(done).toMatchObject({ added: 1, updated: 3 });
    expect(done.gridIds).toEqual([...new Set([1, 2, 3, bh2.grid_id])].sort((a, b) => a - b));
    // The same posts, new holders or phones; cases and rules stay with the post rows.
    expect(db.prepare('SELECT name, phone, is_party_member FROM grid_staff WHERE id = ?').get(head1.id)).toEqual({ name: head1.name, phone: '13800138000', is_party_member: 1 });
    expect(db.prepare('SELECT name, phone, is_party_member FROM grid_staff WHERE id = ?').get(worker2.id)).toEqual({ name: '王晓峰', phone: '13900002222', is_party_member: 0 });
    expect(db.prepare('SELECT name, resident_id, building_id FROM grid_staff WHERE id = ?').get(bh2.id)).toEqual({ name: holder.name, resident_id: holder.id, building_id: bh2.building_id });
    expect(db.prepare("SELECT on_date FROM register_status WHERE kind = 'gridStaff' AND record_id = ? ORDER BY id DESC LIMIT 1").pluck().get(bh2.id)).toBe('2026-11-01');
    expect(db.prepare("SELECT action FROM record_change WHERE kind = 'gridStaff' AND record_id = ?").pluck().all(worker2.id)).toEqual(['replace']);
    expect(db.prepare("SELECT grid_id, role, name FROM grid_staff WHERE name = '钱七七'").get()).toEqual({ grid_id: 3, role: 'volunteer', name: '钱七七' });
    // Posts the file leaves out stay as they were: nothing vacated, one post added.
    expect(db.prepare('SELECT count(*) FROM grid_staff WHERE vacated_on IS NOT NULL').pluck().get()).toBe(vacatedBefore);
    expect(db.prepare('SELECT count(*) FROM grid_staff').pluck().get()).toBe(postsBefore + 1);
    expect(db.prepare('SELECT name FROM grid_staff WHERE id = ?').pluck().get(bh1.id)).toBe(bh1.name);
  });

  it('reads a grid written every way a register writes it: label, full name, code, 第N网格, N网格, 第一网格', async () => {
    const g1 = gridOf(1);
    const head = post('grid_head', 'grid_id', 1);
    const rows = [g1.label, g1.name, g1.code, '第1网格', '01网格', '杨家坪社区 第01网格'].map((g, i) => [g, '网格长', null, head.name, head.phone, null, null, null] as Cell[]);
    // One row per workbook: the same post twice in one file is refused.
    for (const r of rows) {
      const run = await planKind(db, staffKind, await messyStaffWorkbook([r]), 1);
      expect(run.issues, String(r[0])).toEqual([]);
      expect(run.rows[0], String(r[0])).toMatchObject({ outcome: 'unchanged', recordId: head.id });
    }
  });
  it('reads a holder stored with a space (欧阳 明) as the row 欧阳明: a phone update, not a replacement', async () => {
    const head = post('grid_head', 'grid_id', 1);
    db.prepare("UPDATE grid_staff SET name = '欧阳 明' WHERE id = ?").run(head.id);
    // Its resident record, if linked, carries the same name (staff.replace checks the two agree).
    db.prepare("UPDATE resident SET name = '欧阳 明' WHERE id = (SELECT resident_id FROM grid_staff WHERE id = ?)").run(head.id);
    const run = await planKind(db, staffKind, await messyStaffWorkbook([[gridOf(1).label, '网格长', null, '欧阳明', '13800138000', null, null, null]]), 1);
    expect(run.rows[0]).toMatchObject({ outcome: 'update', recordId: head.id, fields: ['phone'] });
    commitKind(db, staffKind, adminActor, run.rows);
    expect(db.prepare('SELECT name, phone FROM grid_staff WHERE id = ?').get(head.id)).toEqual({ name: '欧阳 明', phone: '13800138000' });
  });
});

describe('grid staff import preview, through the framework', () => {
  it('lists a replacement as an update of holder and words each refusal with its sheet, row, column and value', async () => {
    const worker = post('grid_worker', 'grid_id', 2);
    const bytes = await messyStaffWorkbook([
      [gridOf(2).label, '网格员', null, '王晓峰', '13900002222', null, null, null],
      ['火星·01网格', '网格员', null, '李思远', '139-0000-3333', null, null, null],
    ]);
    const preview = await importPreview(db, { register: 'gridStaff', communityId: 1, file: { name: '网格人员.xlsx', base64: bytes.toString('base64') } }, ADMIN_IMPORTER, () => undefined);
    expect(preview.totals).toMatchObject({ new: 0, updated: 1, unchanged: 0, rejected: 1 });
    expect(preview.updates).toEqual([{ sheet: '网格人员', row: 5, fields: ['holder'] }]);
    expect(preview.issues).toEqual([
      expect.objectContaining({ sheet: '网格人员', row: 6, column: '所属网格', value: '火星·01网格', reason: 'grid_unknown', message: `本社区没有网格“火星·01网格”：请写网格名称（如 ${gridOf(1).label}、${gridOf(2).label}）或 14 位网格编码` }),
    ]);
    expect(preview.sheets[0]!.skipped.totalsRows).toEqual([7]);
    expect(worker.name).not.toBe('王晓峰');
  });
});

describe('grid staff round trip and masking', () => {
  it('export → import finds every post unchanged, a linked resident and a start date included, and writes nothing', async () => {
    const building = db.prepare(`SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 AND b.id NOT IN (SELECT building_id FROM grid_staff WHERE building_id IS NOT NULL AND vacated_on IS NULL) ORDER BY b.id LIMIT 1`).pluck().get() as number;
    const r = residentOfCommunity1(2);
    db.transaction(() => assignStaff(db, adminActor, { role: 'building_head', buildingId: building, name: r.name, phone: '13700001234', residentId: r.id, isPartyMember: true, onDate: '2026-10-08' }))();
    const posts = db.prepare('SELECT count(*) FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id = 1 AND s.vacated_on IS NULL').pluck().get() as number;

    const bytes = await exportKind(db, staffKind, { communityId: 1, gridId: null }, viewer('admin'));
    const sheet = (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '所属网格', '岗位', '负责楼栋', '姓名', '联系电话', '公民身份号码', '任职日期', '是否党员']);
    const linked = sheet.getSheetValues().find((row) => Array.isArray(row) && row[4] === r.name) as Cell[];
    // An administrator sees residents' ID numbers masked: so does the export.
    expect(linked.slice(1)).toEqual([expect.any(String), '楼栋长', expect.any(String), r.name, '13700001234', maskIdNumber(r.id_number), '2026-10-08', '是']);

    const before = tableDigest(db, STAFF_TABLES);
    const run = await planKind(db, staffKind, bytes, 1);
    expect(run.issues).toEqual([]);
    expect(run.rows).toHaveLength(posts);
    expect(run.rows.filter((x) => x.outcome !== 'unchanged')).toEqual([]);
    expect(commitKind(db, staffKind, adminActor, run.rows)).toMatchObject({ added: 0, updated: 0 });
    expect(tableDigest(db, STAFF_TABLES)).toBe(before);
  });

  it('exports one grid only, and masks names and phones as the role sees grid staff; a masked value matching no holder is refused', async () => {
    const rows = [...staffKind.exportRows(db, { communityId: 1, gridId: 2 }, viewer('leader'))];
    const posts = db.prepare("SELECT role, name, phone FROM grid_staff WHERE grid_id = 2 AND vacated_on IS NULL ORDER BY CASE role WHEN 'grid_head' THEN 0 WHEN 'grid_worker' THEN 1 WHEN 'building_head' THEN 2 ELSE 3 END, building_id, id").all() as { role: string; name: string; phone: string }[];
    expect(rows).toHaveLength(posts.length);
    expect(staffKind.exportCount!(db, { communityId: 1, gridId: 2 })).toBe(posts.length);
    rows.forEach((row, i) => {
      const p = posts[i]!;
      const work = p.role === 'grid_head' || p.role === 'grid_worker';
      // The leader sees the street's own staff by name with masked phones; building heads and volunteers masked, without phones.
      expect(row.name).toBe(work ? p.name : maskName(p.name));
      expect(row.phone).toBe(work ? maskPhone(p.phone) : null);
    });

    const head = post('grid_head', 'grid_id', 2);
    const masked = await messyStaffWorkbook([[gridOf(2).label, '网格长', null, head.name, maskPhone(head.phone), null, null, null]]);
    expect((await planKind(db, staffKind, masked, 1)).rows[0]).toMatchObject({ outcome: 'unchanged', recordId: head.id });
    const wrong = await messyStaffWorkbook([[gridOf(2).label, '网格长', null, head.name, '139****0000', '500107********1234', null, null]]);
    expect((await planKind(db, staffKind, wrong, 1)).issues.map((i) => i.reason)).toEqual(['phone_masked', 'id_masked']);
  });
});

describe('grid staff import and the role matrix', () => {
  it('community staff appoint building heads and volunteers; a 网格长 row is refused in the core and nothing is written', async () => {
    const community = { user: { id: 1, role: 'community' as const, communityId: 1 }, now: TEST_ANCHOR };
    const bh = db.prepare(`SELECT s.id, s.building_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.role = 'building_head' AND g.community_id = 1 AND s.vacated_on IS NULL ORDER BY s.id LIMIT 1`).get() as { id: number; building_id: number };
    const buildingName = db.prepare('SELECT name FROM building WHERE id = ?').pluck().get(bh.building_id) as string;
    const head = post('grid_head', 'grid_id', 1);
    const before = tableDigest(db, STAFF_TABLES);
    const refused = await planKind(db, staffKind, await messyStaffWorkbook([
      [null, '楼栋长', buildingName, '陈立新', '13600001111', null, null, null],
      [gridOf(1).label, '网格长', null, '林海', '13600002222', null, null, null],
    ]), 1);
    expect(refused.rows.map((r) => r.outcome)).toEqual(['update', 'update']);
    expect(() => commitKind(db, staffKind, community, refused.rows)).toThrow(/第6行: the community role may not change grid heads and grid workers/);
    expect(tableDigest(db, STAFF_TABLES)).toBe(before);
    expect(db.prepare('SELECT name FROM grid_staff WHERE id = ?').pluck().get(head.id)).toBe(head.name);

    const allowed = await planKind(db, staffKind, await messyStaffWorkbook([[null, '楼栋长', buildingName, '陈立新', '13600001111', null, null, null], ['第2网格', '志愿者', null, '林小满', '13600003333', null, null, null]]), 1);
    expect(commitKind(db, staffKind, community, allowed.rows)).toMatchObject({ added: 1, updated: 1 });
    expect(db.prepare('SELECT name FROM grid_staff WHERE id = ?').pluck().get(bh.id)).toBe('陈立新');
  });
});

describe('grid staff preview: the importer’s clock and role', () => {
  it('refuses in the preview a start date after today (the import’s clock), and takes today itself', async () => {
    const bh = db.prepare(`SELECT s.building_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.role = 'building_head' AND g.community_id = 1 AND s.vacated_on IS NULL ORDER BY s.id LIMIT 1`).pluck().get() as number;
    const buildingName = db.prepare('SELECT name FROM building WHERE id = ?').pluck().get(bh) as string;
    const run = await planKind(db, staffKind, await messyStaffWorkbook([
      /* 5 */ [null, '楼栋长', buildingName, '陈立新', '13600001111', null, '2026-11-21', null],
      /* 6 */ ['第2网格', '志愿者', null, '林小满', '13600003333', null, '2026年11月20日', null],
    ]), 1);
    expect(run.issues).toEqual([{ sheet: '网格人员', row: 5, column: '任职日期', value: '2026-11-21', reason: 'date_after_today', detail: '2026-11-20' }]);
    expect(run.rows.map((r) => [r.row, r.outcome])).toEqual([[6, 'new']]);
    // A day later by the import's clock, the same row is taken.
    const later = await planKind(db, staffKind, await messyStaffWorkbook([[null, '楼栋长', buildingName, '陈立新', '13600001111', null, '2026-11-21', null]]), 1, { ...adminActor, now: TEST_ANCHOR + 86_400_000 });
    expect(later.issues).toEqual([]);
  });

  it('refuses in the preview a community account’s 网格长/网格员 rows, worded, and keeps its 楼栋长 and 志愿者 rows', async () => {
    const community = { user: { id: 5, role: 'community' as const, communityId: 1 }, now: TEST_ANCHOR };
    const bh = db.prepare(`SELECT s.building_id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.role = 'building_head' AND g.community_id = 1 AND s.vacated_on IS NULL ORDER BY s.id LIMIT 1`).pluck().get() as number;
    const buildingName = db.prepare('SELECT name FROM building WHERE id = ?').pluck().get(bh) as string;
    const rows: Cell[][] = [
      /* 5 */ [null, '楼栋长', buildingName, '陈立新', '13600001111', null, null, null],
      /* 6 */ [gridOf(1).label, '网格长', null, '林海', '13600002222', null, null, null],
      /* 7 */ [gridOf(2).label, '专职网格员', null, '王晓峰', '13600004444', null, null, null],
      /* 8 */ ['第2网格', '志愿者', null, '林小满', '13600003333', null, null, null],
    ];
    const run = await planKind(db, staffKind, await messyStaffWorkbook(rows), 1, community);
    expect(run.issues.map((i) => [i.row, i.column, i.value, i.reason])).toEqual([
      [6, '岗位', '网格长', 'post_role_refused'],
      [7, '岗位', '网格员', 'post_role_refused'],
    ]);
    expect(run.rows.map((r) => [r.row, r.outcome])).toEqual([[5, 'update'], [8, 'new']]);
    expect(fieldReasonText('post_role_refused', { column: '岗位', value: '网格长' }).zh).toMatch(/网格长.*街道管理员/);
    expect(fieldReasonText('post_role_refused', { column: '岗位', value: '网格长' }).en).toMatch(/grid head.*administrator/);
    // What is left commits as the community account.
    expect(commitKind(db, staffKind, community, run.rows)).toMatchObject({ added: 1, updated: 1 });
    // The administrator's preview of the same rows refuses none.
    expect((await planKind(db, staffKind, await messyStaffWorkbook(rows), 1)).issues).toEqual([]);
  });
});
