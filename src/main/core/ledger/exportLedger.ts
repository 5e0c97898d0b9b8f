// The case ledger (案件台账, "问题办理、情况反馈、督办落实" per category) as an Excel
// workbook: a 汇总 sheet with the indicators per large category (the same computeIndicators
// every screen uses), then one sheet per large category listing its cases of the period.
// Times are written as Excel dates showing Beijing time (UTC+8, fixed: no DST since 1991),
// so they sort and filter as dates on any machine. No reporter name or phone goes in, and
// free text is scrubbed of ID numbers, phones and the case's own names (scrubText.ts): the
// file leaves the encrypted database and may be mailed or printed. Steps recorded on
// someone's behalf (代录) are listed in their own column.
import ExcelJS from 'exceljs';
import type { CaseSource, CaseStatus, StaffRole } from '../../../shared/domain';
import type { IndicatorRow } from '../../../shared/indicators';
import type { Db } from '../db/database';
import { shanghaiDate, CHINA_OFFSET_MS } from '../calendar/workCalendar';
import { computeIndicators } from '../indicators/computeIndicators';
import { notFound } from '../services/refs';
import { iterateLedgerCases, largeCategories, type LargeCategory, type LedgerCase } from './ledgerCases';
import { ledgerRecordings } from './ledgerRecordings';
import { scrubText } from './scrubText';
import { streamingWorkbook } from '../xlsx/streamingWorkbook';

export interface LedgerQuery {
  /** Period start, epoch ms, inclusive. */
  from: number;
  /** Period end, epoch ms, exclusive. */
  to: number;
  /** A large category (all its subcategories) or one subcategory; all categories when absent. */
  categoryId?: number;
}

// Core-side labels for this export only; the UI takes its labels from the renderer catalog.
const SOURCE_LABEL: Readonly<Record<CaseSource, string>> = {
  patrol: '巡查上报',
  resident: '居民提事',
  hotline: '12345热线',
  sensor: '智能感知',
  leader: '领导交办',
};
const STATUS_LABEL: Readonly<Record<CaseStatus, string>> = {
  reported: '待立案',
  registered: '已立案',
  dispatched: '已派遣',
  handling: '处置中',
  awaiting_verification: '待核查',
  closed: '已结案',
  cancelled: '已作废',
  suspended: '挂账',
  escalated: '已上报区级',
};
const STAFF_ROLE_LABEL: Readonly<Record<StaffRole, string>> = {
  grid_head: '网格长',
  grid_worker: '网格员',
  building_head: '楼栋长',
  volunteer: '志愿者',
};
const CLASS_LABEL: Readonly<Record<LargeCategory['caseClass'], string>> = { component: '部件', event: '事件' };

const DATE_TIME = 'yyyy-mm-dd hh:mm';
const PERCENT = '0.0%';

interface Column<T> {
  header: string;
  width: number;
  numFmt?: string;
  value: (row: T) => ExcelJS.CellValue;
}

/** Excel dates have no zone: write the Beijing wall-clock time as if it were UTC. */
function beijing(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms + CHINA_OFFSET_MS);
}

function scrub(c: LedgerCase, text: string): string {
  return scrubText(text, [c.reporterName, c.reporterPhone]);
}

function handler(c: LedgerCase): string {
  if (c.department !== null) return c.department;
  if (c.staffName !== null) return `${c.staffRole ? STAFF_ROLE_LABEL[c.staffRole] : ''} ${c.staffName}`.trim();
  return '';
}

/** Past due now, or closed after its due time; blank while there is no due time (not yet dispatched). */
function overdue(c: LedgerCase, now: number): string {
  if (c.dueAt === null) return '';
  return (c.closedAt ?? now) > c.dueAt ? '是' : '否';
}

function caseColumns(now: number, recordings: ReadonlyMap<number, string>): Column<LedgerCase>[] {
  return [
    { header: '案件编号', width: 18, value: (c) => c.code },
    { header: '来源', width: 11, value: (c) => SOURCE_LABEL[c.source] },
    { header: '大类', width: 10, value: (c) => c.largeCategory },
    { header: '小类', width: 16, value: (c) => c.subcategory },
    { header: '所属社区', width: 12, value: (c) => c.community },
    { header: '所属网格', width: 18, value: (c) => c.grid },
    { header: '地址', width: 34, value: (c) => scrub(c, c.address) },
    { header: '问题描述', width: 48, value: (c) => scrub(c, c.description) },
    { header: '上报时间', width: 17, numFmt: DATE_TIME, value: (c) => beijing(c.reportedAt) },
    { header: '派遣时间', width: 17, numFmt: DATE_TIME, value: (c) => beijing(c.dispatchedAt) },
    { header: '处置时限', width: 17, numFmt: DATE_TIME, value: (c) => beijing(c.dueAt) },
    { header: '结案时间', width: 17, numFmt: DATE_TIME, value: (c) => beijing(c.closedAt) },
    { header: '状态', width: 10, value: (c) => STATUS_LABEL[c.status] },
    { header: '处置单位/责任人', width: 22, value: handler },
    { header: '是否超期', width: 9, value: (c) => overdue(c, now) },
    { header: '返工次数', width: 9, value: (c) => c.reworkCount },
    { header: '满意度', width: 8, value: (c) => c.satisfaction },
    { header: '代录', width: 36, value: (c) => scrub(c, recordings.get(c.id) ?? '') },
  ];
}

const SUMMARY_COLUMNS: Column<IndicatorRow>[] = [
  { header: '大类', width: 16, value: (r) => r.label },
  { header: '立案数', width: 9, value: (r) => r.reported },
  { header: '应结案数', width: 9, value: (r) => r.due },
  { header: '结案数', width: 9, value: (r) => r.closed },
  { header: '按期结案数', width: 11, value: (r) => r.closedOnTime },
  { header: '延期数', width: 9, value: (r) => r.deferred },
  { header: '超期未结案数', width: 12, value: (r) => r.overdueOpen },
  { header: '返工数', width: 9, value: (r) => r.reworked },
  { header: '结案率', width: 9, numFmt: PERCENT, value: (r) => r.closeRate },
  { header: '按期结案率', width: 11, numFmt: PERCENT, value: (r) => r.onTimeRate },
  { header: '返工率', width: 9, numFmt: PERCENT, value: (r) => r.reworkRate },
  { header: '延期率', width: 9, numFmt: PERCENT, value: (r) => r.deferRate },
  { header: '平均处置时长(小时)', width: 18, numFmt: '0.0', value: (r) => r.avgHandlingHours },
  { header: '评价数', width: 9, value: (r) => r.evaluated },
  { header: '满意度(星)', width: 11, numFmt: '0.00', value: (r) => r.satisfaction },
  { header: '满意率', width: 9, numFmt: PERCENT, value: (r) => r.satisfiedRate },
];

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/** A sheet with a bold, frozen, filterable header row and set column widths; rows are written and
 *  committed one at a time, so the workbook's memory does not grow with the number of cases. */
function addTable<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
  onRow: (row: ExcelJS.Row, item: T) => void = () => undefined,
): SheetWriter {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  header.commit();
  for (const item of rows) {
    const row = sheet.addRow(columns.map((c) => c.value(item)));
    onRow(row, item);
    row.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(category: LargeCategory): string {
  return `${CLASS_LABEL[category.caseClass]}-${category.name}`.replace(/[:\\/?*[\]]/g, '').slice(0, 31);
}

/** '部件-公用设施' for a large category, '部件-公用设施-路灯不亮' for a subcategory: part of the file name. */
function categoryName(db: Db, categoryId: number, large: LargeCategory): string {
  if (categoryId === large.id) return sheetName(large);
  const sub = db.prepare('SELECT name FROM case_category WHERE id = ?').pluck().get(categoryId) as string;
  return `${sheetName(large)}-${sub}`.replace(/[:\\/?*[\]]/g, '');
}

function periodText(from: number, to: number): [string, string] {
  return [shanghaiDate(from), shanghaiDate(to - 1)];
}

export async function exportLedger(
  db: Db,
  query: LedgerQuery,
  now: number,
  onProgress: (fraction: number, stage: string) => void = () => undefined,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { from, to, categoryId } = query;
  const categories = largeCategories(db, categoryId);
  if (categoryId !== undefined && categories.length === 0) throw notFound('case category', categoryId);
  const chosen = categoryId === undefined ? null : categoryName(db, categoryId, categories[0]!);
  // Validates the period as well (from before to).
  const indicators = computeIndicators(db, { from, to, scope: categoryId === undefined ? { kind: 'street' } : { kind: 'category', id: categoryId }, groupBy: 'category' }, now);
  const [first, last] = periodText(from, to);
  const total = indicators.find((r) => r.key === 'total')?.reported ?? 0;

  // The zipped file is collected as it is written: it is a few MB for a year, the rows are not kept.
  const { workbook, finish } = streamingWorkbook();
  workbook.creator = 'StreetOps 街道综合指挥台';
  workbook.created = new Date(now);
  workbook.title = `案件台账 ${first} 至 ${last}`;

  const summary = addTable(workbook, '汇总', SUMMARY_COLUMNS, indicators, (row, r) => {
    if (r.key === 'total') row.font = { bold: true };
  });
  summary.addRow([]).commit();
  for (const note of [
    `统计时段：${first} 至 ${last}（北京时间）；时段未结束的，按导出时间统计。`,
    '立案数：时段内上报且未作废的案件数，即各分表的行数。',
    '应结案数：时段内到达处置时限、或在时限前已结案的已派遣案件数。',
    '结案率 = 结案数 ÷（应结案数 − 延期数）；按期结案率 = 按期结案数 ÷（应结案数 − 延期数）；超期未结案案件计入分母。',
    `导出时间：${shanghaiDate(now)} ${new Date(now + CHINA_OFFSET_MS).toISOString().slice(11, 16)}`,
  ])
    summary.addRow([note]).commit();
  summary.commit();

  const columns = caseColumns(now, ledgerRecordings(db, from, to));
  let written = 0;
  for (const category of categories) {
    const rows = iterateLedgerCases(db, from, to, category.id, categoryId);
    const sheet = addTable(workbook, sheetName(category), columns, rows, () => {
      written++;
      if (written % 2000 === 0) onProgress(total > 0 ? written / total : 0, sheetName(category));
    });
    sheet.commit();
  }
  const bytes = await finish();
  onProgress(1, 'done');
  return { fileName: `案件台账${chosen ? `_${chosen}` : ''}_${first}_${last}.xlsx`, bytes };
}
