// 双报到, service records, volunteer teams and activities, and the 双报告 through the API on a
// real encrypted demo street: a registration's rules (employed only, home community, one at a
// time, end), the flag other screens read kept in step, an activity crediting its Party
// members' hours, the unit's report and its workbook opened with exceljs, roles refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DualReportList, DualReportRow, ExportedWorkbook, UnitServiceReport, VolunteerOverview, VolunteerTeamMemberView } from '../../src/shared/partyService';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';
import { expectRefusal } from '../helpers/refusal';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
let f: { community: number; member: number; retired: number; elsewhere: number; unit: number; resident: number };

const call = (method: string, input: unknown, who = 'community') => core.call(method, input, tokens[who]!);
const counts = () =>
  db.prepare(`SELECT (SELECT count(*) FROM dual_report) || '/' || (SELECT count(*) FROM service_record) || '/' || (SELECT count(*) FROM audit_log) || '/' || (SELECT group_concat(dual_report) FROM party_member WHERE id IN (${f.member}, ${f.retired}))`).pluck().get();
const refused = (method: string, input: unknown, who = 'community') => expectRefusal(method, () => call(method, input, who), counts);
const TODAY = '2026-11-20';
const TOMORROW = '2026-11-21';

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const u of ['admin', 'community', 'dispatcher', 'leader']) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const community = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  const home = `(SELECT g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id = m.resident_id)`;
  const pick = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
  f = {
    community,
    member: pick(`SELECT m.id FROM party_member m WHERE m.category = 'employed' AND ${home} = ? AND NOT EXISTS (SELECT 1 FROM dual_report d WHERE d.member_id = m.id AND d.ended_on IS NULL) ORDER BY m.id LIMIT 1`, community),
    retired: pick(`SELECT m.id FROM party_member m WHERE m.category = 'retired' AND ${home} = ? ORDER BY m.id LIMIT 1`, community),
    elsewhere: pick(`SELECT m.id FROM party_member m WHERE m.category = 'employed' AND ${home} <> ? AND NOT EXISTS (SELECT 1 FROM dual_report d WHERE d.member_id = m.id AND d.ended_on IS NULL) ORDER BY m.id LIMIT 1`, community),
    unit: pick(`SELECT id FROM party_org WHERE kind = 'resident_unit' ORDER BY id LIMIT 1`),
    resident: pick(`SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND r.is_party_member = 0 ORDER BY r.id LIMIT 1`, community),
  };
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('双报到', () => {
  it('registers an employed member with their home community and keeps the member flag in step', async () => {
    const before = ok<DualReportList>(await call('dualReport.list', { from: '2026-01-01', to: TOMORROW }));
    const row = ok<DualReportRow>(await call('dualReport.register', { memberId: f.member, communityId: f.community, registeredOn: '2026-03-02', unitOrgId: f.unit, pledge: '每月参加一次社区志愿服务' }));
    expect(row).toMatchObject({ memberId: f.member, communityId: f.community, unitOrgId: f.unit, registeredOn: '2026-03-02', hours: 0 });
    expect(row.employer).toBe(db.prepare('SELECT name FROM party_org WHERE id = ?').pluck().get(f.unit));
    expect(row.memberName).toMatch(/^.\*+$/);
    expect(db.prepare('SELECT dual_report, report_community_id FROM party_member WHERE id = ?').get(f.member)).toEqual({ dual_report: 'registered', report_community_id: f.community });
    const after = ok<DualReportList>(await call('dualReport.list', { from: '2026-01-01', to: TOMORROW }));
    expect(after.registered).toBe(before.registered + 1);
    expect(after.total).toBe(before.total + 1);
  });

  it('refuses a second registration, a retired member, another community and a future date; nothing changes', async () => {
    expect((await refused('dualReport.register', { memberId: f.member, communityId: f.community, registeredOn: '2026-04-01', employer: '某公司', pledge: '服务' })).details?.[0]?.reason).toBe('already_registered');
    expect((await refused('dualReport.register', { memberId: f.retired, communityId: f.community, registeredOn: '2026-04-01', employer: '某公司', pledge: '服务' })).details?.[0]?.reason).toBe('not_employed');
    const elsewhere = await refused('dualReport.register', { memberId: f.elsewhere, communityId: f.community, registeredOn: '2026-04-01', employer: '某公司', pledge: '服务' }, 'admin');
    expect(elsewhere.details?.[0]).toMatchObject({ path: 'communityId', reason: 'not_home_community' });
    expect((await refused('dualReport.register', { memberId: f.member, communityId: f.community, registeredOn: '2026-12-01', employer: '某公司', pledge: '服务' })).details?.[0]?.reason).toBe('date_after_today');
    expect((await refused('dualReport.register', { memberId: f.retired, communityId: f.community, registeredOn: '2026-04-01', pledge: '服务' })).details?.[0]?.path).toBe('employer');
    expect((await refused('dualReport.register', { memberId: f.member, communityId: f.community, registeredOn: '2026-04-01', employer: '某公司', pledge: '服务' }, 'dispatcher')).code).toBe('unauthorized');
  });
});

describe('service, volunteers and the 双报告', () => {
  it('credits an activity\'s Party members with its hours, and a hand-recorded service', async () => {
    const team = ok<{ id: number }>(await call('volunteer.createTeam', { name: '九龙测试先锋队', communityId: f.community, focus: 'elderly', foundedOn: '2026-02-01' }));
    const pm = ok<{ id: number }>(await call('volunteer.join', { teamId: team.id, partyMemberId: f.member, joinedOn: '2026-02-01' }));
    const res = ok<{ id: number }>(await call('volunteer.join', { teamId: team.id, residentId: f.resident, joinedOn: '2026-02-01' }));
    expect((await refused('volunteer.join', { teamId: team.id, partyMemberId: f.member, joinedOn: '2026-02-02' })).details?.[0]?.reason).toBe('already_member');
    const activity = ok<{ id: number }>(
      await call('volunteer.recordActivity', { teamId: team.id, title: '重阳节敬老探访', onDate: TODAY, place: '社区活动中心', communityId: f.community, hours: 3, peopleServed: 25, participantIds: [pm.id, res.id] }),
    );
    expect(db.prepare(`SELECT member_id, hours, kind FROM service_record WHERE kind = 'activity' AND ref_id = ?`).all(activity.id)).toEqual([{ member_id: f.member, hours: 3, kind: 'activity' }]);
    expect(ok<{ id: number }>(await call('service.record', { memberId: f.member, onDate: TODAY, kind: 'need', hours: 2, communityId: f.community, note: '帮助整理社区图书角' })).id).toBeGreaterThan(0);
    const members = ok<VolunteerTeamMemberView[]>(await call('volunteer.members', { teamId: team.id }));
    expect(members.map((m) => m.partyMember)).toEqual([true, false]);
    const overview = ok<VolunteerOverview>(await call('volunteer.overview', {}));
    expect(overview.teams.find((t) => t.id === team.id)).toMatchObject({ members: 2, partyMembers: 1, activities: 1, hours: 6 });
    expect((await refused('volunteer.recordActivity', { teamId: team.id, title: '活动', onDate: TODAY, place: '某处', communityId: f.community, hours: 1, peopleServed: 1, participantIds: [999_999] })).details?.[0]?.path).toBe('participantIds.0');
  });

  it('reports the unit\'s members\' service for the period, and exports it to Excel as the report says', async () => {
    const report = ok<UnitServiceReport>(await call('unitReport.detail', { unitOrgId: f.unit, from: TODAY, to: TOMORROW }));
    const mine = report.members.find((m) => m.memberId === f.member)!;
    // Today: 3 hours of the activity and 2 of the need, by hand.
    expect(mine).toMatchObject({ services: 2, hours: 5, registeredOn: '2026-03-02' });
    expect(report.byKind.activity.hours).toBeGreaterThanOrEqual(3);
    expect(report.byKind.need).toMatchObject({ services: 1, hours: 2 });
    const file = ok<ExportedWorkbook>(await call('unitReport.export', { unitOrgId: f.unit, from: TODAY, to: TOMORROW }));
    expect(file.fileName).toMatch(/^双报告_.+_2026-11-20_2026-11-20_2026-11-20\.xlsx$/);
    const wb = await new ExcelJS.Workbook().xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const [summary, detail] = wb.worksheets;
    expect(summary!.name).toBe('汇总');
    expect(summary!.getRow(1).values).toEqual([undefined, '单位党组织', '统计起', '统计止', '在职党员', '已双报到', '报到率', '服务次数', '服务时长(小时)', '单位认领微心愿(已实现)']);
    expect((summary!.getRow(2).values as unknown[]).slice(1, 6)).toEqual([report.unitName, TODAY, TODAY, report.employed, report.registered]);
    expect(summary!.getRow(2).getCell(7).value).toBe(report.services);
    expect(summary!.getRow(2).getCell(8).value).toBe(report.hours);
    expect(detail!.name).toBe('党员服务明细');
    const rows = (detail!.getSheetValues() as unknown[][]).slice(2).filter(Boolean).map((r) => r.slice(1));
    expect(rows).toHaveLength(report.members.length);
    const row = rows.find((r) => r[1] === mine.memberName)!;
    expect(row).toEqual([report.unitName, mine.memberName, mine.communityName, '2026-03-02', 2, 5]);
    // No full name of a member in the workbook.
    const name = db.prepare('SELECT name FROM party_member WHERE id = ?').pluck().get(f.member) as string;
    expect(JSON.stringify(rows)).not.toContain(name);
  });

  it('lets the leader export and refuses the dispatcher', async () => {
    expect(ok<ExportedWorkbook>(await call('unitReport.export', { unitOrgId: f.unit, from: TODAY, to: TOMORROW }, 'leader')).base64.length).toBeGreaterThan(100);
    expect(err(await call('unitReport.export', { unitOrgId: f.unit, from: TODAY, to: TOMORROW }, 'dispatcher')).code).toBe('unauthorized');
  });

  it('ends a registration, setting the member back to pending', async () => {
    const reg = db.prepare('SELECT id FROM dual_report WHERE member_id = ? AND ended_on IS NULL').pluck().get(f.member) as number;
    expect((await refused('dualReport.end', { registrationId: reg, endedOn: '2026-01-01', reason: '调离' })).details?.[0]?.path).toBe('endedOn');
    expect(ok(await call('dualReport.end', { registrationId: reg, endedOn: TODAY, reason: '工作调动，迁往外区' }))).toEqual({ ended: true });
    expect(db.prepare('SELECT dual_report FROM party_member WHERE id = ?').pluck().get(f.member)).toBe('pending');
    expect((await refused('dualReport.end', { registrationId: reg, endedOn: TODAY, reason: '再次' })).details?.[0]?.reason).toBe('already_ended');
  });
});
