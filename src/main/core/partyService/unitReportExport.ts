// 双报告 to Excel: one unit's report (or every unit's) for a period, written with the streaming
// workbook writer in a worker (readTasks 'unitReport.export'). Sheet 1 汇总 holds the totals,
// by kind of service and by community; sheet 2 党员服务明细 one row per registered member
// (their name as the caller's role may see it: masked, or left out for the leader).
import type { ExportedWorkbook, ServiceKind, UnitServiceReport } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { XLSX_MIME } from '../registerImport/runImport';
import { streamingWorkbook } from '../xlsx/streamingWorkbook';
import { unitReport, unitReportList } from './unitReport';

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = { wish: '认领微心愿', need: '认领需求', activity: '志愿服务活动', other: '其他服务' };
export const UNIT_SUMMARY_HEADER = ['单位党组织', '统计起', '统计止', '在职党员', '已双报到', '报到率', '服务次数', '服务时长(小时)', '单位认领微心愿(已实现)'];
export const MEMBER_HEADER = ['单位党组织', '党员', '报到社区', '报到日期', '服务次数', '服务时长(小时)'];

/** The period's last day (the API's `to` is exclusive). */
function lastDay(to: string): string {
  return shanghaiDate(Date.parse(`${to}T00:00:00+08:00`) - 86_400_000);
}

export async function exportUnitReport(db: Db, input: { unitOrgId?: number | undefined; from: string; to: string }, user: UserView, now: number, progress: (f: number, stage: string) => void): Promise<ExportedWorkbook> {
  const ids = input.unitOrgId !== undefined ? [input.unitOrgId] : unitReportList(db, input.from, input.to, user.communityId).map((u) => u.unitOrgId);
  const reports: UnitServiceReport[] = [];
  ids.forEach((id, i) => {
    reports.push(unitReport(db, id, input.from, input.to, user));
    progress(0.05 + (0.6 * (i + 1)) / Math.max(1, ids.length), 'read');
  });
  const { workbook, finish } = streamingWorkbook();
  const summary = workbook.addWorksheet('汇总');
  summary.columns = UNIT_SUMMARY_HEADER.map((h, i) => ({ width: i === 0 ? 34 : Math.max(10, h.length * 2 + 4) }));
  summary.addRow(UNIT_SUMMARY_HEADER).commit();
  const end = lastDay(input.to);
  for (const r of reports) {
    summary.addRow([r.unitName, r.from, end, r.employed, r.registered, r.employed > 0 ? Math.round((1000 * r.registered) / r.employed) / 1000 : null, r.services, r.hours, r.unitWishesFulfilled]).commit();
  }
  if (reports.length === 1) {
    const r = reports[0]!;
    summary.addRow([]).commit();
    summary.addRow(['服务类别', '', '', '', '', '', '服务次数', '服务时长(小时)']).commit();
    for (const k of Object.keys(SERVICE_KIND_LABELS) as ServiceKind[]) summary.addRow([SERVICE_KIND_LABELS[k], '', '', '', '', '', r.byKind[k].services, r.byKind[k].hours]).commit();
    summary.addRow([]).commit();
    summary.addRow(['报到社区', '', '', '', '报到党员', '', '', '服务时长(小时)']).commit();
    for (const c of r.byCommunity) summary.addRow([c.communityName, '', '', '', c.members, '', '', c.hours]).commit();
  }
  summary.commit();
  const detail = workbook.addWorksheet('党员服务明细');
  detail.columns = MEMBER_HEADER.map((h, i) => ({ width: i === 0 ? 34 : Math.max(12, h.length * 2 + 4) }));
  detail.addRow(MEMBER_HEADER).commit();
  for (const r of reports) for (const m of r.members) detail.addRow([r.unitName, m.memberName ?? '—', m.communityName, m.registeredOn, m.services, m.hours]).commit();
  detail.commit();
  progress(0.95, 'save');
  const bytes = await finish();
  const place = reports.length === 1 ? reports[0]!.unitName : '全部单位';
  const fileName = `双报告_${place}_${input.from}_${end}_${shanghaiDate(now)}.xlsx`.replace(/[\\/:*?"<>|]/g, '');
  return { fileName, mime: XLSX_MIME, base64: bytes.toString('base64') };
}
