// Keeping the device register true (issue #14): a device is edited (kind, flat, label) with
// every change kept and audited; retired (停用) with a reason and a day, kept in the register;
// its events from that day on are refused line by line, and the rules no longer read it;
// only the administrator may do either, or read a device's change history (device.history);
// a source counts its devices in service, its retired ones apart. Real encrypted street, the
// core's own API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertList } from '../../src/shared/alerts';
import type { DeviceHistory, DeviceList, DeviceSourceCreated, DeviceView, IngestResult } from '../../src/shared/devices';
import { startCore, type StreetCore } from '../../src/main/core/index';
import type { Db } from '../../src/main/core/db/database';
import { shanghaiDate } from '../../src/main/core/calendar/workCalendar';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

describe('device register: edit and retire', () => {
  let street: { dir: string; remove(): void };
  let core: StreetCore;
  let ro: Db;
  let key: string;
  let clock = TEST_ANCHOR;
  let alone: number;
  let other: number;
  let reader: DeviceView;
  let crowdedReader: DeviceView;
  let crowdedFlat: number;
  const as = async (username: string) => ok<{ token: string }>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
  const csv = (rows: [string, number, string, string?][]) => ['device_code,time,kind,card', ...rows.map(([d, at, k, c]) => `${d},${iso(at)},${k},${c ?? ''}`)].join('\n');
  const post = async (text: string) => {
    await as('operator');
    return ok<IngestResult>(await core.call('device.ingest', { key, format: 'csv', text }, null));
  };
  const liveAlerts = async (householdId: number, rule: string) =>
    ok<AlertList>(await core.call('alert.list', { scope: 'live', limit: 500 }, await as('admin'))).alerts.filter((a) => a.householdId === householdId && a.rule === rule);

  beforeAll(async () => {
    street = await demoStreetCopy();
    core = await startCore({ dataDir: street.dir, now: () => clock });
    ro = await openStreetReadonly(street.dir);
    const free = `household_id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL)`;
    alone = ro.prepare(`SELECT household_id FROM resident WHERE tags LIKE '%"elderly_alone"%' AND ${free} ORDER BY id LIMIT 1`).pluck().get() as number;
    [other, crowdedFlat] = ro.prepare(`SELECT DISTINCT household_id FROM resident WHERE tags = '[]' AND ${free} ORDER BY household_id LIMIT 2`).pluck().all() as number[] as [number, number];
    const admin = await as('admin');
    const source = ok<DeviceSourceCreated>(await core.call('device.addSource', { name: '测试停用门禁' }, admin));
    key = source.key;
    reader = ok<DeviceView>(await core.call('device.add', { code: 'RT-READER', kind: 'door_reader', sourceId: source.source.id, householdId: alone }, admin));
    crowdedReader = ok<DeviceView>(await core.call('device.add', { code: 'RT-CROWD', kind: 'door_reader', sourceId: source.source.id, householdId: crowdedFlat }, admin));
  });
  afterAll(async () => {
    ro.close();
    await core.close();
    street.remove();
  });

  it('an edit changes kind, flat and label, keeps each change before → after, and is audited', async () => {
    const admin = await as('admin');
    const smoke = ok<DeviceView>(await core.call('device.add', { code: 'RT-EDIT', kind: 'smoke', sourceId: reader.sourceId, householdId: alone }, admin));
    const otherBuilding = ro.prepare('SELECT building_id FROM household WHERE id = ?').pluck().get(other) as number;
    const edited = ok<DeviceView>(await core.call('device.edit', { id: smoke.id, kind: 'gas', householdId: other, label: '厨房燃气探测器' }, admin));
    expect(edited).toMatchObject({ kind: 'gas', householdId: other, buildingId: otherBuilding, label: '厨房燃气探测器', retiredOn: null });
    const change = ro.prepare("SELECT action, changes, user_id FROM device_change WHERE device_id = ? ORDER BY id").all(smoke.id) as { action: string; changes: string; user_id: number }[];
    expect(change).toHaveLength(1);
    expect(JSON.parse(change[0]!.changes)).toEqual([
      { field: 'kind', before: 'smoke', after: 'gas' },
      { field: 'buildingId', before: smoke.buildingId, after: otherBuilding },
      { field: 'householdId', before: alone, after: other },
      { field: 'label', before: '', after: '厨房燃气探测器' },
    ]);
    expect(ro.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'device.edit' AND entity_id = ?").pluck().get(smoke.id)).toBe(1);
    // The building alone: the device leaves its flat and stays in the building.
    const moved = ok<DeviceView>(await core.call('device.edit', { id: smoke.id, buildingId: smoke.buildingId! }, admin));
    expect(moved).toMatchObject({ householdId: null, buildingId: smoke.buildingId });
    // The form sends every field, the flat as null: only what differs is recorded.
    const form = ok<DeviceView>(await core.call('device.edit', { id: smoke.id, kind: 'gas', label: '楼道燃气探测器', buildingId: smoke.buildingId!, householdId: null }, admin));
    expect(form).toMatchObject({ label: '楼道燃气探测器', householdId: null });
    expect(JSON.parse(ro.prepare('SELECT changes FROM device_change WHERE device_id = ? ORDER BY id DESC LIMIT 1').pluck().get(smoke.id) as string)).toEqual([{ field: 'label', before: '厨房燃气探测器', after: '楼道燃气探测器' }]);
    // A flat of another building is refused and nothing changes.
    const refused = err(await core.call('device.edit', { id: smoke.id, buildingId: smoke.buildingId!, householdId: other }, admin));
    expect(refused.message).toContain('another building');
    expect(ok<DeviceList>(await core.call('device.list', { q: 'RT-EDIT' }, admin)).devices[0]).toMatchObject({ householdId: null, kind: 'gas' });
  });

  it('other roles may neither edit nor retire, and nothing changes', async () => {
    for (const role of ['dispatcher', 'operator', 'leader', 'community']) {
      const token = await as(role);
      expect(err(await core.call('device.edit', { id: reader.id, label: '改' }, token)).code).toBe('unauthorized');
      expect(err(await core.call('device.retire', { id: reader.id, on: shanghaiDate(clock), reason: '更换设备' }, token)).code).toBe('unauthorized');
    }
    expect(ro.prepare('SELECT label, retired_at FROM device WHERE id = ?').get(reader.id)).toEqual({ label: '', retired_at: null });
  });

  it('retiring: a future day or no reason is refused; a retired device stays listed, is not edited again, and its later events are refused line by line', async () => {
    // Installed on TEST_ANCHOR's day; two days on, it is retired from yesterday.
    const T = TEST_ANCHOR + 2 * DAY;
    clock = T;
    const admin = await as('admin');
    expect((await post(csv([['RT-READER', TEST_ANCHOR + 2 * HOUR, 'card_swipe', 'A1']]))).ok).toBe(true);
    expect(err(await core.call('device.retire', { id: reader.id, on: shanghaiDate(T + DAY), reason: '拆除' }, admin)).message).toContain('future');
    expect(err(await core.call('device.retire', { id: reader.id, on: shanghaiDate(TEST_ANCHOR - DAY), reason: '拆除' }, admin)).message).toContain('before the device was installed');
    expect(err(await core.call('device.retire', { id: reader.id, on: shanghaiDate(T), reason: '' }, admin)).code).toBe('invalid_input');
    const on = shanghaiDate(T - DAY);
    const retired = ok<DeviceView>(await core.call('device.retire', { id: reader.id, on, reason: '住户搬离，读卡器拆除' }, admin));
    expect(retired).toMatchObject({ retiredOn: on, retiredReason: '住户搬离，读卡器拆除' });
    expect(ok<DeviceList>(await core.call('device.list', { q: 'RT-READER' }, admin)).devices.map((d) => d.code)).toEqual(['RT-READER']);
    expect(err(await core.call('device.retire', { id: reader.id, on, reason: '再次' }, admin)).code).toBe('conflict');
    expect(err(await core.call('device.edit', { id: reader.id, label: '改' }, admin)).code).toBe('conflict');
    expect(ro.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'device.retire' AND entity_id = ?").pluck().get(reader.id)).toBe(1);

    const events = () => ro.prepare('SELECT COUNT(*) FROM device_event WHERE device_id = ?').pluck().get(reader.id) as number;
    const before = events();
    // A backlog from before the retirement day, then a swipe on the day: the file is refused whole, the swipe named.
    const r = await post(csv([['RT-READER', TEST_ANCHOR + 3 * HOUR, 'card_swipe', 'A1'], ['RT-READER', T - HOUR, 'card_swipe', 'A1'], ['RT-CROWD', T - HOUR, 'card_swipe', 'B1']]));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.line, p.field, p.reason])).toEqual([[3, 'device_code', 'device_retired']]);
    expect(r.problems[0]!.message).toContain('设备已停用');
    expect(events()).toBe(before);
    // Its events from before the retirement day are still taken (history that arrives late).
    expect((await post(csv([['RT-READER', TEST_ANCHOR + 3 * HOUR, 'card_swipe', 'A1']]))).ok).toBe(true);
  });

  it('a retired device drops out of the rules: its 独居老人 flat is no longer watched, its cards no longer count for 群租', async () => {
    // 群租: seven cards at the crowded flat's reader within the week raise the alert.
    const T = TEST_ANCHOR + 2 * DAY;
    clock = T;
    expect((await post(csv(Array.from({ length: 7 }, (_, i): [string, number, string, string] => ['RT-CROWD', T - (i + 2) * HOUR, 'card_swipe', `C${i}`])))).ok).toBe(true);
    ok(await core.call('alert.evaluate', {}, await as('dispatcher')));
    expect(await liveAlerts(crowdedFlat, 'crowded')).toHaveLength(1);
    // The retired reader's 独居老人 flat, silent for days, raises no no-card alert.
    clock = T + 5 * DAY;
    // (Still reading it, the rule would raise: its last use was TEST_ANCHOR + 3 h, days ago.)
    ok(await core.call('alert.evaluate', {}, await as('dispatcher')));
    expect(await liveAlerts(alone, 'no_card')).toHaveLength(0);
    // Retiring the crowded flat's reader: a new evaluation sees no flat over the threshold.
    clock = T;
    const admin = await as('admin');
    ok(await core.call('alert.dismiss', { alertId: (await liveAlerts(crowdedFlat, 'crowded'))[0]!.id, reason: '测试：设备停用前关闭' }, admin));
    ok(await core.call('device.retire', { id: crowdedReader.id, on: shanghaiDate(T), reason: '更换为新型号' }, admin));
    ok(await core.call('alert.evaluate', {}, await as('dispatcher')));
    expect(await liveAlerts(crowdedFlat, 'crowded')).toHaveLength(0);
  });
  it('device.history reads every edit and retirement newest first, in words; a source counts devices in service and retired apart; only the administrator reads it', async () => {
    const admin = await as('admin');
    const edited = ok<DeviceList>(await core.call('device.list', { q: 'RT-EDIT' }, admin)).devices[0]!;
    const buildingName = (id: number) => ro.prepare('SELECT name FROM building WHERE id = ?').pluck().get(id) as string;
    const address = (id: number) => ro.prepare('SELECT address FROM household WHERE id = ?').pluck().get(id) as string;
    const otherBuilding = ro.prepare('SELECT building_id FROM household WHERE id = ?').pluck().get(other) as number;
    const h = ok<DeviceHistory>(await core.call('device.history', { id: edited.id }, admin));
    expect(h.code).toBe('RT-EDIT');
    expect(h.changes.map((c) => [c.action, c.userName])).toEqual([['edit', '系统管理员'], ['edit', '系统管理员'], ['edit', '系统管理员']]);
    expect(h.changes[0]!.changes).toEqual([{ field: 'label', before: '厨房燃气探测器', after: '楼道燃气探测器' }]);
    expect(h.changes[1]!.changes).toEqual([
      { field: 'buildingId', before: buildingName(otherBuilding), after: buildingName(edited.buildingId!) },
      { field: 'householdId', before: address(other), after: null },
    ]);
    expect(h.changes[2]!.changes).toEqual([
      { field: 'kind', before: 'smoke', after: 'gas' },
      { field: 'buildingId', before: buildingName(edited.buildingId!), after: buildingName(otherBuilding) },
      { field: 'householdId', before: address(alone), after: address(other) },
      { field: 'label', before: '', after: '厨房燃气探测器' },
    ]);
    expect(h.changes[0]!.at).toBeGreaterThanOrEqual(h.changes[2]!.at);
    const retired = ok<DeviceHistory>(await core.call('device.history', { id: reader.id }, admin));
    expect(retired.changes.map((c) => c.action)).toEqual(['retire']);
    expect(retired.changes[0]!.changes).toEqual([
      // Retired above from the day before T = TEST_ANCHOR + 2 days.
      { field: 'retiredOn', before: null, after: shanghaiDate(TEST_ANCHOR + DAY) },
      { field: 'retiredReason', before: null, after: '住户搬离，读卡器拆除' },
    ]);
    expect(ok<DeviceHistory>(await core.call('device.history', { id: crowdedReader.id }, admin)).changes.map((c) => c.action)).toEqual(['retire']);
    expect(err(await core.call('device.history', { id: 9_999_999 }, admin)).code).toBe('not_found');
    for (const role of ['dispatcher', 'operator', 'leader', 'community']) expect(err(await core.call('device.history', { id: edited.id }, await as(role))).code).toBe('unauthorized');

    // The source of RT-READER, RT-CROWD (both retired above) and RT-EDIT (in service).
    const source = ok<DeviceList>(await core.call('device.list', {}, admin)).sources.find((x) => x.id === reader.sourceId)!;
    expect(source).toMatchObject({ devices: 1, retired: 2 });
  });
});
