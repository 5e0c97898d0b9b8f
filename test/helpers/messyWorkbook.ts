// A community register as communities really keep it, built with exceljs against a real
// demo street: title rows and a merged two-row header, several sheets (one hidden, one
// with no register on it), a totals row, a hidden row and column, an empty row, ID numbers
// typed as numbers, rounded to 5.00103E+17, in the 15-digit form, with a lower-case x,
// full-width or with spaces; every date form; phones with +86, dashes, spaces, landlines;
// addresses written every way. Each data row comes with the outcome the import must reach.
import ExcelJS from 'exceljs';
import type { ImportReason } from '../../src/shared/registerImport';
import type { Db } from '../../src/main/core/db/database';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';

export type ExpectedOutcome = 'new' | 'update' | 'unchanged' | 'rejected' | 'conflict' | 'needsPick';

export interface ExpectedRow {
  sheet: string;
  row: number;
  outcome: ExpectedOutcome;
  /** The reasons the row is not written (rejected, conflict, needsPick). */
  reasons?: ImportReason[];
  /** The fields an update changes. */
  fields?: string[];
  /** 'existing' when the row joins a registered household, else the new household's label. */
  household?: string;
  /** The defect this row carries, for failure messages. */
  what: string;
}

export interface MessyWorkbook {
  bytes: Buffer;
  expected: ExpectedRow[];
  /** What the preview must say it skipped, per sheet. */
  skipped: Record<string, { hiddenRows: number[]; hiddenColumns: string[]; totalsRows: number[]; emptyRows: number }>;
  statuses: Record<string, 'read' | 'hidden' | 'no_header'>;
  /** The address key of the rows whose building must be picked, and the buildings it may be. */
  pick: { key: string; buildingIds: number[] };
  /** ID numbers of the rows the import adds (without picks). */
  newIds: string[];
}

export const SHEET_MAIN = '居民信息';
export const SHEET_GRID = '第二网格';
export const SHEET_NOTES = '填表说明';
export const SHEET_OLD = '旧表';

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 3 → 三, 12 → 十二, 25 → 二十五. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]!}十${n % 10 === 0 ? '' : CN[n % 10]!}`;
}

interface Person {
  id: number;
  name: string;
  gender: 'M' | 'F';
  birth_date: string;
  id_number: string;
  phone: string | null;
  relation: string;
  household_id: number;
}

/** Issues identity numbers for people the street does not have yet. */
class Ids {
  private next = 101;
  constructor(private readonly db: Db) {}

  private taken(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM resident WHERE id_number = ?').get(id) !== undefined;
  }

  /** An 18-digit number for a birth date (YYYYMMDD) and gender; with `x`, one whose check character is X. */
  issue(birth: string, gender: 'M' | 'F', x = false): string {
    for (;;) {
      const seq = this.next++;
      if (seq % 2 !== (gender === 'M' ? 1 : 0)) continue;
      const first17 = `500107${birth}${String(seq).padStart(3, '0')}`;
      const id = first17 + idNumberCheckChar(first17);
      if ((x && !id.endsWith('X')) || this.taken(id)) continue;
      return id;
    }
  }

  /** A 15-digit number (born 19YY) whose 18-digit form the street does not have. */
  old(birth: string, gender: 'M' | 'F'): { old: string; upgraded: string } {
    for (;;) {
      const seq = this.next++;
      if (seq % 2 !== (gender === 'M' ? 1 : 0)) continue;
      const old = `500107${birth.slice(2)}${String(seq).padStart(3, '0')}`;
      const first17 = `500107${birth}${String(seq).padStart(3, '0')}`;
      const upgraded = first17 + idNumberCheckChar(first17);
      if (!this.taken(upgraded)) return { old, upgraded };
    }
  }
}

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const GENDER = { M: '男', F: '女' } as const;

export async function messyWorkbook(db: Db, communityId: number): Promise<MessyWorkbook> {
  // A building named <estate><n>栋 with two units, a household in it with two members.
  const buildings = db
    .prepare(
      `SELECT b.id, b.name FROM building b JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND b.name GLOB '*[0-9]栋' AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id AND h.unit = 2)
        ORDER BY b.id`,
    )
    .all(communityId) as { id: number; name: string }[];
  const building = buildings[0]!;
  const [, estate, numberText] = /^(.*?)(\d+)栋$/.exec(building.name)!;
  const n = Number(numberText);
  const household = db
    .prepare('SELECT h.id, h.unit, h.room FROM household h WHERE h.building_id = ? AND (SELECT count(*) FROM resident r WHERE r.household_id = h.id) >= 2 ORDER BY h.id LIMIT 1')
    .get(building.id) as { id: number; unit: number; room: string };
  const members = db.prepare('SELECT * FROM resident WHERE household_id = ? ORDER BY id').all(household.id) as Person[];
  const [r1, r2] = [members[0]!, members[1]!];
  const elsewhere = db
    .prepare('SELECT r.* FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id <> ? ORDER BY r.id LIMIT 1')
    .get(communityId) as Person;
  const renamed = db
    .prepare('SELECT r.* FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND h.building_id <> ? ORDER BY r.id LIMIT 1')
    .get(communityId, building.id) as Person;
  const other = db
    .prepare('SELECT h.id, h.address FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND h.building_id <> ? ORDER BY h.id DESC LIMIT 1')
    .get(communityId, building.id) as { id: number; address: string };
  // Rooms of unit 2 that nobody lives in yet: three new households.
  const rooms = new Set((db.prepare('SELECT room FROM household WHERE building_id = ? AND unit = 2').all(building.id) as { room: string }[]).map((r) => r.room));
  const free: { floor: number; k: number; room: string }[] = [];
  for (let floor = 1; free.length < 3; floor++) for (let k = 1; k <= 9 && free.length < 3; k++) if (!rooms.has(`${floor}0${k}`)) free.push({ floor, k, room: `${floor}0${k}` });
  const [roomA, roomB, roomC] = free as [(typeof free)[number], (typeof free)[number], (typeof free)[number]];
  // A building number several buildings of the community share: that address needs a pick.
  const shared = db
    .prepare(
      `SELECT b.id, b.name FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND b.name GLOB '*[0-9]栋' ORDER BY b.id`,
    )
    .all(communityId) as { id: number; name: string }[];
  const byNumber = new Map<string, number[]>();
  for (const b of shared) {
    const m = /(\d+)栋$/.exec(b.name)!;
    byNumber.set(m[1]!, [...(byNumber.get(m[1]!) ?? []), b.id]);
  }
  const [pickNumber, pickIds] = [...byNumber].find(([, ids]) => ids.length >= 2)!;

  const ids = new Ids(db);
  const newIds: string[] = [];
  const fresh = (birth: string, gender: 'M' | 'F', x = false) => {
    const id = ids.issue(birth, gender, x);
    newIds.push(id);
    return id;
  };

  const wb = new ExcelJS.Workbook();
  const expected: ExpectedRow[] = [];
  const expect = (sheet: string, row: number, outcome: ExpectedOutcome, what: string, extra: Partial<ExpectedRow> = {}) => expected.push({ sheet, row, outcome, what, ...extra });

  // --- Sheet 1: title rows, a two-row merged header, split address columns, a hidden column M.
  const main = wb.addWorksheet(SHEET_MAIN);
  main.getRow(1).values = ['杨家坪社区居民信息台账'];
  main.mergeCells('A1:M1');
  main.getRow(2).values = ['填报单位：社区居委会    填报日期：2026年11月'];
  main.mergeCells('A2:M2');
  main.getRow(3).values = ['序号', '姓 名', '性别', '出生日期', '公民身份号码', '与户主关系', '联系电话', '住址', '住址', '住址', '小区', '备注', '内部编号'];
  main.getRow(4).values = ['序号', '姓 名', '性别', '出生日期', '公民身份号码', '与户主关系', '联系电话', '楼栋', '单元', '房号', '小区', '备注', '内部编号'];
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'K', 'L', 'M']) main.mergeCells(`${col}3:${col}4`);
  main.mergeCells('H3:J3');
  main.getColumn(13).hidden = true;
  main.getColumn(5).width = 22;
  const at = (u: number, room: string) => [`${n}栋`, `${u}单元`, room];
  const put = (row: number, values: ExcelJS.CellValue[]) => {
    main.getRow(row).values = values;
  };
  const ymd = (d: string) => new Date(`${d}T00:00:00Z`);

  put(5, [1, r1.name, GENDER[r1.gender], ymd(r1.birth_date), r1.id_number, r1.relation, r1.phone, ...at(household.unit, household.room), estate, '', 'A-001']);
  main.getCell('D5').numFmt = 'yyyy-mm-dd';
  expect(SHEET_MAIN, 5, 'unchanged', 'a registered resident as registered (date cell, split address columns)', { household: 'existing' });

  put(6, [2, r2.name, GENDER[r2.gender], r2.birth_date, r2.id_number, r2.relation, '+86 139-0000-0006', `${n}`, `${household.unit}`, `${household.room}室`, estate]);
  expect(SHEET_MAIN, 6, 'update', 'a registered resident with a new phone written +86 139-0000-0006', { fields: ['phone'], household: 'existing' });

  const idX = fresh('19580312', 'F', true);
  put(7, [3, '王秀兰', '女', '1958年3月12日', idX.toLowerCase(), '户主', '13900000007', ...at(2, roomA.room), estate]);
  expect(SHEET_MAIN, 7, 'new', 'ID number ending in a lower-case x; date 1958年3月12日', { household: 'A' });

  const idFull = fresh('19600515', 'M');
  put(8, [4, '刘建国', '男', '1960.05.15', toFullWidth(idFull), '丈夫', '023-68123456', ...at(2, roomA.room), estate]);
  expect(SHEET_MAIN, 8, 'new', 'ID number in full-width digits; date 1960.05.15; landline 023-68123456; relation 丈夫', { household: 'A' });

  // Row 9 is left empty.
  put(10, [5, '隐藏行', '男', '1970-01-01', fresh('19700101', 'M'), '户主', '', ...at(2, roomA.room), estate]);
  newIds.pop();
  main.getRow(10).hidden = true;

  const old = ids.old('19491001', 'M');
  newIds.push(old.upgraded);
  put(11, [6, '刘德明', '男', 18_172, Number(old.old), '父亲', '0086-13900000011', ...at(2, roomA.room), estate]);
  expect(SHEET_MAIN, 11, 'new', '15-digit ID typed as a number; birth date as an Excel serial; phone 0086-…', { household: 'A' });

  put(12, [7, '陈数字', '男', '1958-03-12', 500107195803121234, '户主', '', ...at(2, roomB.room), estate]);
  expect(SHEET_MAIN, 12, 'rejected', 'ID typed as an 18-digit number: digits lost', { reasons: ['id_lost_digits'] });

  put(13, [8, '陈科学', '男', '1958-03-12', '5.00103E+17', '户主', '', ...at(2, roomB.room), estate]);
  expect(SHEET_MAIN, 13, 'rejected', 'ID shown as 5.00103E+17 text', { reasons: ['id_scientific'] });

  const idSpaces = fresh('19800101', 'M');
  put(14, [9, ' 张 伟 ', '男', '1980/1/1', ` ${idSpaces.slice(0, 6)} ${idSpaces.slice(6, 14)} ${idSpaces.slice(14)} `, '户主', '138 0013 8001', ...at(2, roomB.room), estate]);
  expect(SHEET_MAIN, 14, 'new', 'ID and name with stray spaces; date 1980/1/1; phone with spaces', { household: 'B' });

  const idCompact = fresh('19800202', 'M');
  put(15, [10, '张小伟', '男', '19800202', idCompact, '儿子', 13800138002, ...at(2, roomB.room), estate]);
  expect(SHEET_MAIN, 15, 'new', 'date 19800202; phone typed as a number; relation 儿子', { household: 'B' });

  const idBirth = ids.issue('19700101', 'F');
  put(16, [11, '李错生', '女', '1970-1-2', idBirth, '户主', '', ...at(2, roomC.room), estate]);
  expect(SHEET_MAIN, 16, 'rejected', 'birth date 1970-1-2 against an ID born 1970-01-01', { reasons: ['birth_date_mismatch'] });

  const idGood = ids.issue('19750607', 'M');
  const badCheck = idGood.slice(0, 17) + (idGood[17] === '0' ? '1' : '0');
  put(17, [12, '李校验', '男', '1975-6-7', badCheck, '户主', '', ...at(2, roomC.room), estate]);
  expect(SHEET_MAIN, 17, 'rejected', 'wrong check character', { reasons: ['id_checksum'] });

  const idMale = ids.issue('19680808', 'M');
  put(18, [13, '李性别', '女', '1968-8-8', idMale, '户主', '', ...at(2, roomC.room), estate]);
  expect(SHEET_MAIN, 18, 'rejected', '女 typed for a male ID number', { reasons: ['gender_mismatch'] });

  const idLocal = ids.issue('19660606', 'F');
  put(19, [14, '李座机', '女', '1966-6-6', idLocal, '户主', '68123456', ...at(2, roomC.room), estate]);
  expect(SHEET_MAIN, 19, 'rejected', 'landline without its area code', { reasons: ['phone_no_area_code'] });

  const idTwice = ids.issue('19900909', 'M');
  put(20, [15, '赵重复', '男', '1990-09-09', idTwice, '户主', '', ...at(2, roomC.room), estate]);
  put(21, [16, '赵重复', '男', '1990-09-09', idTwice, '户主', '', ...at(2, roomC.room), estate]);
  expect(SHEET_MAIN, 20, 'rejected', 'the same ID twice in the file (first)', { reasons: ['duplicate_in_file'] });
  expect(SHEET_MAIN, 21, 'rejected', 'the same ID twice in the file (second)', { reasons: ['duplicate_in_file'] });

  put(22, ['合 计', '共16人']);

  // --- Sheet 2: one title row, a one-row header with full-width and bracketed labels, one address column.
  const grid = wb.addWorksheet(SHEET_GRID);
  grid.getRow(1).values = ['第二网格居民花名册'];
  grid.mergeCells('A1:I1');
  grid.getRow(2).values = ['户号', '姓名', '身份证号（１８位）', '性别', '出生年月', '手机号', '与户主关系', '家庭住址', '备注'];
  const g = (row: number, values: ExcelJS.CellValue[]) => {
    grid.getRow(row).values = values;
  };
  const idG1 = fresh('19900520', 'M');
  g(3, ['', '孙国强', idG1, '男', '1990年5月', '13700000003', '户主', `${estate}${chineseNumeral(n)}栋二单元${roomC.room}室`]);
  expect(SHEET_GRID, 3, 'new', 'address in Chinese numerals 三栋二单元501室; birth year-month only', { household: 'C' });
  const idG2 = fresh('19920101', 'F');
  g(4, ['', '周丽', idG2, '女', '1992.01', '137-0000-0004', '妻', `${estate}${n}-2-${roomC.room}`]);
  expect(SHEET_GRID, 4, 'new', 'address 3-2-501', { household: 'C' });
  const idG3 = fresh('20150301', 'M');
  g(5, ['', '孙小宝', idG3, '男', '2015年3月', '', '子', `${estate}${n}幢2单元${roomC.floor}楼${roomC.k}号`]);
  expect(SHEET_GRID, 5, 'new', 'address 3幢2单元5楼1号', { household: 'C' });
  const idG4 = fresh('19851111', 'F');
  g(6, ['', '吴芳', idG4, '女', '1985-11', '', '租客', other.address]);
  expect(SHEET_GRID, 6, 'new', 'the full registered address of a household (exact match); relation 租客 → 其他', { household: 'existing' });
  const idP = ids.issue('19770707', 'M');
  g(7, ['', '郑待选', idP, '男', '', '', '其他', `${pickNumber}栋1单元101`]);
  expect(SHEET_GRID, 7, 'needsPick', `building ${pickNumber} without its estate: several buildings have that number`, { reasons: ['address_ambiguous'] });
  const idNone = ids.issue('19880808', 'F');
  g(8, ['', '钱无楼', idNone, '女', '', '', '户主', '火星小区99栋1单元101']);
  expect(SHEET_GRID, 8, 'rejected', 'no such building in the community', { reasons: ['address_no_building'] });
  const idUnparsed = ids.issue('19880809', 'M');
  g(9, ['', '钱不详', idUnparsed, '男', '', '', '户主', '不详']);
  expect(SHEET_GRID, 9, 'rejected', 'an address that says nothing', { reasons: ['address_unparsed'] });
  g(10, ['', elsewhere.name, elsewhere.id_number, GENDER[elsewhere.gender], '', '', '户主', `${estate}${n}栋2单元${roomA.room}`]);
  expect(SHEET_GRID, 10, 'conflict', 'a resident registered in another community', { reasons: ['other_community'] });
  g(11, ['', renamed.name === '改名者' ? '另一人' : '改名者', renamed.id_number, GENDER[renamed.gender], '', '', renamed.relation, `${estate}${n}栋2单元${roomA.room}`]);
  expect(SHEET_GRID, 11, 'conflict', 'a registered ID number under another name', { reasons: ['name_differs'] });
  const idHead2 = ids.issue('19910101', 'M');
  g(12, ['', '孙二主', idHead2, '男', '', '', '户主', `${estate}${n}栋2单元${roomC.room}`]);
  expect(SHEET_GRID, 12, 'rejected', 'a second 户主 for household C', { reasons: ['second_head'] });
  const idNoName = ids.issue('19930303', 'F');
  g(13, ['', '', idNoName, '女', '', '', '子女', `${estate}${n}栋2单元${roomC.room}`]);
  expect(SHEET_GRID, 13, 'rejected', 'no name', { reasons: ['required_missing'] });

  const idHead3 = ids.issue('19920202', 'M');
  g(14, ['', '钱新主', idHead3, '男', '', '', '户主', `${estate}${n}栋${household.unit}单元${household.room}`]);
  expect(SHEET_GRID, 14, 'rejected', 'a 户主 for a registered household that keeps its head', { reasons: ['second_head'] });
  const idHigh = ids.issue('19920303', 'F');
  g(15, ['', '钱高楼', idHigh, '女', '', '', '户主', `${estate}${n}栋2单元9901`]);
  expect(SHEET_GRID, 15, 'rejected', 'a room on floor 99 of a low building', { reasons: ['address_floor'] });

  // --- Sheet 3: instructions only. Sheet 4: an old register, hidden.
  const notes = wb.addWorksheet(SHEET_NOTES);
  notes.getRow(1).values = ['填表说明：身份证号一列请设为文本格式。'];
  const oldSheet = wb.addWorksheet(SHEET_OLD, { state: 'hidden' });
  oldSheet.getRow(1).values = ['姓名', '身份证号', '住址'];
  oldSheet.getRow(2).values = ['旧人', ids.issue('19500101', 'M'), `${estate}${n}栋1单元101`];

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    bytes,
    expected,
    skipped: {
      [SHEET_MAIN]: { hiddenRows: [10], hiddenColumns: ['M'], totalsRows: [22], emptyRows: 1 },
      [SHEET_GRID]: { hiddenRows: [], hiddenColumns: [], totalsRows: [], emptyRows: 0 },
    },
    statuses: { [SHEET_MAIN]: 'read', [SHEET_GRID]: 'read', [SHEET_NOTES]: 'no_header', [SHEET_OLD]: 'hidden' },
    pick: { key: `${pickNumber}栋`, buildingIds: pickIds },
    newIds,
  };
}
