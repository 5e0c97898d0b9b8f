// The Party imports' preview has the import's clock: a joining (入党) or founding (成立) date
// after today is refused on its row with today as the detail, instead of failing the commit.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserView } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { openDatabase } from '../../src/main/core/db/database';
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { shanghaiDate } from '../../src/main/core/calendar/workCalendar';
import { partyMembersKind } from '../../src/main/core/registerImport/partyMembers/kind';
import { partyOrgsKind } from '../../src/main/core/registerImport/partyOrgs/kind';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { exportKind, planKind } from '../helpers/kindPipeline';
import { idNumber } from '../helpers/registerFixtures';

let remove: () => void;
let db: Db;
const admin: UserView = { id: 1, username: 'u', displayName: 'u', role: 'admin', communityId: null, mustChangePassword: false };
const TODAY = shanghaiDate(TEST_ANCHOR);

beforeEach(async () => {
  let dir: string;
  ({ dir, remove } = await demoStreetCopy());
  db = openDatabase(dataPaths(dir).db, await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops'));
});
afterEach(() => {
  if (db.open) db.close();
  remove();
});

/** The community's own export with one more row: a copy of the last row (or the first whose values contain `like`), with `change` applied by column header. */
async function exportPlusRow(kind: typeof partyMembersKind | typeof partyOrgsKind, change: Record<string, string | null>, like?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportKind(db, kind as typeof partyMembersKind, { communityId: 1, gridId: null }, admin)) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as (string | undefined)[]).slice(1) as string[];
  const rows = ws.getRows(2, ws.rowCount - 1)!.map((r) => (r.values as ExcelJS.CellValue[]).slice(1));
  const last = (like === undefined ? undefined : rows.find((r) => r.some((v) => typeof v === 'string' && v.includes(like)))) ?? rows.at(-1)!;
  ws.addRow(header.map((h, i) => (h in change ? change[h] : last[i]) ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Party imports: dates after today in the preview', () => {
  it('refuses a member joining after today', async () => {
    const bytes = await exportPlusRow(partyMembersKind, { 姓名: '明日新党员', 公民身份号码: idNumber('19900101', '011'), 性别: '男', 出生日期: null, 入党时间: '2099-07-01', 联系电话: '13900009999', 现居住地址: null, 双报到社区: null });
    const run = await planKind(db, partyMembersKind, bytes, 1);
    expect(run.issues).toEqual([expect.objectContaining({ column: '入党时间', value: '2099-07-01', reason: 'date_after_today', detail: TODAY })]);
  });

  it('refuses an organisation founded after today', async () => {
    const bytes = await exportPlusRow(partyOrgsKind, { 党组织名称: '明日新党支部', 成立时间: '2099-07-01', 覆盖范围: null, 书记: '明日书记', 书记联系电话: '13900008888' }, '网格党支部');
    const run = await planKind(db, partyOrgsKind, bytes, 1);
    expect(run.issues).toEqual([expect.objectContaining({ column: '成立时间', value: '2099-07-01', reason: 'date_after_today', detail: TODAY })]);
  });
});
