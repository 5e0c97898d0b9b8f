// A community's residents register as the community would send it back a month later,
// made from the street's own records in the columns the import reads: a title row, the
// header, then every resident of the community (their household's registered address),
// some with a changed phone, some new residents in registered households, the rest as
// registered. Written with exceljs's streaming writer, so a whole street's register
// (200,000 rows) is made without holding a workbook model in memory.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../src/main/core/db/database';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';

export interface RegisterMix {
  /** Every n-th resident's phone is changed (an update); 0 for none. */
  changedPhoneEvery: number;
  /** Every n-th household gains a new resident (其他, a new ID number); 0 for none. */
  newResidentEvery: number;
  /** Only the community's first n households (in id order); all of them when left out. */
  households?: number;
}

export interface RegisterWorkbook {
  bytes: Buffer;
  communityId: number;
  /** Data rows (residents) in the workbook. */
  rows: number;
  households: number;
  /** What the import should find, if every registered row reads back as registered. */
  expected: { new: number; updated: number; unchanged: number };
}

export const REGISTER_HEADER = ['序号', '姓名', '公民身份号码', '性别', '出生日期', '联系电话', '与户主关系', '住址'] as const;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['子涵', '欣怡', '浩然', '雨桐', '宇轩', '梓萱', '俊杰', '诗琪', '明远', '嘉怡'];

interface Row {
  household_id: number;
  address: string;
  name: string;
  id_number: string;
  gender: 'M' | 'F';
  birth_date: string;
  phone: string | null;
  relation: string;
}

export type IdIssuer = (birth: string, gender: 'M' | 'F') => string;

/** New 18-digit ID numbers nobody on the street holds, gender in the 17th digit as GB 11643 has it.
 *  One issuer for all of a street's workbooks, so two communities' new residents never share a number. */
export function newIdIssuer(db: Db): IdIssuer {
  const taken = new Set(db.prepare('SELECT id_number FROM resident').pluck().all() as string[]);
  let seq = 0;
  return (birth, gender) => {
    for (;;) {
      const s = (seq = (seq + 1) % 1000);
      if (s % 2 !== (gender === 'M' ? 1 : 0)) continue;
      const first17 = `500107${birth.replaceAll('-', '')}${String(s).padStart(3, '0')}`;
      const id = first17 + idNumberCheckChar(first17);
      if (taken.has(id)) continue;
      taken.add(id);
      return id;
    }
  };
}

export async function communityRegisterWorkbook(db: Db, communityId: number, mix: RegisterMix, issue: IdIssuer = newIdIssuer(db)): Promise<RegisterWorkbook> {
  const community = db.prepare('SELECT name FROM community WHERE id = ?').pluck().get(communityId) as string;
  const residents = db
    .prepare(
      `SELECT r.household_id, h.address, r.name, r.id_number, r.gender, r.birth_date, r.phone, r.relation
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? ORDER BY h.id, r.relation <> '户主', r.id`,
    )
    .iterate(communityId) as IterableIterator<Row>;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('居民信息');
  ws.addRow([`${community}居民信息台账`]).commit();
  ws.addRow([...REGISTER_HEADER]).commit();
  const expected = { new: 0, updated: 0, unchanged: 0 };
  let n = 0;
  let households = 0;
  let lastHousehold = -1;
  let lastAddress = '';
  const add = (values: (string | number)[]) => ws.addRow(values).commit();
  const maybeNewMember = () => {
    if (lastHousehold < 0 || mix.newResidentEvery === 0 || households % mix.newResidentEvery !== 0) return;
    const gender = n % 2 === 0 ? 'F' : 'M';
    const birth = `19${String(50 + (n % 45)).padStart(2, '0')}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const name = SURNAMES[n % SURNAMES.length]! + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]!;
    add([++n, name, issue(birth, gender), gender === 'M' ? '男' : '女', birth, `137${String(10_000_000 + n).slice(-8)}`, '其他', lastAddress]);
    expected.new++;
  };
  for (const r of residents) {
    if (r.household_id !== lastHousehold) {
      maybeNewMember();
      if (households === mix.households) break;
      households++;
      lastHousehold = r.household_id;
      lastAddress = r.address;
    }
    n++;
    let phone = r.phone ?? '';
    if (mix.changedPhoneEvery > 0 && n % mix.changedPhoneEvery === 0) {
      phone = `139${String(20_000_000 + n).slice(-8)}`;
      expected.updated++;
    } else expected.unchanged++;
    add([n, r.name, r.id_number, r.gender === 'M' ? '男' : '女', r.birth_date, phone, r.relation, r.address]);
  }
  if (households !== mix.households) maybeNewMember();
  ws.commit();
  await wb.commit();
  return { bytes: Buffer.concat(chunks), communityId, rows: n, households, expected };
}
