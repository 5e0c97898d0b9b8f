// The tenants register (商户/单位台账) import and export on a real encrypted demo street: a
// messy community workbook (title row, a merged two-row header, a totals row, a full-width
// and a lowercase USCC, a USCC with a wrong check character, a category that is no category,
// a new tenant without its floor, 歇业 and 注销, another community's tenant) with each row's
// outcome; the commit through the tenant register functions with their history; the export
// masked by role; and the round trip (export → import: nothing changes).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { exportRegister } from '../../src/main/core/registerExport/exportRegister';
import { commitImport } from '../../src/main/core/registerImport/commitImport';
import { setTenantStatus } from '../../src/main/core/registers/tenants';
import { importPreview } from '../../src/main/core/registerImport/runImport';
import { tenantsKind } from '../../src/main/core/registerImport/tenants/kind';
import { usccCheckChar } from '../../src/main/core/validation/uscc';
import type { ImportPreview, ImportPreviewInput } from '../../src/shared/registerImport';
import type { UserView } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { workbookBytes, type TypedCell } from '../helpers/placeWorkbook';
import { uscc } from '../helpers/registerFixtures';
import { ADMIN_IMPORTER } from '../helpers/importer';

let db: Db;
let remove: () => void;
const admin: UserView = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', communityId: null, mustChangePassword: false };
const actor = { user: admin, now: TEST_ANCHOR };
const quiet = () => undefined;

beforeEach(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  db = openDatabase(dataPaths(street.dir).db, await unwrapMasterKey(readKeyring(dataPaths(street.dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

interface T {
  id: number;
  name: string;
  category: string;
  uscc: string;
  legal_rep: string;
  phone: string;
  employees: number;
  credit_grade: string;
  floor: number;
  status: string;
  building: string;
  community_id: number;
}

function tenants(): T[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.category, t.uscc, t.legal_rep, t.phone, t.employees, t.credit_grade, t.floor, t.status, b.name AS building, g.community_id
         FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id ORDER BY t.id`,
    )
    .all() as T[];
}

const input = (bytes: Buffer, communityId = 1): ImportPreviewInput => ({ register: 'tenants', communityId, file: { name: '商户台账.xlsx', base64: bytes.toString('base64') } });

function digest(table: string): string {
  return createHash('sha256').update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all())).digest('hex');
}

function reasonsOf(p: ImportPreview, row: number): string[] {
  return p.issues.filter((i) => i.row === row).map((i) => i.reason);
}

/** ０-９, Ａ-Ｚ as some input methods type them. */
const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const NEW_CODE = uscc('MA1ABCDE');
/** A code whose last character is not the one its first 17 give. */
function badCheck(code: string): string {
  const wrong = usccCheckChar(code.slice(0, 17)) === '1' ? '2' : '1';
  return code.slice(0, 17) + wrong;
}

async function messyWorkbook(): Promise<{ bytes: Buffer; t: T[]; other: T; shop: string }> {
  const all = tenants();
  const t = all.filter((x) => x.community_id === 1 && x.status === 'open' && x.floor >= 1);
  const other = all.find((x) => x.community_id !== 1)!;
  const shop = t[0]!.building;
  const row = (n: number, x: T, over: Partial<Record<string, TypedCell>> = {}): TypedCell[] => {
    const v = { uscc: x.uscc, employees: x.employees, credit: x.credit_grade, status: '营业', ...over };
    return [n, x.name, v.uscc!, x.category, x.building, x.floor, v.employees!, x.legal_rep, x.phone, v.credit!, v.status!];
  };
  const rows: TypedCell[][] = [
    ['杨家坪社区商户（单位）信息台账'],
    ['序号', '单位', null, null, '所在楼栋', '楼层', '从业人数', '负责人', '联系电话', '信用等级', '经营状态'],
    ['序号', '单位名称', '统一社会信用代码', '行业类别', '所在楼栋', '楼层', '从业人数', '负责人', '联系电话', '信用等级', '经营状态'],
    // 4: the code in full-width characters, everything as registered: unchanged.
    row(1, t[0]!, { uscc: fullWidth(t[0]!.uscc) }),
    // 5: the code in lowercase; employees written 1,0xx人; 歇业: an update.
    row(2, t[1]!, { uscc: t[1]!.uscc.toLowerCase(), employees: `${(t[1]!.employees + 1000).toLocaleString('en-US')}人`, status: '歇业' }),
    // 6: a new shop, its code in lowercase, its category as 餐饮业, its grade as b级.
    [3, '杨家坪老街小面', NEW_CODE.toLowerCase(), '餐饮业', shop, 1, 3, '王小明', '138 2345 6789', 'b级', '营业'],
    // 7: a wrong check character.
    [4, '杨家坪五金店', badCheck(uscc('MA2BCDEF')), '零售', shop, 1, 2, '李强', '13923456789', 'A', '营业'],
    // 8: a category that is not one.
    [5, '杨家坪网吧', uscc('MA3CDEFG'), '网吧', shop, 1, 4, '赵云', '13823456780', 'B', '营业'],
    // 9: a new shop without its floor.
    [6, '杨家坪花店', uscc('MA4DEFGH'), '零售', shop, null, 2, '孙丽', '13723456781', 'A', '营业'],
    // 10: deregistered (注销).
    row(7, t[2]!, { status: '注销' }),
    // 11: another community's tenant.
    row(8, other),
    ['合计', null, null, null, null, null, 999],
  ];
  const bytes = await workbookBytes([{ name: '商户台账', rows, merges: ['A1:K1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3'] }]);
  return { bytes, t, other, shop };
}

describe('tenants register import', () => {
  it('reads a messy community workbook row by row: USCC by GB 32100 (full-width, lowercase, a wrong check character), categories, what a new tenant needs', async () => {
    const { bytes, t } = await messyWorkbook();
    const p = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    const sheet = p.sheets[0]!;
    expect(sheet.headerRows).toEqual([2, 3]);
    expect(sheet.skipped.totalsRows).toEqual([12]);
    expect(reasonsOf(p, 4)).toEqual([]);
    expect(p.updates).toEqual([
      { sheet: '商户台账', row: 5, fields: ['employees', 'status'] },
      { sheet: '商户台账', row: 10, fields: ['status'] },
    ]);
    expect(reasonsOf(p, 6)).toEqual([]);
    const check = p.issues.find((i) => i.row === 7)!;
    expect(check).toMatchObject({ reason: 'uscc_bad_check', column: '统一社会信用代码' });
    expect(check.message).toContain(`应为 ${usccCheckChar(uscc('MA2BCDEF').slice(0, 17))}`);
    const category = p.issues.find((i) => i.row === 8)!;
    expect(category).toMatchObject({ reason: 'value_not_allowed', column: '行业类别', value: '网吧' });
    expect(category.message).toContain('餐饮、零售、美容美发、教育培训、医药、家政、维修、金融、科技、物流、商务服务、文化娱乐、住宿、生活服务、其他');
    expect(p.issues.filter((i) => i.row === 9)).toMatchObject([{ reason: 'required_missing', column: '楼层' }]);
    expect(reasonsOf(p, 11)).toEqual(['tenant_other_community']);
    expect(sheet.counts).toEqual({ new: 1, updated: 2, unchanged: 1, conflict: 1, needsPick: 0, rejected: 3 });
    expect(t.length).toBeGreaterThan(3);
  });

  it('writes through the tenant register functions (open with its grade history, 歇业, 注销), and the same workbook then reads as unchanged', async () => {
    const { bytes, t } = await messyWorkbook();
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    const result = await commitImport(db, { ...input(bytes), digest: preview.digest }, actor, quiet);
    expect(result).toMatchObject({ register: 'tenants', added: 1, updated: 2, unchanged: 1, notWritten: 4 });
    const opened = db.prepare('SELECT id, name, category, phone, credit_grade, floor, status FROM tenant WHERE uscc = ?').get(NEW_CODE) as { id: number };
    expect(opened).toMatchObject({ name: '杨家坪老街小面', category: '餐饮', phone: '13823456789', credit_grade: 'B', floor: 1, status: 'open' });
    expect(db.prepare('SELECT grade FROM tenant_credit_grade WHERE tenant_id = ?').pluck().all(opened.id)).toEqual(['B']);
    expect(db.prepare("SELECT action FROM record_change WHERE kind = 'tenant' AND record_id = ?").pluck().all(opened.id)).toEqual(['open']);
    expect(db.prepare('SELECT employees, status FROM tenant WHERE id = ?').get(t[1]!.id)).toEqual({ employees: t[1]!.employees + 1000, status: 'suspended' });
    expect(db.prepare('SELECT count(*) FROM tenant WHERE id = ?').pluck().get(t[2]!.id)).toBe(0);
    expect(db.prepare('SELECT closed_on FROM tenant_closed WHERE id = ?').pluck().get(t[2]!.id)).toBe('2026-11-20');

    const again = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(again.totals).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
  });

  it('moves a tenant to another building, finds one by name in its building, and refuses a code twice in the file, a deregistered code, a floor above the top and an unknown building', async () => {
    const t = tenants().filter((x) => x.community_id === 1 && x.floor >= 1);
    const [mover, byName, high, gone] = [t[3]!, t[4]!, t[5]!, t[6]!];
    setTenantStatus(db, actor, { id: gone.id, status: 'closed', onDate: '2026-11-01' });
    const target = db
      .prepare('SELECT b.name, b.floors FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 AND b.name <> ? AND b.floors >= 2 ORDER BY b.id LIMIT 1')
      .get(mover.building) as { name: string; floors: number };
    const highTop = db.prepare('SELECT floors FROM building WHERE name = ?').pluck().get(high.building) as number;
    const line = (x: T, over: Partial<Record<string, TypedCell>> = {}): TypedCell[] => {
      const v = { uscc: x.uscc, building: x.building, floor: x.floor, status: '营业', ...over };
      return [x.name, v.uscc!, x.category, v.building!, v.floor!, x.employees, x.legal_rep, x.phone, x.credit_grade, v.status!];
    };
    const twin = uscc('MA5EFGHJ');
    const rows: TypedCell[][] = [
      ['单位名称', '统一社会信用代码', '行业', '所在楼栋', '楼层', '员工人数', '法定代表人', '联系电话', '信用等级', '状态'],
      line(mover, { building: target.name, floor: 2 }),
      ['杨家坪茶馆', twin, '餐饮', target.name, 1, 3, '周杰', '13612345678', 'A', '营业'],
      ['杨家坪茶楼', twin, '餐饮', target.name, 1, 3, '周杰', '13612345678', 'A', '营业'],
      line(gone),
      line(byName, { uscc: null }),
      line(high, { floor: highTop + 1 }),
      line(mover, { uscc: uscc('MA6FGHJK'), building: '不存在的大厦' }),
    ];
    // One file for preview and commit: the plan's digest covers its bytes, and exceljs stamps each write with the time.
    const bytes = await workbookBytes([{ name: '商户', rows }]);
    const p = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(p.updates).toEqual([{ sheet: '商户', row: 2, fields: ['buildingId', 'floor'] }]);
    expect(reasonsOf(p, 3)).toEqual(['uscc_twice_in_file']);
    expect(reasonsOf(p, 4)).toEqual(['uscc_twice_in_file']);
    expect(p.issues.find((i) => i.row === 5)).toMatchObject({ reason: 'tenant_deregistered', column: '统一社会信用代码' });
    expect(p.issues.find((i) => i.row === 5)!.message).toContain('2026-11-01');
    expect(reasonsOf(p, 6)).toEqual([]);
    expect(p.issues.find((i) => i.row === 7)).toMatchObject({ reason: 'tenant_floor_above', column: '楼层' });
    expect(p.issues.find((i) => i.row === 8)).toMatchObject({ reason: 'building_unknown', column: '所在楼栋', value: '不存在的大厦' });
    expect(p.totals).toEqual({ new: 0, updated: 1, unchanged: 1, conflict: 1, needsPick: 0, rejected: 4 });

    await commitImport(db, { ...input(bytes), digest: p.digest }, actor, quiet);
    expect(db.prepare('SELECT b.name, t.floor FROM tenant t JOIN building b ON b.id = t.building_id WHERE t.id = ?').get(mover.id)).toEqual({ name: target.name, floor: 2 });
    expect(db.prepare("SELECT action FROM record_change WHERE kind = 'tenant' AND record_id = ?").pluck().all(mover.id)).toEqual(['move']);
  });

  it('exports contacts as the role sees them: in full for the register keepers, masked for a leader', () => {
    expect([...tenantsKind.roles]).toEqual(['admin', 'community']);
    const full = [...tenantsKind.exportRows(db, { communityId: 1, gridId: null }, admin)];
    const leader = [...tenantsKind.exportRows(db, { communityId: 1, gridId: null }, { ...admin, role: 'leader' })];
    expect(full.length).toBe(tenants().filter((x) => x.community_id === 1).length);
    expect(full.every((r) => typeof r.legalRep === 'string' && !r.legalRep.includes('*'))).toBe(true);
    expect(leader.every((r) => typeof r.legalRep === 'string' && r.legalRep.includes('*') && r.phone === null)).toBe(true);
  });

  it('round trip: a community exported, then imported, reads every row as unchanged and changes no table', async () => {
    const file = await exportRegister(db, { register: 'tenants', communityId: 1 }, admin, TEST_ANCHOR, quiet);
    const bytes = Buffer.from(file.base64, 'base64');
    const rows = [...tenantsKind.exportRows(db, { communityId: 1, gridId: null }, admin)].length;
    expect(rows).toBe(tenants().filter((x) => x.community_id === 1).length);
    const preview = await importPreview(db, input(bytes), ADMIN_IMPORTER, quiet);
    expect(preview.issues.slice(0, 3)).toEqual([]);
    expect(preview.totals).toEqual({ new: 0, updated: 0, unchanged: rows, conflict: 0, needsPick: 0, rejected: 0 });
    const tables = ['tenant', 'tenant_closed', 'tenant_credit_grade', 'record_change', 'register_status'];
    const before = tables.map(digest);
    await commitImport(db, { ...input(bytes), digest: preview.digest }, actor, quiet);
    expect(tables.map(digest)).toEqual(before);
  });
});
