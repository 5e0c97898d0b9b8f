// The case workflow against a real encrypted demo street, through the API as a window
// would call it: intake, duplicates, registration, suggested handler, dispatch with due
// times, feedback, failed and passed verification, evaluation, side paths, and refusals
// that change nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseQueueResult, CaseReportResult, CategoryNode, HandlerSuggestion, DispatchRuleView, BulkAssignResult, CalendarDayView } from '../../src/shared/cases';
import type { PushedEvent } from '../../src/shared/events';
import type { CaseDetail, MapBase } from '../../src/shared/views';
import { decodeBuildings, type MapBuildings } from '../../src/shared/buildingCodec';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { WorkCalendar } from '../../src/main/core/calendar/workCalendar';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok, err } from '../helpers/apiResult';

let core: CoreHandle;
let dir: string;
let remove: () => void;
let dispatcher: string;
let leader: string;
let operator: string;
let now = TEST_ANCHOR;
const events: PushedEvent[] = [];
let categories: CategoryNode[];
let spot: [number, number];

const call = (method: string, input: unknown, token = dispatcher) => core.call(method, input, token);
const act = async (input: Record<string, unknown>, token = dispatcher) => ok<CaseDetail>(await call('case.act', input, token));

function sub(caseClass: 'event' | 'component', unit?: 'work_hour' | 'work_day') {
  const node = categories.filter((c) => c.caseClass === caseClass).flatMap((c) => c.children).find((s) => !unit || s.limitUnit === unit);
  if (!node) throw new Error('no such subcategory');
  return node;
}

async function digest(): Promise<string> {
  const paths = dataPaths(dir);
  const db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
  const hash = createHash('sha256');
  for (const t of ['case_file', 'case_event', 'case_codepartment', 'audit_log', 'dispatch_rule']) for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
  db.close();
  return hash.digest('hex');
}

async function report(over: Record<string, unknown> = {}) {
  return ok<CaseReportResult>(
    await call('case.report', { source: 'patrol', categoryId: sub('event', 'work_hour').id, lng: spot[0], lat: spot[1], description: '人行道上有暴露垃圾，影响通行', ...over }),
  );
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => now });
  core.subscribe((e) => events.push(e));
  dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  leader = ok<{ token: string }>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
  operator = ok<{ token: string }>(await core.call('auth.unlock', { username: 'operator', password: 'streetops' }, null)).token;
  categories = ok<CategoryNode[]>(await call('case.categories', {}));
  const base = ok<MapBase>(await call('map.base', {}));
  // A corner of the home building nearest the street's centre: room around it for other spots.
  const [cx, cy] = base.street.center;
  const buildings = decodeBuildings(ok<MapBuildings>(await call('map.buildings', {})));
  const corners = buildings.features.filter((f) => f.properties.households > 0).map((f) => f.geometry.coordinates[0]![0]!);
  corners.sort((p, q) => Math.hypot(p[0]! - cx, p[1]! - cy) - Math.hypot(q[0]! - cx, q[1]! - cy));
  spot = [corners[0]![0]!, corners[0]![1]!];
});
afterAll(async () => {
  await core.close();
  remove();
});

describe('case workflow through the API', () => {
  it('runs the standard path: report → register → dispatch → handle → feedback → fail → rework → pass → evaluate', async () => {
    const reported = await report();
    expect(reported.code).toMatch(/^AJ20261120\d{5}$/);
    expect(events.at(-1)).toMatchObject({ name: 'case.changed', payload: { caseId: reported.caseId, status: 'reported' } });
    let c = ok<CaseDetail>(await call('case.detail', { id: reported.caseId }));
    expect(c.status).toBe('reported');
    expect(c.grid.id).toBe(reported.gridId);
    expect(c.allowedActions).toEqual(['register', 'cancel', 'merge']);

    c = await act({ caseId: c.id, action: 'register' });
    expect(c.status).toBe('registered');
    const suggestion = ok<HandlerSuggestion>(await call('case.suggest', { caseId: c.id }));
    expect(suggestion.basis).toBe('territory'); // 事件先属地: the grid's worker
    expect(suggestion.suggested).toMatchObject({ kind: 'staff', detail: expect.stringContaining('网格员') });

    now += 60_000;
    c = await act({ caseId: c.id, action: 'dispatch', assignee: { kind: suggestion.suggested.kind, id: suggestion.suggested.id } });
    const limit = sub('event', 'work_hour');
    expect(c.status).toBe('dispatched');
    expect(c.assignee).toBe(suggestion.suggested.name);
    expect(c.dueAt).toBe(new WorkCalendar().addWorkingTime(now, limit.limitValue, limit.limitUnit));

    c = await act({ caseId: c.id, action: 'accept' });
    c = await act({ caseId: c.id, action: 'feedback', note: '已清理完毕' });
    expect(c.status).toBe('awaiting_verification');
    // Verification is another person's (the dispatcher recorded the feedback).
    c = await act({ caseId: c.id, action: 'verifyFail', note: '现场仍有残留垃圾' }, operator);
    expect(c).toMatchObject({ status: 'handling', reworkCount: 1 });
    c = await act({ caseId: c.id, action: 'feedback', note: '已彻底清理' });
    // Under the 30-minute idle expiry of sessions (the operator's was opened at the start).
    now += 20 * 60_000;
    c = await act({ caseId: c.id, action: 'verifyPass' }, operator);
    expect(c).toMatchObject({ status: 'closed', closedAt: now });
    c = await act({ caseId: c.id, action: 'evaluate', satisfaction: 5 });
    expect(c.satisfaction).toBe(5);
    expect(c.events.map((e) => e.kind)).toEqual(['report', 'register', 'dispatch', 'accept', 'feedback', 'verify_fail', 'feedback', 'close', 'evaluate']);
    expect(c.events.map((e) => e.toStatus)).toEqual(['reported', 'registered', 'dispatched', 'handling', 'awaiting_verification', 'handling', 'awaiting_verification', 'closed', 'closed']);
    expect(c.events.map((e) => e.actorName)).toEqual([...Array<string>(5).fill('调度员 王敏'), '值班员 李强', '调度员 王敏', '值班员 李强', '调度员 王敏']);
    expect(c.allowedActions).toEqual([]);
  });

  it('refuses illegal transitions and wrong roles with a clear error, changing nothing', async () => {
    const { caseId } = await report();
    const before = await digest();
    expect(err(await call('case.act', { caseId, action: 'dispatch', assignee: { kind: 'department', id: 1 } }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/status reported cannot dispatch/),
    });
    expect(err(await call('case.act', { caseId, action: 'verifyPass' })).code).toBe('conflict');
    expect(err(await call('case.act', { caseId, action: 'evaluate', satisfaction: 4 })).code).toBe('conflict');
    expect(err(await call('case.act', { caseId, action: 'register' }, leader))).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/leader role may not register/) });
    expect(err(await call('case.act', { caseId, action: 'cancel' })).details).toEqual([{ path: 'note', message: expect.stringMatching(/required/) }]);
    expect(err(await call('case.act', { caseId, action: 'evaluate', satisfaction: 9 })).details?.[0]).toEqual({ path: 'satisfaction', message: 'must be from 1 to 5' });
    expect(err(await call('case.act', { caseId, action: 'teleport' })).code).toBe('invalid_input');
    expect(err(await call('case.act', { caseId: 999_999, action: 'register' })).code).toBe('not_found');
    expect(await digest()).toBe(before);
  });

  it('finds duplicates within 50 m and merges one into the other', async () => {
    const first = await report();
    const second = await report({ lng: spot[0] + 0.0002 });
    expect(second.duplicates.map((d) => d.id)).toContain(first.caseId);
    expect(second.duplicates.find((d) => d.id === first.caseId)!.distanceM).toBeGreaterThan(10);
    expect(second.duplicates.find((d) => d.id === first.caseId)!.distanceM).toBeLessThanOrEqual(50);
    const far = await report({ lng: spot[0] + 0.002 });
    expect(far.duplicates.map((d) => d.id)).not.toContain(first.caseId);
    const other = await report({ categoryId: sub('event', 'work_day').id });
    expect(other.duplicates.map((d) => d.id)).not.toContain(first.caseId);
    const merged = await act({ caseId: second.caseId, action: 'merge', intoCaseId: first.caseId });
    expect(merged.status).toBe('cancelled');
    const target = ok<CaseDetail>(await call('case.detail', { id: first.caseId }));
    expect(target.mergedCases.map((m) => m.id)).toContain(second.caseId);
  });

  it('suggests the owner department for components (部件先属主) and applies auto-dispatch rules on registration', async () => {
    const component = sub('component');
    const { caseId } = await report({ categoryId: component.id, description: '井盖破损，存在安全隐患' });
    await act({ caseId, action: 'register' });
    const s = ok<HandlerSuggestion>(await call('case.suggest', { caseId }));
    expect(s).toMatchObject({ basis: 'owner', suggested: { kind: 'department', id: component.ownerDepartmentId } });

    const rule = ok<DispatchRuleView>(await call('dispatchRule.save', { categoryId: component.id, assignee: { kind: 'department', id: 1 }, note: '测试规则' }));
    const auto = await report({ categoryId: component.id, lng: spot[0] - 0.001, description: '另一处井盖破损' });
    const c = await act({ caseId: auto.caseId, action: 'register' });
    expect(c.status).toBe('dispatched');
    expect(c.assigneeRef).toEqual({ kind: 'department', id: 1 });
    expect(c.events.at(-1)!.note).toContain(`自动派遣规则 #${rule.id}`);
    expect(err(await call('dispatchRule.save', { assignee: { kind: 'department', id: 1 } }, leader)).code).toBe('unauthorized');
    ok(await call('dispatchRule.delete', { id: rule.id }));
    expect(ok<DispatchRuleView[]>(await call('dispatchRule.list', {}))).toEqual([]);
  });

  it('handles extension requests, joint handling, return with reason, supervision and 挂账', async () => {
    const { caseId } = await report({ categoryId: sub('event', 'work_day').id });
    await act({ caseId, action: 'register' });
    let c = await act({ caseId, action: 'dispatch', assignee: { kind: 'department', id: 2 }, coDepartmentIds: [3, 4, 2] });
    expect(c.coDepartments.map((d) => d.id)).toEqual([3, 4]);
    expect(c.events.at(-1)!.note).toContain('会商联办');
    const due = c.dueAt!;
    c = await act({ caseId, action: 'requestExtension', amount: 2, unit: 'work_day', note: '需协调产权单位' });
    expect(c.extension).toMatchObject({ amount: 2, unit: 'work_day' });
    expect(err(await call('case.act', { caseId, action: 'requestExtension', amount: 1, unit: 'work_day', note: '再次申请' })).code).toBe('conflict');
    c = await act({ caseId, action: 'approveExtension' }, leader);
    expect(c.extension).toBeNull();
    expect(c.dueAt).toBe(new WorkCalendar().addWorkingTime(due, 2, 'work_day'));
    c = await act({ caseId, action: 'supervise', note: '群众反映强烈，领导督办' }, leader);
    expect(c.supervised).toBe(true);
    expect(err(await call('case.act', { caseId, action: 'supervise', note: '再次督办' }, leader)).code).toBe('conflict');
    c = await act({ caseId, action: 'return', note: '不属于本单位职责' });
    expect(c).toMatchObject({ status: 'registered', assigneeRef: null, dueAt: null, coDepartments: [] });
    await act({ caseId, action: 'dispatch', assignee: { kind: 'department', id: 3 } });
    c = await act({ caseId, action: 'suspend', note: '涉及历史遗留问题，暂无法解决' });
    expect(c.status).toBe('suspended');
  });

  it('lists queues with counts that match, filters, and bulk-assigns with per-case failures', async () => {
    const all = ok<CaseQueueResult>(await call('case.queue', { queue: 'all', limit: 5 }));
    expect(all.items).toHaveLength(5);
    const overdue = ok<CaseQueueResult>(await call('case.queue', { queue: 'overdue' }));
    expect(overdue.total).toBe(overdue.counts.overdue);
    expect(overdue.items.length).toBe(overdue.total);
    expect(overdue.items.every((i) => i.light === 'red')).toBe(true);
    const a = await report();
    const b = await report({ lng: spot[0] + 0.0012 });
    await act({ caseId: a.caseId, action: 'register' });
    await act({ caseId: b.caseId, action: 'register' });
    const toDispatch = ok<CaseQueueResult>(await call('case.queue', { queue: 'toDispatch' }));
    expect(toDispatch.items.map((i) => i.id)).toEqual(expect.arrayContaining([a.caseId, b.caseId]));
    const byCode = ok<CaseQueueResult>(await call('case.queue', { queue: 'all', q: a.code }));
    expect(byCode.items.map((i) => i.id)).toEqual([a.caseId]);
    const closed = ok<CaseQueueResult>(await call('case.queue', { queue: 'all', statuses: ['closed'], limit: 500 }));
    expect(closed.items.every((i) => i.status === 'closed')).toBe(true);
    const cancelled = (await report({ lng: spot[0] - 0.0012 })).caseId;
    await act({ caseId: cancelled, action: 'cancel', note: '重复上报' });
    const result = ok<BulkAssignResult>(await call('case.bulkAssign', { caseIds: [a.caseId, b.caseId, cancelled], assignee: { kind: 'department', id: 5 }, note: '集中交由城管处置' }));
    expect(result.updated).toEqual([a.caseId, b.caseId]);
    expect(result.failed).toEqual([{ caseId: cancelled, code: expect.any(String), message: expect.stringMatching(/cancelled cannot reassign/) }]);
  });

  it('lets the work calendar be edited, and due times follow it', async () => {
    const year = ok<CalendarDayView[]>(await call('calendar.list', { year: 2026 }));
    expect(year.find((d) => d.date === '2026-10-01')).toMatchObject({ working: false });
    // Friday 2026-11-20 10:00 + 7 working hours normally ends on Monday the 23rd at 10:00...
    const friday = Date.UTC(2026, 10, 20, 2, 0);
    expect(new WorkCalendar().addWorkingTime(friday, 7, 'work_hour')).toBe(Date.UTC(2026, 10, 23, 2, 0));
    // ...but with Saturday the 21st made a working day, on Saturday.
    ok(await call('calendar.save', { date: '2026-11-21', working: true, note: '临时调休' }));
    now = friday;
    const { caseId } = await report({ categoryId: sub('event', 'work_hour').id, lng: spot[0] + 0.0016 });
    await act({ caseId, action: 'register' });
    const c = await act({ caseId, action: 'dispatch', assignee: { kind: 'department', id: 1 } });
    const limit = sub('event', 'work_hour');
    expect(c.dueAt).toBe(new WorkCalendar([{ date: '2026-11-21', working: true }]).addWorkingTime(friday, limit.limitValue, limit.limitUnit));
    ok(await call('calendar.save', { date: '2026-11-21', working: null }));
    expect(ok<CalendarDayView[]>(await call('calendar.list', { year: 2026 })).find((d) => d.date === '2026-11-21')).toBeUndefined();
    expect(err(await call('calendar.save', { date: '2026-11-21', working: true }, leader)).code).toBe('unauthorized');
  });

  it('refuses bad intake with the field and the reason, storing nothing', async () => {
    const before = await digest();
    expect(err(await call('case.report', { source: 'patrol', categoryId: categories[0]!.id, lng: spot[0], lat: spot[1], description: '描述足够长' })).details).toEqual([
      { path: 'categoryId', message: 'must be a subcategory' },
    ]);
    expect(err(await call('case.report', { source: 'patrol', categoryId: sub('event').id, lng: 0, lat: 0, description: '描述足够长' })).details).toEqual([
      { path: 'lng', message: 'is outside the street' },
    ]);
    const notJpeg = Buffer.from('this is text, not an image').toString('base64');
    expect(
      err(await call('case.report', { source: 'resident', categoryId: sub('event').id, lng: spot[0], lat: spot[1], description: '描述足够长', photos: [{ name: 'a.jpg', mime: 'image/jpeg', dataBase64: notJpeg }] }))
        .details,
    ).toEqual([{ path: 'photos.0.dataBase64', message: 'is not a image/jpeg file' }]);
    expect(err(await call('case.report', { source: 'resident', categoryId: sub('event').id, lng: spot[0], lat: spot[1], description: '描述足够长', reporterPhone: '12345' })).details?.[0]?.path).toBe('reporterPhone');
    expect(await digest()).toBe(before);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    const withPhoto = await report({ photos: [{ name: '现场.jpg', mime: 'image/jpeg', dataBase64: jpeg.toString('base64') }], reporterName: '张先生', reporterPhone: '13800138000' });
    const photos = ok<{ name: string; dataBase64: string }[]>(await call('case.attachments', { caseId: withPhoto.caseId }));
    expect(photos).toEqual([expect.objectContaining({ name: '现场.jpg', dataBase64: jpeg.toString('base64') })]);
  });
});
