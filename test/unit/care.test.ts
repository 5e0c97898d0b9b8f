// Care and visits (issue #14 item 1) against a real encrypted demo street: the overdue
// computation at its boundary with the core's clock, a visit leaving the queue, a moved-out
// resident falling out, a visit completing the household's task, the rules editor, and the
// role refusals and per-role shapes in the core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareHistory, CareList, CareQueue, CareSettingsView, VisitRecorded, VisitTaskView } from '../../src/shared/care';
import type { NotificationList } from '../../src/shared/notifications';
import type { PushedEvent } from '../../src/shared/events';
import type { Db } from '../../src/main/core/db/database';
import { dueOf } from '../../src/main/core/care/dueVisits';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 00:00 China time of a date. */
const chinaMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

let core: StreetCore;
let remove: () => void;
let db: Db;
let clock = TEST_ANCHOR;
const tokens: Record<string, string> = {};
const events: PushedEvent[] = [];
const call = (method: string, input: unknown, who = 'admin') => core.call(method, input, tokens[who]!);
/** Moves the core's clock; sessions idle longer than their limit end, so everyone signs in again. */
async function at(ms: number) {
  clock = ms;
  for (const u of ['admin', 'dispatcher', 'leader', 'community']) tokens[u] = ok<{ token: string }>(await core.call('auth.unlock', { username: u, password: 'streetops' }, null)).token;
}

/** An 独居老人 in the community account's community, with a 楼栋长 post on their building. */
let alone: { id: number; household: number; grid: number; building: number };
let otherCommunityGrid: number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => clock });
  core.subscribe((e) => events.push(e));
  await at(TEST_ANCHOR);
  db = await openStreetReadonly(copy.dir);
  const community = db.prepare("SELECT community_id FROM app_user WHERE username = 'community'").pluck().get() as number;
  alone = db
    .prepare(
      `SELECT r.id, r.household_id AS household, b.grid_id AS grid, b.id AS building FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND r.tags LIKE '%elderly_alone%' AND r.tags NOT LIKE '%key_care%'
          AND EXISTS (SELECT 1 FROM grid_staff s WHERE s.role = 'building_head' AND s.building_id = b.id AND s.vacated_on IS NULL)
        ORDER BY r.id LIMIT 1`,
    )
    .get(community) as typeof alone;
  otherCommunityGrid = db.prepare('SELECT id FROM grid WHERE community_id <> ? ORDER BY id LIMIT 1').pluck().get(community) as number;
  expect(alone, 'the demo street has an 独居老人 with a 楼栋长').toBeTruthy();
});
afterAll(async () => {
  await core.close();
  db.close();
  remove();
});

describe('when a visit is due', () => {
  it('is due on the date the interval ends and overdue from the next day (China time)', () => {
    const visited = Date.parse('2026-11-16T15:00:00+08:00');
    expect(dueOf(visited, 7, chinaMidnight('2026-11-23') + DAY - 1)).toEqual({ dueDate: '2026-11-23', daysOverdue: 0, overdue: false });
    expect(dueOf(visited, 7, chinaMidnight('2026-11-24'))).toEqual({ dueDate: '2026-11-23', daysOverdue: 1, overdue: true });
    // 01:00 China time is still the previous day in UTC: the China date decides.
    expect(dueOf(Date.parse('2026-11-16T00:30:00+08:00'), 1, Date.parse('2026-11-17T23:30:00+08:00')).overdue).toBe(false);
    expect(dueOf(null, 30, TEST_ANCHOR)).toEqual({ dueDate: null, daysOverdue: null, overdue: true });
  });

  it('a recorded visit moves the resident off the overdue queue until the rule makes them due again', async () => {
    // The demo's own visits end before its anchor (Friday 2026-11-20 10:00): a visit that day is the latest.
    const visitAt = TEST_ANCHOR - 60_000;
    await at(TEST_ANCHOR);
    const gridBefore = ok<CareQueue>(await call('care.queue', { gridId: alone.grid, visitor: 'building_head' }, 'community'));
    const before = ok<CareHistory>(await call('care.history', { residentId: alone.id }, 'community'));
    const headDue = before.due.find((d) => d.visitor === 'building_head')!;
    expect(headDue.everyDays).toBe(7);
    const wasOverdue = headDue.lastVisitAt === null || (headDue.daysOverdue ?? 0) > 0;
    const recorded = ok<VisitRecorded>(await call('care.recordVisit', { residentId: alone.id, visitor: 'building_head', visitedAt: visitAt, mode: 'in_person', findings: '身体状况良好，家中整洁' }, 'community'));
    expect(recorded.visit).toMatchObject({ residentId: alone.id, visitor: 'building_head', mode: 'in_person', visitedAt: visitAt });
    expect(recorded.visit.visitorName).toBe(db.prepare("SELECT name FROM grid_staff WHERE role = 'building_head' AND building_id = ? AND vacated_on IS NULL ORDER BY id LIMIT 1").pluck().get(alone.building));
    expect(events.some((e) => e.name === 'care.changed' && (e as PushedEvent<'care.changed'>).payload.householdId === alone.household)).toBe(true);
    const gridAfter = ok<CareQueue>(await call('care.queue', { gridId: alone.grid, visitor: 'building_head' }, 'community'));
    expect(gridAfter.items.some((i) => i.residentId === alone.id && i.visitor === 'building_head')).toBe(false);
    expect(gridAfter.byGrid[0]!.overdue).toBe(gridBefore.byGrid[0]!.overdue - (wasOverdue ? 1 : 0));

    const headAt = async (when: number) => {
      await at(when);
      return ok<CareHistory>(await call('care.history', { residentId: alone.id }, 'community')).due.find((d) => d.visitor === 'building_head')!;
    };
    expect(await headAt(chinaMidnight('2026-11-27') + DAY - 1)).toMatchObject({ dueDate: '2026-11-27', daysOverdue: 0 });
    expect(await headAt(chinaMidnight('2026-11-28'))).toMatchObject({ dueDate: '2026-11-27', daysOverdue: 1 });
    const late = ok<CareQueue>(await call('care.queue', { gridId: alone.grid, visitor: 'building_head' }, 'community'));
    expect(late.byVisitor.find((v) => v.visitor === 'building_head' && v.name === recorded.visit.visitorName)?.overdue).toBeGreaterThan(0);
    await at(TEST_ANCHOR);
  });

  it('a resident who moved out leaves the care list and the queue, and no visit can be recorded', async () => {
    const grid = db.prepare('SELECT id FROM grid WHERE id <> ? ORDER BY id DESC LIMIT 1').pluck().get(alone.grid) as number;
    const before = ok<CareList>(await call('care.list', { gridId: grid, limit: 200 }));
    const queueBefore = ok<CareQueue>(await call('care.queue', { gridId: grid }));
    const leaver = { id: before.rows[0]!.residentId, grid };
    ok(await call('resident.leave', { id: leaver.id, status: 'moved_out', onDate: '2026-11-19' }));
    const after = ok<CareList>(await call('care.list', { gridId: leaver.grid, limit: 200 }));
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.some((r) => r.residentId === leaver.id)).toBe(false);
    const queueAfter = ok<CareQueue>(await call('care.queue', { gridId: leaver.grid }));
    expect(queueAfter.totalResidents).toBe(queueBefore.totalResidents - 1);
    expect(queueAfter.items.some((i) => i.residentId === leaver.id)).toBe(false);
    const refused = err(await call('care.recordVisit', { residentId: leaver.id, visitor: 'grid_worker', mode: 'phone', findings: '' }));
    expect(refused.code).toBe('conflict');
    expect(refused.details?.[0]).toMatchObject({ path: 'residentId', reason: 'resident_departed' });
  });
});

describe('visit tasks', () => {
  it('a task for a household is completed by the next visit to it, and its community is told', async () => {
    await at(TEST_ANCHOR);
    const community = db.prepare("SELECT id FROM app_user WHERE username = 'community'").pluck().get() as number;
    const bellBefore = ok<NotificationList>(await call('notification.list', {}, 'community')).unread;
    const task = ok<VisitTaskView>(await call('care.createTask', { householdId: alone.household, note: '邻居反映两天未见出门', dueAt: TEST_ANCHOR + 4 * HOUR }, 'dispatcher'));
    expect(task).toMatchObject({ householdId: alone.household, reason: 'manual', doneAt: null });
    const bell = ok<NotificationList>(await call('notification.list', {}, 'community'));
    expect(bell.unread).toBe(bellBefore + 1);
    expect(bell.items[0]).toMatchObject({ kind: 'visit.task', params: { taskId: task.id } });
    expect(events.some((e) => e.name === 'notification.changed' && (e as PushedEvent<'notification.changed'>).payload.userIds.includes(community))).toBe(true);
    const queue = ok<CareQueue>(await call('care.queue', { gridId: alone.grid }, 'community'));
    expect(queue.tasks.some((t) => t.id === task.id)).toBe(true);

    await at(TEST_ANCHOR + HOUR);
    const visit = ok<VisitRecorded>(await call('care.recordVisit', { residentId: alone.id, visitor: 'community', mode: 'in_person', findings: '已上门，老人感冒在家休息' }, 'community'));
    expect(visit.completedTaskIds).toEqual([task.id]);
    expect(db.prepare('SELECT done_visit_id, done_at FROM visit_task WHERE id = ?').get(task.id)).toEqual({ done_visit_id: visit.visit.id, done_at: clock });
    expect(ok<CareQueue>(await call('care.queue', { gridId: alone.grid }, 'community')).tasks.some((t) => t.id === task.id)).toBe(false);
    await at(TEST_ANCHOR);
  });

  it('a visit that raises something files a case at the resident\'s building', async () => {
    const category = db.prepare("SELECT id FROM case_category WHERE parent_id IS NOT NULL AND name = '独居老人异常'").pluck().get() as number;
    const visit = ok<VisitRecorded>(
      await call('care.recordVisit', { residentId: alone.id, visitor: 'grid_worker', mode: 'in_person', findings: '卫生间扶手松动', raiseCase: { categoryId: category, description: '独居老人家中卫生间扶手松动，需维修' } }, 'community'),
    );
    expect(visit.visit.caseCode).toMatch(/\d/);
    expect(db.prepare('SELECT building_id, source, status FROM case_file WHERE id = ?').get(visit.visit.caseId)).toEqual({ building_id: alone.building, source: 'patrol', status: 'reported' });
  });
});

describe('care data by role', () => {
  it('the desk and leaders get counts, never residents', async () => {
    for (const who of ['dispatcher', 'leader']) {
      const q = ok<CareQueue>(await call('care.queue', {}, who));
      expect(q.detail).toBe('counts');
      expect(q.items).toEqual([]);
      expect(q.tasks).toEqual([]);
      expect(q.byGrid.length).toBeGreaterThan(0);
      const list = ok<CareList>(await call('care.list', {}, who));
      expect(list.rows).toEqual([]);
      expect(list.total).toBeGreaterThan(0);
      expect(err(await call('care.history', { residentId: alone.id }, who)).code).toBe('unauthorized');
    }
  });

  it('names are masked for the register roles, and a community sees only its own', async () => {
    const list = ok<CareList>(await call('care.list', { limit: 20 }, 'community'));
    expect(list.detail).toBe('names');
    for (const r of list.rows) expect(r.name).toMatch(/^.\*{1,2}$/);
    const community = db.prepare("SELECT community_id FROM app_user WHERE username = 'community'").pluck().get() as number;
    const grids = new Set(db.prepare('SELECT id FROM grid WHERE community_id = ?').pluck().all(community) as number[]);
    expect(list.byGrid.every((g) => grids.has(g.gridId))).toBe(true);
    expect(err(await call('care.queue', { gridId: otherCommunityGrid }, 'community')).code).toBe('unauthorized');
  });

  it('only the register roles record visits; only administrators change the rules', async () => {
    expect(err(await call('care.recordVisit', { residentId: alone.id, visitor: 'community', mode: 'phone', findings: '' }, 'dispatcher')).code).toBe('unauthorized');
    expect(err(await call('care.saveSettings', { smallNumberK: 3 }, 'community')).code).toBe('unauthorized');
    expect(err(await call('care.createTask', { householdId: alone.household, note: '', dueAt: TEST_ANCHOR + DAY }, 'leader')).code).toBe('unauthorized');
  });
});

describe('visiting rules', () => {
  it('an administrator changes a rule; the queue follows it; bad values are refused naming the field', async () => {
    const bad = err(await call('care.saveSettings', { rules: [{ tag: 'elderly_alone', visitor: 'building_head', everyDays: 0 }] }));
    expect(bad.code).toBe('invalid_input');
    expect(bad.details?.[0]?.path).toBe('rules.0.everyDays');
    const saved = ok<CareSettingsView>(await call('care.saveSettings', { rules: [{ tag: 'elderly_alone', visitor: 'building_head', everyDays: 3 }], smallNumberK: 6 }));
    expect(saved.smallNumberK).toBe(6);
    expect(saved.rules.find((r) => r.tag === 'elderly_alone' && r.visitor === 'building_head')?.everyDays).toBe(3);
    const history = ok<CareHistory>(await call('care.history', { residentId: alone.id }, 'community'));
    expect(history.due.find((d) => d.visitor === 'building_head')?.everyDays).toBe(3);
    expect(db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'care.settings'").pluck().get()).toBe(1);
  });
});
