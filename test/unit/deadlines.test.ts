// Deadlines that chase themselves (issue #14 item 3) with the core's injected clock: one
// warning to the handler's queue when a case turns yellow, automatic 督办 with notices to
// the duty leaders when it goes red, each once per case and due time; the demo street
// starts caught up; the daily overdue list; the notification centre's read state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult } from '../../src/shared/cases';
import type { NotificationList, OverdueReport } from '../../src/shared/notifications';
import type { PushedEvent } from '../../src/shared/events';
import type { Db } from '../../src/main/core/db/database';
import { AUTO_SUPERVISE_ACTOR } from '../../src/main/core/deadlines/chase';
import { readActor } from '../../src/main/core/reference/actors';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const MINUTE = 60_000;

let core: StreetCore;
let remove: () => void;
let db: Db;
let clock = TEST_ANCHOR;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];
const call = (method: string, input: unknown, who = 'dispatcher') => core.call(method, input, tokens[who]!);
async function at(ms: number) {
  clock = ms;
  for (const u of ['admin', 'dispatcher', 'leader', 'operator']) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
}
const userId = (name: string) => db.prepare('SELECT id FROM app_user WHERE username = ?').pluck().get(name) as number;
const noticesOf = (name: string, caseId: number) =>
  db.prepare('SELECT kind FROM notification WHERE user_id = ? AND case_id = ? ORDER BY id').pluck().all(userId(name), caseId) as string[];

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => clock });
  core.subscribe((e) => events.push(e));
  await at(TEST_ANCHOR);
  db = await openStreetReadonly(copy.dir);
});
afterAll(async () => {
  await core.close();
  db.close();
  remove();
});

describe('the deadline chase', () => {
  it('the demo street starts caught up: at its anchor the chase finds nothing new', () => {
    const result = core.checkDeadlines();
    expect(result).toEqual({ warned: [], supervised: [], notified: [] });
  });

  it('warns once at yellow, puts the case under 督办 once at red, and tells the duty leader', async () => {
    const b = db.prepare("SELECT b.id, b.center_lng, b.center_lat FROM building b ORDER BY b.id LIMIT 1").get() as { id: number; center_lng: number; center_lat: number };
    const category = db.prepare("SELECT id FROM case_category WHERE name = '独居老人异常'").pluck().get() as number;
    const department = db.prepare('SELECT id FROM department ORDER BY id LIMIT 1').pluck().get() as number;
    const reported = ok<CaseReportResult>(await call('case.report', { source: 'patrol', categoryId: category, lng: b.center_lng, lat: b.center_lat, buildingId: b.id, description: '老人两天未出门，敲门无应答' }));
    const id = reported.caseId;
    ok(await call('case.act', { caseId: id, action: 'register' }));
    if ((db.prepare('SELECT status FROM case_file WHERE id = ?').pluck().get(id) as string) === 'registered') {
      ok(await call('case.act', { caseId: id, action: 'dispatch', assignee: { kind: 'department', id: department } }));
    }
    const c = db.prepare('SELECT due_at, dispatched_at FROM case_file WHERE id = ?').get(id) as { due_at: number; dispatched_at: number };
    const yellowFrom = c.due_at - (c.due_at - c.dispatched_at) * 0.2;

    await at(yellowFrom - MINUTE);
    expect(core.checkDeadlines()!.warned).not.toContain(id);
    expect(noticesOf('dispatcher', id)).toEqual([]);

    await at(yellowFrom + MINUTE);
    const first = core.checkDeadlines()!;
    expect(first.warned).toContain(id);
    // No handler account for the department in the demo: the desk that records for it is told.
    expect(noticesOf('dispatcher', id)).toEqual(['deadline.warning']);
    expect(noticesOf('operator', id)).toEqual(['deadline.warning']);
    expect(noticesOf('leader', id)).toEqual([]);
    expect(events.some((e) => e.name === 'notification.changed' && (e as PushedEvent<'notification.changed'>).payload.userIds.includes(userId('dispatcher')))).toBe(true);
    await at(yellowFrom + 10 * MINUTE);
    expect(core.checkDeadlines()!.warned).not.toContain(id);
    expect(noticesOf('dispatcher', id)).toEqual(['deadline.warning']);
    expect(db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck().get(id)).toBe(0);

    await at(c.due_at);
    expect(core.checkDeadlines()!.supervised.map((s) => s.caseId)).not.toContain(id);
    await at(c.due_at + MINUTE);
    const red = core.checkDeadlines()!;
    expect(red.supervised.map((s) => s.caseId)).toContain(id);
    expect(db.prepare('SELECT supervised FROM case_file WHERE id = ?').pluck().get(id)).toBe(1);
    expect(db.prepare("SELECT actor_user_id, actor_name FROM case_event WHERE case_id = ? AND kind = 'supervise'").all(id)).toEqual([{ actor_user_id: null, actor_name: AUTO_SUPERVISE_ACTOR }]);
    // Read back as vocabulary the UI words in its language, not as a name shown as stored.
    expect(readActor(AUTO_SUPERVISE_ACTOR)).toEqual({ role: 'deadline_chase', name: '' });
    expect(noticesOf('leader', id)).toEqual(['deadline.supervised']);
    expect(noticesOf('dispatcher', id)).toEqual(['deadline.warning', 'deadline.supervised']);
    expect(events.some((e) => e.name === 'case.changed' && (e as PushedEvent<'case.changed'>).payload.caseId === id)).toBe(true);
    expect(db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'case.autoSupervise' AND entity_id = ?").pluck().get(id)).toBe(1);

    await at(c.due_at + 30 * MINUTE);
    core.checkDeadlines();
    expect(noticesOf('leader', id)).toEqual(['deadline.supervised']);
    expect(db.prepare("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind = 'supervise'").pluck().get(id)).toBe(1);

    // The bell: the leader's unread notice, marked read; another account's ids are ignored.
    const bell = ok<NotificationList>(await call('notification.list', {}, 'leader'));
    const mine = bell.items.find((n) => n.caseId === id)!;
    expect(mine).toMatchObject({ kind: 'deadline.supervised', readAt: null, params: { caseCode: expect.any(String), dueAt: c.due_at } });
    const dispatcherNotice = db.prepare('SELECT id FROM notification WHERE user_id = ? AND case_id = ? ORDER BY id LIMIT 1').pluck().get(userId('dispatcher'), id) as number;
    const after = ok<NotificationList>(await call('notification.markRead', { ids: [mine.id, dispatcherNotice] }, 'leader'));
    expect(after.unread).toBe(bell.unread - 1);
    expect(db.prepare('SELECT read_at FROM notification WHERE id = ?').pluck().get(dispatcherNotice)).toBeNull();

    // The daily list names it under its department, and refuses a day not yet begun.
    const report = ok<OverdueReport>(await call('deadlines.overdue', {}, 'leader'));
    const dep = db.prepare('SELECT name FROM department WHERE id = ?').pluck().get(department) as string;
    expect(report.byDepartment.find((g) => g.name === dep)?.cases.some((r) => r.caseId === id && r.supervised)).toBe(true);
    expect(report.total).toBe(report.byGrid.reduce((s, g) => s + g.cases.length, 0));
    expect(err(await call('deadlines.overdue', { date: '2099-01-01' }, 'leader')).details?.[0]?.path).toBe('date');
  });
});
