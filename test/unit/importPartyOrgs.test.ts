// The Party organisations register (党组织台账) import and export on a real encrypted demo
// street: a messy workbook (title rows, a merged two-row header, a totals row, a parent
// listed after its child, an unknown parent, an unknown kind, a cycle, ...) row by row; the
// commit through the register's functions (found top down, moved, coverage set); the role
// matrix (administrators only); masking per role; the round trip (export → import: all unchanged).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gridLabel } from '../../src/shared/gridLabel';
import type { UserView } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { openDatabase } from '../../src/main/core/db/database';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { maskPhone } from '../../src/main/core/privacy/mask';
import { partyOrgsKind } from '../../src/main/core/registerImport/partyOrgs/kind';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { createHash } from 'node:crypto';
import { commitKind, exportKind, planKind } from '../helpers/kindPipeline';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { ADMIN_IMPORTER } from '../helpers/importer';

let dir: string;
let remove: () => void;
let db: Db;
const adminActor = { user: { id: 1, role: 'admin' as const, communityId: null }, now: TEST_ANCHOR };
const viewer = (role: UserView['role'], communityId: number | null = null): UserView => ({ id: 1, username: 'u', displayName: 'u', role, communityId, mustChangePassword: false });
const ORG_TABLES = ['party_org', 'party_org_coverage', 'party_org_dissolved', 'party_member', 'tenant', 'register_status', 'record_change'];

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

interface Org {
  id: number;
  parent_id: number | null;
  name: string;
  kind: string;
  level: number;
  building_id: number;
  secretary_name: string;
  secretary_phone: string;
  founded_on: string;
}
const orgOf = (where: string, ...args: (string | number)[]) =>
  db.prepare(`SELECT id, parent_id, name, kind, level, building_id, secretary_name, secretary_phone, founded_on FROM party_org WHERE ${where} ORDER BY id LIMIT 1`).get(...args) as Org | undefined;
const coverage = (id: number) => db.prepare('SELECT target_kind || \':\' || target_id FROM party_org_coverage WHERE org_id = ? ORDER BY 1').pluck().all(id) as string[];
const gridWord = (id: number) => {
  const g = db.prepare('SELECT g.name, c.name AS communityName FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?').get(id) as { name: string; communityName: string };
  return gridLabel(g);
};
const buildingName = (id: number) => db.prepare('SELECT name FROM building WHERE id = ?').pluck().get(id) as string;

type Cell = string | number | null;

/** Every row of the tables, in full (party_org_coverage has no rowid: ordered by all its columns). */
function tableDigest(tables: readonly string[]): string {
  const h = createHash('sha256');
  for (const t of tables) h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()));
  return h.digest('hex');
}

/** 九龙街道's 党组织台账 as an office keeps it: a title, a date line, a two-row header (基本信息 and 书记 merged over their columns), rows, a totals row. */
async function messyOrgWorkbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组织');
  ws.getCell('A1').value = '九龙街道基层党组织设置情况台账';
  ws.mergeCells('A1:J1');
  ws.getCell('A2').value = '填报单位：九龙街道党工委        截至：2026年11月';
  ws.mergeCells('A2:J2');
  const top = ['序号', '基本信息', '基本信息', '上级党组织', '层级', '书记', '书记', '活动阵地', '覆盖范围', '成立时间'];
  const bottom = ['序号', '党组织名称', '组织类型', '上级党组织', '层级', '姓名', '联系电话', '活动阵地', '覆盖范围', '成立时间'];
  top.forEach((t, i) => (ws.getCell(3, i + 1).value = t));
  bottom.forEach((t, i) => (ws.getCell(4, i + 1).value = t));
  for (const col of ['A', 'D', 'E', 'H', 'I', 'J']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('B3:C3');
  ws.mergeCells('F3:G3');
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['合计', `${rows.length} 个`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Party organisations import: a messy workbook, row by row', () => {
  it('founds, moves and updates what the rows say (parents listed after their children too) and refuses each bad row with its reason', async () => {
    const committee = orgOf(`kind = 'community_committee' AND community_id = 1`)!;
    const otherCommittee = orgOf(`kind = 'community_committee' AND community_id = 2`)!;
    const branch = orgOf(`kind IN ('grid_branch', 'estate_branch') AND community_id = 1`)!;
    const group = orgOf(`kind = 'building_group' AND community_id = 1 AND parent_id = ?`, branch.id) ?? orgOf(`kind = 'building_group' AND community_id = 1`)!;
    const groupParent = orgOf('id = ?', group.parent_id!)!;
    const otherBranch = orgOf(`kind IN ('grid_branch', 'estate_branch') AND community_id = 1 AND id <> ?`, groupParent.id)!;
    const grid = db.prepare('SELECT id, code FROM grid WHERE community_id = 1 ORDER BY id DESC LIMIT 1').get() as { id: number; code: string };
    const home = db.prepare('SELECT id FROM building WHERE grid_id = ? ORDER BY id LIMIT 2').pluck().all(grid.id) as number[];
    const asExported = [...partyOrgsKind.exportRows(db, { communityId: 1, gridId: null }, viewer('admin'))].find((r) => r.name === branch.name)!;
    const countBefore = db.prepare('SELECT count(*) FROM party_org').pluck().get() as number;

    const bytes = await messyOrgWorkbook([
      // 5: a building group listed before its (new) branch, in row 6.
      ['铁马新村3栋党小组', '楼栋党小组', '杨家坪社区第九网格党支部', '四级', '刘小红', '139 0000 1111', buildingName(home[0]!), buildingName(home[0]!), '2026年3月1日'],
      // 6: the new branch, covering a grid by its label and a building by name.
      ['杨家坪社区第九网格党支部', '网格党支部', committee.name, 3, '陈建国', '+86 138-0013-8000', null, `${gridWord(grid.id)}；${buildingName(home[1]!)}`, '2025.07.01'],
      // 7: an existing group moved under another branch; secretary as on record.
      [group.name, '党小组', otherBranch.name, null, group.secretary_name, group.secretary_phone, null, null, group.founded_on],
      // 8: an existing branch, a new secretary's phone (dashes), its grid by code added to its coverage.
      [branch.name, asExported.kind!, committee.name, null, branch.secretary_name, '135-0000-2222', null, `${String(asExported.coverage)}、${grid.code}`, branch.founded_on],
      // 9: an unknown parent.
      ['火星社区第一网格党支部', '网格党支部', '中共火星社区委员会', null, '王五', '13900003333', buildingName(home[0]!), null, '2020-01-01'],
      // 10: under the refused row 9.
      ['火星社区一号楼党小组', '楼栋党小组', '火星社区第一网格党支部', null, '赵六', '13900004444', buildingName(home[0]!), null, '2021-01-01'],
      // 11: a kind nobody knows.
      ['杨家坪社区老年协会党组织', '党总支部', committee.name, null, '钱七', '13900005555', buildingName(home[0]!), null, '2019-05-04'],
      // 12 and 13: each the other's parent.
      ['五台正街甲联合党支部', '联合党支部', '五台正街乙联合党支部', null, '孙八', '13900006666', buildingName(home[0]!), null, '2022-02-02'],
      ['五台正街乙联合党支部', '联合党支部', '五台正街甲联合党支部', null, '周九', '13900007777', buildingName(home[0]!), null, '2022-02-02'],
      // 14: a building group straight under a community committee.
      ['杨家坪社区直属党小组', '楼栋党小组', committee.name, null, '吴十', '13900008888', buildingName(home[0]!), null, '2022-03-03'],
      // 15: a level that does not follow from the parent.
      ['杨家坪社区第十网格党支部', '网格党支部', committee.name, 2, '郑一', '13900009999', buildingName(home[0]!), null, '2022-04-04'],
      // 16: coverage nobody can find.
      ['杨家坪社区第十一网格党支部', '网格党支部', committee.name, null, '冯二', '13900001234', buildingName(home[0]!), '火星·01网格', '2022-05-05'],
      // 17: another community's committee, as registered.
      [otherCommittee.name, '社区党委', orgOf('id = ?', otherCommittee.parent_id!)!.name, 2, otherCommittee.secretary_name, otherCommittee.secretary_phone, null, null, otherCommittee.founded_on],
      // 18: a branch meeting in this community under another community's committee.
      ['杨家坪社区第十二网格党支部', '网格党支部', otherCommittee.name, null, '卫三', '13900002345', buildingName(home[0]!), null, '2022-06-06'],
    ]);
    const run = await planKind(db, partyOrgsKind, bytes, 1);
    expect(run.headerRows).toEqual([4]);
    expect(run.totalsRows).toEqual([19]);
    const outcome = (row: number) => run.rows.find((r) => r.row === row);
    const reasons = (row: number) => run.issues.filter((i) => i.row === row).map((i) => i.reason);

    expect(outcome(5)).toMatchObject({ outcome: 'new', target: { parent: { kind: 'file', name: '杨家坪社区第九网格党支部' } } });
    expect(outcome(6)).toMatchObject({ outcome: 'new', target: { parent: { kind: 'existing', id: committee.id }, placeBuildingId: home[1] } });
    expect(outcome(7)).toMatchObject({ outcome: 'update', recordId: group.id, fields: ['parent'] });
    expect(outcome(8)).toMatchObject({ outcome: 'update', recordId: branch.id, fields: ['secretaryPhone', 'coverage'] });
    expect(reasons(9)).toEqual(['org_parent_unknown']);
    expect(reasons(10)).toEqual(['org_parent_refused']);
    expect(reasons(11)).toEqual(['org_kind_unknown']);
    expect(run.issues.find((i) => i.row === 11)!.detail).toContain('社区党委');
    expect(reasons(12)).toEqual(['org_parent_cycle']);
    expect(reasons(13)).toEqual(['org_parent_cycle']);
    expect(run.issues.find((i) => i.row === 12)!.detail).toBe('五台正街甲联合党支部 → 五台正街乙联合党支部 → 五台正街甲联合党支部');
    expect(reasons(14)).toEqual(['org_parent_kind']);
    expect(reasons(15)).toEqual(['org_level_mismatch']);
    expect(reasons(16)).toEqual(['coverage_unknown']);
    expect(outcome(17)).toMatchObject({ outcome: 'unchanged', recordId: otherCommittee.id });
    expect(reasons(18)).toEqual(['org_parent_community']);
    expect(run.issues.find((i) => i.row === 18)!.detail).toBe('九龙社区');
    // The new branch before the group under it.
    expect(run.rows.findIndex((r) => r.row === 6)).toBeLessThan(run.rows.findIndex((r) => r.row === 5));

    const counts = commitKind(db, partyOrgsKind, adminActor, run.rows);
    expect(counts).toMatchObject({ added: 2, updated: 2 });
    const newBranch = orgOf('name = ?', '杨家坪社区第九网格党支部')!;
    const newGroup = orgOf('name = ?', '铁马新村3栋党小组')!;
    expect(newBranch).toMatchObject({ parent_id: committee.id, kind: 'grid_branch', level: 3, building_id: home[1], secretary_phone: '13800138000', founded_on: '2025-07-01' });
    expect(newGroup).toMatchObject({ parent_id: newBranch.id, kind: 'building_group', level: 4, building_id: home[0], founded_on: '2026-03-01' });
    expect(coverage(newBranch.id)).toEqual([`building:${home[1]}`, `grid:${grid.id}`]);
    expect(orgOf('id = ?', group.id)).toMatchObject({ parent_id: otherBranch.id, level: 4 });
    expect(orgOf('id = ?', branch.id)!.secretary_phone).toBe('13500002222');
    expect(coverage(branch.id)).toContain(`grid:${grid.id}`);
    expect(db.prepare('SELECT count(*) FROM party_org').pluck().get()).toBe(countBefore + 2);
    const history = db.prepare(`SELECT action FROM record_change WHERE kind = 'partyOrg' AND record_id = ? ORDER BY id`).pluck().all(newBranch.id);
    // Founded in the building it covers, in the grid it covers: the founding alone covers both.
    expect(history).toEqual(['create']);
    const branchHistory = db.prepare(`SELECT action, user_id FROM record_change WHERE kind = 'partyOrg' AND record_id = ? AND at = ? ORDER BY id`).all(branch.id, TEST_ANCHOR);
    expect(branchHistory).toEqual([{ action: 'update', user_id: 1 }, { action: 'coverage', user_id: 1 }]);
  });
});

describe('Party organisations: roles, masking, round trip', () => {
  it('is written by administrators only: a community account is refused in the core and nothing changes', async () => {
    const committee = orgOf(`kind = 'community_committee' AND community_id = 1`)!;
    const bytes = await messyOrgWorkbook([[committee.name, '社区党委', orgOf('id = ?', committee.parent_id!)!.name, null, committee.secretary_name, '13911112222', null, null, committee.founded_on]]);
    const run = await planKind(db, partyOrgsKind, bytes, 1);
    expect(run.issues).toEqual([]);
    expect(run.rows.map((r) => r.outcome)).toEqual(['update']);
    const before = tableDigest(ORG_TABLES);
    expect(() => commitKind(db, partyOrgsKind, { user: { id: 2, role: 'community', communityId: 1 }, now: TEST_ANCHOR }, run.rows)).toThrow(/may not change Party organisations/);
    expect(tableDigest(ORG_TABLES)).toBe(before);
    expect(partyOrgsKind.roles).toEqual(['admin']);
  });

  it('exports each role the secretary as it sees it; a masked phone imports back as unchanged', async () => {
    const committee = orgOf(`kind = 'community_committee' AND community_id = 1`)!;
    const rows = (role: UserView['role']) => [...partyOrgsKind.exportRows(db, { communityId: 1, gridId: null }, viewer(role))];
    const mine = (role: UserView['role']) => rows(role).find((r) => r.name === committee.name)!;
    expect(mine('admin')).toMatchObject({ secretary: committee.secretary_name, secretaryPhone: committee.secretary_phone, kind: '社区党委', level: 2 });
    expect(mine('leader')).toMatchObject({ secretary: committee.secretary_name, secretaryPhone: maskPhone(committee.secretary_phone) });

    const masked = await exportKind(db, partyOrgsKind, { communityId: 1, gridId: null }, viewer('leader'));
    const run = await planKind(db, partyOrgsKind, masked, 1);
    expect(run.issues).toEqual([]);
    expect(new Set(run.rows.map((r) => r.outcome))).toEqual(new Set(['unchanged']));
  });

  it('round trip: export a community, import it back: every organisation unchanged, the tables as they were', async () => {
    for (const communityId of [1, 2]) {
      const n = db.prepare('SELECT count(*) FROM party_org WHERE community_id = ?').pluck().get(communityId) as number;
      const bytes = await exportKind(db, partyOrgsKind, { communityId, gridId: null }, viewer('admin'));
      const sheet = (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, '党组织名称', '组织类别', '层级', '上级党组织', '书记', '书记联系电话', '活动阵地', '覆盖范围', '成立时间']);
      expect(sheet.rowCount).toBe(n + 1);
      const before = tableDigest(ORG_TABLES);
      const run = await planKind(db, partyOrgsKind, bytes, communityId);
      expect(run.issues).toEqual([]);
      expect(run.rows).toHaveLength(n);
      expect(run.rows.filter((r) => r.outcome !== 'unchanged')).toEqual([]);
      commitKind(db, partyOrgsKind, adminActor, run.rows);
      expect(tableDigest(ORG_TABLES)).toBe(before);
    }
  });

  it('exports one grid: the organisations at home in it or covering it', async () => {
    const grid = db.prepare('SELECT home FROM (SELECT grid_id AS home, count(*) n FROM party_org WHERE community_id = 1 AND grid_id IS NOT NULL GROUP BY grid_id ORDER BY n DESC) LIMIT 1').pluck().get() as number;
    const names = [...partyOrgsKind.exportRows(db, { communityId: 1, gridId: grid }, viewer('admin'))].map((r) => r.name);
    const expected = db
      .prepare(`SELECT name FROM party_org WHERE community_id = 1 AND (grid_id = ? OR id IN (SELECT org_id FROM party_org_coverage WHERE target_kind = 'grid' AND target_id = ?)) ORDER BY level, id`)
      .pluck()
      .all(grid, grid);
    expect(names).toEqual(expected);
    expect(names.length).toBeGreaterThan(0);
  });
  it('round trip through the import and export themselves: the exported file previews as all unchanged and commits writing nothing', async () => {
    const file = await exportRegister(db, { register: 'partyOrgs', communityId: 1 }, viewer('admin'), TEST_ANCHOR, () => undefined);
    expect(file.fileName).toMatch(/^党组织台账_杨家坪社区_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const input = { register: 'partyOrgs' as const, communityId: 1, file: { name: file.fileName, base64: file.base64 } };
    const preview = await importPreview(db, input, ADMIN_IMPORTER, () => undefined);
    expect(preview.issues).toEqual([]);
    expect(preview.totals).toMatchObject({ new: 0, updated: 0, conflict: 0, needsPick: 0, rejected: 0 });
    expect(preview.totals.unchanged).toBeGreaterThan(0);
    const before = tableDigest(ORG_TABLES);
    const done = await commitImport(db, { ...input, digest: preview.digest }, adminActor, () => undefined);
    expect(done).toMatchObject({ added: 0, updated: 0, unchanged: preview.totals.unchanged });
    expect(tableDigest(ORG_TABLES)).toBe(before);
  });
});
