// The facilities register (设施台账) import and export on a real encrypted demo street: a messy
// community workbook (title rows, a merged two-row header, a totals row, kinds written several
// ways and one the domain lacks, coordinates as numbers and as text, a point outside the
// street and one in another community) row by row, the commit through the facility register's
// functions, the role matrix, and the round trip (export → import: all unchanged).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { facilitiesKind } from '../../src/main/core/registerImport/facilities/kind';
import { labelPoint, parsePolygon } from '../../src/main/core/services/geo';
import type { UserView } from '../../src/shared/views';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { commitKind, exportKind, planKind, tableDigest } from '../helpers/kindPipeline';

let dir: string;
let remove: () => void;
let db: Db;
const adminActor = { user: { id: 1, role: 'admin' as const, communityId: null }, now: TEST_ANCHOR };
const admin: UserView = { id: 1, username: 'admin', displayName: 'admin', role: 'admin', communityId: null, mustChangePassword: false };
const TABLES = ['facility', 'record_change'];

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

interface Facility {
  id: number;
  kind: string;
  name: string;
  address: string;
  open_hours: string;
  lng: number;
  lat: number;
  grid_id: number;
}

const KIND_WORD: Record<string, string> = { party_service_center: '党群服务中心', convenience_station: '便民服务站', volunteer_point: '志愿服务点' };

function facilitiesOf(community: number): Facility[] {
  return db.prepare('SELECT f.id, f.kind, f.name, f.address, f.open_hours, f.lng, f.lat, f.grid_id FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? ORDER BY f.id').all(community) as Facility[];
}

/** A point well inside a grid (its label point). */
function inside(gridId: number): [number, number] {
  const p = labelPoint(parsePolygon(db.prepare('SELECT boundary FROM grid WHERE id = ?').pluck().get(gridId) as string));
  return [p[0], p[1]];
}

type Cell = string | number | null;

/** A register as a community keeps it: a title, a date line, a two-row header with 坐标 merged over 经度 and 纬度, rows, a totals row. */
async function messyFacilityWorkbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('阵地设施');
  ws.getCell('A1').value = '杨家坪社区党群服务阵地及便民设施台账';
  ws.mergeCells('A1:H1');
  ws.getCell('A2').value = '填报日期：2026年11月';
  ws.mergeCells('A2:H2');
  const top = ['序号', '设施名称', '类型', '所属社区', '详细地址', '坐标（WGS-84）', '坐标（WGS-84）', '开放时间'];
  const bottom = ['序号', '设施名称', '类型', '所属社区', '详细地址', '经度', '纬度', '开放时间'];
  top.forEach((t, i) => (ws.getCell(3, i + 1).value = t));
  bottom.forEach((t, i) => (ws.getCell(4, i + 1).value = t));
  for (const col of ['A', 'B', 'C', 'D', 'E', 'H']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('F3:G3');
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow(['合计', `${rows.length} 处`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('facilities import: a messy community workbook, row by row', () => {
  it('keeps, edits, moves and opens what the rows say, and refuses each bad row with its reason', async () => {
    const [f1, f2, f3] = facilitiesOf(1) as [Facility, Facility, Facility];
    const row = (f: Facility, changes: Partial<Record<'hours' | 'lng' | 'lat', Cell>> = {}): Cell[] => [f.name, KIND_WORD[f.kind]!, '杨家坪社区', f.address, changes.lng ?? f.lng, changes.lat ?? f.lat, changes.hours ?? f.open_hours];
    const [lng2, lat2] = inside(2);
    const [lngOther, latOther] = inside(db.prepare('SELECT id FROM grid WHERE community_id = 2 ORDER BY id LIMIT 1').pluck().get() as number);
    const grid1 = inside(1);
    const bytes = await messyFacilityWorkbook([
      /* 5 */ row(f1),
      /* 6 */ row(f2, { hours: '周一至周五 09:00-17:00' }),
      /* 7 */ row(f3, { lng: lng2, lat: lat2 }),
      /* 8 */ ['杨家坪第二志愿服务点', '志愿服务站', '杨家坪', '五台正街 12 号', `东经${grid1[0].toFixed(6)}`, `${grid1[1].toFixed(6)}°`, '周六 09:00-12:00'],
      /* 9 */ ['杨家坪文化活动室', '文化站', '杨家坪社区', '五台正街 14 号', grid1[0], grid1[1], '每天'],
      /* 10 */ ['天安门便民点', '便民服务站', '杨家坪社区', '北京', 116.397128, 39.916527, '每天'],
      /* 11 */ ['九龙便民点', '便民服务站', null, '九龙', lngOther, latOther, '每天'],
      /* 12 */ ['杨家坪便民点', '便民服务站', null, '五台正街', grid1[0], '二十九度', '每天'],
      /* 13 */ ['黄桷坪志愿服务点', '志愿服务点', '九龙社区', '五台正街', grid1[0], grid1[1], '每天'],
      /* 14 */ ['杨家坪党群服务站', '党群服务中心', null, '五台正街 1 号', grid1[0], grid1[1], '每天'],
      /* 15 */ ['杨家坪党群服务站', '党群服务中心', null, '五台正街 2 号', grid1[0], grid1[1], '每天'],
      /* 16 */ ['杨家坪便民服务点', '便民服务点', null, '五台正街 3 号', grid1[0], grid1[1], null],
    ]);
    const run = await planKind(db, facilitiesKind, bytes, 1);
    expect(run.headerRows).toEqual([4]);
    expect(run.totalsRows).toEqual([17]);
    const outcome = (r: number) => run.rows.find((x) => x.row === r);
    const issues = (r: number) => run.issues.filter((i) => i.row === r);
    const reasons = (r: number) => issues(r).map((i) => i.reason);
    expect(outcome(5)).toMatchObject({ outcome: 'unchanged', recordId: f1.id });
    expect(outcome(6)).toMatchObject({ outcome: 'update', recordId: f2.id, fields: ['openHours'] });
    expect(outcome(7)).toMatchObject({ outcome: 'update', recordId: f3.id, fields: ['location'] });
    expect(outcome(8)).toMatchObject({ outcome: 'new', data: { kind: 'volunteer_point', lng: Number(grid1[0].toFixed(6)), lat: Number(grid1[1].toFixed(6)) } });
    expect(reasons(9)).toEqual(['facility_kind_unknown']);
    expect(issues(9)[0]).toMatchObject({ column: '类型', value: '文化站', detail: '党群服务中心、便民服务站、志愿服务点' });
    expect(reasons(10)).toEqual(['point_outside_street']);
    expect(reasons(11)).toEqual(['point_other_community']);
    expect(issues(11)[0]!.detail).toBe('九龙社区');
    expect(reasons(12)).toEqual(['coordinate_invalid']);
    expect(issues(12)[0]).toMatchObject({ column: '纬度', value: '二十九度' });
    expect(reasons(13)).toEqual(['community_differs']);
    expect(reasons(14)).toEqual(['name_twice_in_file']);
    expect(reasons(15)).toEqual(['name_twice_in_file']);
    expect(reasons(16)).toEqual(['required_missing']);
    expect(issues(16)[0]!.column).toBe('开放时间');
    expect(run.rows.map((r) => r.row)).toEqual([5, 6, 7, 8]);

    const count = db.prepare('SELECT count(*) FROM facility').pluck().get() as number;
    const done = commitKind(db, facilitiesKind, adminActor, run.rows);
    expect(done).toMatchObject({ added: 1, updated: 2 });
    expect(db.prepare('SELECT count(*) FROM facility').pluck().get()).toBe(count + 1);
    expect(db.prepare('SELECT open_hours FROM facility WHERE id = ?').pluck().get(f2.id)).toBe('周一至周五 09:00-17:00');
    expect(db.prepare('SELECT lng, lat, grid_id FROM facility WHERE id = ?').get(f3.id)).toEqual({ lng: lng2, lat: lat2, grid_id: 2 });
    expect(db.prepare("SELECT action FROM record_change WHERE kind = 'facility' AND record_id = ?").pluck().all(f3.id)).toEqual(['move']);
    expect(db.prepare("SELECT kind, grid_id, community_id, address FROM facility WHERE name = '杨家坪第二志愿服务点'").get()).toEqual({ kind: 'volunteer_point', grid_id: 1, community_id: 1, address: '五台正街 12 号' });
  });
});

describe('facilities round trip and roles', () => {
  it('export → import finds every facility unchanged and writes nothing', async () => {
    const bytes = await exportKind(db, facilitiesKind, { communityId: 1, gridId: null }, admin);
    const sheet = (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '设施名称', '设施类型', '所属社区', '地址', '经度', '纬度', '开放时间']);
    expect(sheet.rowCount).toBe(1 + facilitiesOf(1).length);
    expect(facilitiesKind.exportCount!(db, { communityId: 1, gridId: null })).toBe(facilitiesOf(1).length);
    const before = tableDigest(db, TABLES);
    const run = await planKind(db, facilitiesKind, bytes, 1);
    expect(run.issues).toEqual([]);
    expect(run.rows.map((r) => [r.outcome, r.fields])).toEqual(facilitiesOf(1).map(() => ['unchanged', []]));
    expect(commitKind(db, facilitiesKind, adminActor, run.rows)).toMatchObject({ added: 0, updated: 0 });
    expect(tableDigest(db, TABLES)).toBe(before);
    // One grid only.
    const one = await exportKind(db, facilitiesKind, { communityId: 1, gridId: facilitiesOf(1)[0]!.grid_id }, admin);
    expect((await new ExcelJS.Workbook().xlsx.load(one as unknown as ExcelJS.Buffer)).worksheets[0]!.rowCount).toBe(1 + facilitiesOf(1).filter((f) => f.grid_id === facilitiesOf(1)[0]!.grid_id).length);
  });

  it('community staff write their own facilities; a role that may not write facilities is refused in the core and nothing is written', async () => {
    const [f1] = facilitiesOf(1) as [Facility];
    const bytes = await messyFacilityWorkbook([[f1.name, KIND_WORD[f1.kind]!, null, f1.address, f1.lng, f1.lat, '全天开放']]);
    const run = await planKind(db, facilitiesKind, bytes, 1);
    const before = tableDigest(db, TABLES);
    expect(() => commitKind(db, facilitiesKind, { user: { id: 1, role: 'dispatcher', communityId: null }, now: TEST_ANCHOR }, run.rows)).toThrow(/第5行: the dispatcher role may not change facilities/);
    expect(tableDigest(db, TABLES)).toBe(before);
    expect(commitKind(db, facilitiesKind, { user: { id: 1, role: 'community', communityId: 1 }, now: TEST_ANCHOR }, run.rows)).toMatchObject({ updated: 1 });
    expect(db.prepare('SELECT open_hours FROM facility WHERE id = ?').pluck().get(f1.id)).toBe('全天开放');
    expect(facilitiesKind.roles).toEqual(['admin', 'community']);
  });
});
