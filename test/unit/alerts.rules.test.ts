// The alert rules on crafted event streams against a real demo street (issue #14 part B):
// exactly N hours, events out of order, a device with no household, a resident who moved
// out, the 群租 threshold, escalation by an injected clock, and what people do with alerts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertList, AlertView } from '../../src/shared/alerts';
import type { DeviceSourceCreated, IngestResult } from '../../src/shared/devices';
import { startCore, type StreetCore } from '../../src/main/core/index';
import type { Db } from '../../src/main/core/db/database';
import { shanghaiDate } from '../../src/main/core/calendar/workCalendar';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();

describe('alert rules on crafted event streams', () => {
  let street: { dir: string; remove(): void };
  let core: StreetCore;
  let ro: Db;
  // Sessions expire as the injected clock jumps days: each call unlocks afresh.
  const as = async (username: string) => ok<{ token: string }>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
  let key: string;
  let clock = TEST_ANCHOR;
  const T0 = TEST_ANCHOR;
  /** Households: two 独居老人 homes, one ordinary flat; a building with no flat device. */
  let alone1: number;
  let alone2: number;
  let alone2Resident: number;
  let flat: number;
  let building: number;

  const csv = (rows: [string, number, string, string?][]) => ['device_code,time,kind,card', ...rows.map(([d, at, k, c]) => `${d},${iso(at)},${k},${c ?? ''}`)].join('\n');
  async function post(text: string): Promise<IngestResult> {
    // The endpoint needs no session, but an unlocked street (someone signed in at the office).
    await as('operator');
    return ok<IngestResult>(await core.call('device.ingest', { key, format: 'csv', text }, null));
  }
  async function evaluate() {
    return ok<{ raised: number; resolved: number; escalated: number }>(await core.call('alert.evaluate', {}, await as('dispatcher')));
  }
  /** This test's alerts (the demo street has its own year of them). */
  async function alertsOf(householdId: number | null, rule: string): Promise<AlertView[]> {
    const list = ok<AlertList>(await core.call('alert.list', { scope: 'all', limit: 500 }, await as('admin')));
    return list.alerts.filter((a) => a.rule === rule && (householdId === null ? a.deviceCode === 'S-LOBBY' : a.householdId === householdId));
  }

  beforeAll(async () => {
    street = await demoStreetCopy();
    core = await startCore({ dataDir: street.dir, now: () => clock });
    const admin = await as('admin');
    ro = await openStreetReadonly(street.dir);
    const alone = ro
      .prepare(
        `SELECT r.id, r.household_id FROM resident r WHERE r.tags LIKE '%"elderly_alone"%' AND (SELECT COUNT(*) FROM resident x WHERE x.household_id = r.household_id) = 1
           AND r.household_id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL) ORDER BY r.id LIMIT 2`,
      )
      .all() as { id: number; household_id: number }[];
    alone1 = alone[0]!.household_id;
    alone2 = alone[1]!.household_id;
    alone2Resident = alone[1]!.id;
    flat = ro
      .prepare(`SELECT household_id FROM resident WHERE tags = '[]' AND household_id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL) GROUP BY household_id HAVING COUNT(*) >= 3 ORDER BY household_id LIMIT 1`)
      .pluck()
      .get() as number;
    building = ro.prepare(`SELECT building_id FROM household WHERE id = ?`).pluck().get(flat) as number;
    const created = ok<DeviceSourceCreated>(await core.call('device.addSource', { name: '测试门禁厂商' }, await as('admin')));
    key = created.key;
    const add = async (code: string, kind: string, place: { householdId?: number; buildingId?: number }) =>
      ok(await core.call('device.add', { code, kind, sourceId: created.source.id, ...place }, await as('admin')));
    await add('R-ALONE1', 'door_reader', { householdId: alone1 });
    await add('R-ALONE2', 'door_reader', { householdId: alone2 });
    await add('R-FLAT', 'door_reader', { householdId: flat });
    await add('R-LOBBY', 'door_reader', { buildingId: building });
    await add('S-LOBBY', 'smoke', { buildingId: building });
    await add('B-ALONE1', 'button', { householdId: alone1 });
  });
  afterAll(async () => {
    ro.close();
    await core.close();
    street.remove();
  });

  it('no door-card use for N hours: not at N hours less a millisecond, raised at exactly N hours', async () => {
    clock = T0 + HOUR;
    await post(csv([['R-ALONE1', T0 + HOUR, 'card_swipe', 'C1']]));
    clock = T0 + HOUR + 48 * HOUR - 1;
    await evaluate();
    expect(await alertsOf(alone1, 'no_card')).toHaveLength(0);
    clock = T0 + HOUR + 48 * HOUR;
    await evaluate();
    const [alert] = await alertsOf(alone1, 'no_card');
    expect(alert?.status).toBe('open');
    expect(alert?.eventAt).toBe(T0 + HOUR);
    expect(alert?.detail.hours).toBe(48);
  });

  it('a device with no household speaks for no flat: lobby swipes do not keep a flat quiet, and its smoke alarm has the building but no flat', async () => {
    // alone2's reader was installed at T0 and never used: 49 hours later it is overdue, whatever the lobby reader saw.
    await post(csv([['R-LOBBY', clock - HOUR, 'card_swipe', 'L1'], ['R-LOBBY', clock - 2 * HOUR, 'card_swipe', 'L2']]));
    await evaluate();
    const [quiet] = await alertsOf(alone2, 'no_card');
    expect(quiet?.eventAt).toBe(T0);
    const result = await post(csv([['S-LOBBY', clock, 'smoke']]));
    expect(result.alertsRaised).toBe(1);
    const [smoke] = await alertsOf(null, 'smoke');
    expect(smoke?.householdId).toBeNull();
    expect(smoke?.buildingId).toBe(building);
    expect(smoke?.gridId).not.toBeNull();
    // A second smoke event joins the live alert instead of raising another.
    await post(csv([['S-LOBBY', clock + 1000, 'smoke']]));
    const smokes = await alertsOf(null, 'smoke');
    expect(smokes).toHaveLength(1);
    expect(smokes[0]?.detail.repeats).toBe(1);
  });

  it('events out of order: the latest swipe counts whatever order it arrives in, and resolves the alert it disproves', async () => {
    const now = clock;
    // A late file: the newest swipe first, then an older one; then another file with an even older one.
    await post(csv([['R-ALONE1', T0 + 20 * HOUR, 'card_swipe', 'C1'], ['R-ALONE1', T0 + 5 * HOUR, 'card_swipe', 'C1']]));
    let [alert] = await alertsOf(alone1, 'no_card');
    expect(alert?.status).toBe('dismissed');
    expect(alert?.outcome).toBe('resolved');
    expect(alert?.reason).toBe('card_used');
    await post(csv([['R-ALONE1', T0 + 2 * HOUR, 'card_swipe', 'C1']]));
    expect(ro.prepare('SELECT last_at FROM household_card_use WHERE household_id = ?').pluck().get(alone1)).toBe(T0 + 20 * HOUR);
    clock = T0 + 20 * HOUR + 48 * HOUR;
    await evaluate();
    const live = (await alertsOf(alone1, 'no_card')).filter((a) => a.status === 'open');
    expect(live).toHaveLength(1);
    expect(live[0]?.eventAt).toBe(T0 + 20 * HOUR);
    expect(clock).toBeGreaterThan(now);
  });

  it('a resident who moved out: the household is no longer watched and its alert is resolved, not raised again', async () => {
    expect((await alertsOf(alone2, 'no_card')).filter((a) => a.status === 'open' || a.status === 'escalated')).toHaveLength(1);
    ok(await core.call('resident.leave', { id: alone2Resident, status: 'moved_out', onDate: shanghaiDate(clock) }, await as('admin')));
    await evaluate();
    const after = await alertsOf(alone2, 'no_card');
    expect(after.filter((a) => a.status === 'open' || a.status === 'escalated')).toHaveLength(0);
    expect(after[0]?.reason).toBe('no_longer_watched');
    clock += 72 * HOUR;
    await evaluate();
    expect((await alertsOf(alone2, 'no_card')).filter((a) => a.status === 'open' || a.status === 'escalated')).toHaveLength(0);
  });

  it('群租 suspicion: six distinct cards in 7 days is the threshold, the seventh raises it; older swipes do not count', async () => {
    const cards = (n: number, from: number) => Array.from({ length: n }, (_, i): [string, number, string, string] => ['R-FLAT', clock - from - i * HOUR, 'card_swipe', `K${from}-${i}`]);
    await post(csv([...cards(6, HOUR), ...cards(4, 8 * 24 * HOUR)]));
    expect(await alertsOf(flat, 'crowded')).toHaveLength(0);
    await post(csv(cards(1, 2 * 24 * HOUR).map(([d, at, k]) => [d, at, k, 'NEWCARD'] as [string, number, string, string])));
    const [crowded] = await alertsOf(flat, 'crowded');
    expect(crowded?.detail.cards).toBe(7);
  });

  it('escalation by the clock: an open alert goes to the duty leader at exactly M minutes, with a notice', async () => {
    const pressed = clock;
    const r = await post(csv([['B-ALONE1', pressed, 'button']]));
    expect(r.alertsRaised).toBe(1);
    const [button] = await alertsOf(alone1, 'button');
    clock = pressed + 10 * MIN - 1;
    await evaluate();
    expect((await alertsOf(alone1, 'button'))[0]?.status).toBe('open');
    clock = pressed + 10 * MIN;
    await evaluate();
    const [escalated] = await alertsOf(alone1, 'button');
    expect(escalated?.status).toBe('escalated');
    expect(escalated?.escalatedAt).toBe(clock);
    expect(escalated?.escalatedToName).toBe('街道领导 陈静');
    const notices = ro.prepare("SELECT params FROM notification WHERE kind = 'alert.escalated' AND user_id = (SELECT id FROM app_user WHERE username = 'leader')").pluck().all() as string[];
    expect(notices.map((p) => (JSON.parse(p) as { alertId: number }).alertId)).toContain(button!.id);
    // The leader reads it (masked place: no flat for a leader).
    const seen = ok<AlertList>(await core.call('alert.list', {}, await as('leader'))).alerts.find((a) => a.id === button!.id);
    expect(seen?.place).toBeNull();
  });

  it('acknowledged into a case for the grid worker; dismissed only with a reason; a closed alert is refused', async () => {
    const [button] = await alertsOf(alone1, 'button');
    const acked = ok<AlertView>(await core.call('alert.acknowledge', { alertId: button!.id, into: 'case' }, await as('dispatcher')));
    expect(acked.status).toBe('acknowledged');
    expect(acked.caseId).not.toBeNull();
    const c = ro.prepare('SELECT status, source, assignee_staff_id FROM case_file WHERE id = ?').get(acked.caseId) as { status: string; source: string; assignee_staff_id: number | null };
    expect(c.source).toBe('sensor');
    expect(c.status).toBe('dispatched');
    expect(ro.prepare('SELECT role FROM grid_staff WHERE id = ?').pluck().get(c.assignee_staff_id)).toBe('grid_worker');
    expect(err(await core.call('alert.acknowledge', { alertId: button!.id, into: 'case' }, await as('dispatcher'))).code).toBe('conflict');
    const [smoke] = await alertsOf(null, 'smoke');
    expect(err(await core.call('alert.dismiss', { alertId: smoke!.id, reason: '误报' }, await as('dispatcher'))).code).toBe('invalid_input');
    const dismissed = ok<AlertView>(await core.call('alert.dismiss', { alertId: smoke!.id, reason: '厨房油烟触发，现场核实无火情' }, await as('dispatcher')));
    expect(dismissed.outcome).toBe('false_alarm');
    expect(err(await core.call('alert.dismiss', { alertId: smoke!.id, reason: '再次关闭试试' }, await as('dispatcher'))).code).toBe('conflict');
    expect(err(await core.call('alert.acknowledge', { alertId: smoke!.id, into: 'case' }, await as('leader'))).code).toBe('unauthorized');
  });

  it('the wall carries no name, flat or address', async () => {
    const wall = ok<Record<string, unknown>[]>(await core.call('wall.alerts', {}, await as('dispatcher')));
    expect(wall.length).toBeGreaterThan(0);
    const text = JSON.stringify(wall);
    const flats = ro.prepare('SELECT address FROM household WHERE id IN (?, ?, ?)').pluck().all(alone1, alone2, flat) as string[];
    const names = ro.prepare('SELECT name FROM resident WHERE household_id IN (?, ?, ?)').pluck().all(alone1, alone2, flat) as string[];
    for (const s of [...flats, ...names]) expect(text).not.toContain(s);
    for (const a of wall) expect(Object.keys(a).sort()).toEqual(['buildingShort', 'gridId', 'gridLabel', 'id', 'lat', 'lng', 'raisedAt', 'rule', 'status']);
    expect(text).not.toMatch(/householdId|place|deviceCode|R-ALONE/);
    // Alerts about the people of one flat (an elderly resident alone, too many cards) name the grid only.
    const personal = wall.filter((a) => a.rule === 'no_card' || a.rule === 'crowded');
    expect(personal.length).toBeGreaterThan(0);
    for (const a of personal) expect([a.buildingShort, a.lng, a.lat]).toEqual([null, null, null]);
  });
});
