// Device event ingestion (issue #14 part B): malformed CSV and JSON Lines files are refused
// whole with every bad line named (line, field, why) and nothing written; the LAN endpoint
// refuses a post without a key or with a wrong one; the watched folder takes good files into
// done/ and refused ones into refused/ with their problems; a large file goes through a worker.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceList, DeviceSourceCreated, IngestLogRow, IngestResult } from '../../src/shared/devices';
import { startCore, type StreetCore } from '../../src/main/core/index';
import type { Db } from '../../src/main/core/db/database';
import { startServer, type RunningServer } from '../../src/main/serve/server';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';

const iso = (ms: number) => new Date(ms).toISOString();

describe('device event ingestion', () => {
  let street: { dir: string; remove(): void };
  let folder: { path: string; remove(): void };
  let web: { path: string; remove(): void };
  let core: StreetCore;
  let server: RunningServer;
  let ro: Db;
  let admin: string;
  let key: string;
  let otherKey: string;
  const clock = TEST_ANCHOR;
  const counts = () => ({
    events: ro.prepare('SELECT COUNT(*) FROM device_event').pluck().get() as number,
    alerts: ro.prepare('SELECT COUNT(*) FROM alert').pluck().get() as number,
    uses: ro.prepare('SELECT COUNT(*) FROM household_card_use').pluck().get() as number,
  });

  beforeAll(async () => {
    street = await demoStreetCopy();
    folder = tempDir('streetops-device-drop-');
    web = tempDir('streetops-web-');
    writeFileSync(join(web.path, 'index.html'), '<!doctype html>');
    core = await startCore({ dataDir: street.dir, now: () => clock });
    server = await startServer({ core, staticDir: web.path });
    admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    ro = await openStreetReadonly(street.dir);
    const household = ro.prepare('SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL) ORDER BY id LIMIT 1').pluck().get() as number;
    const a = ok<DeviceSourceCreated>(await core.call('device.addSource', { name: '甲厂商门禁' }, admin));
    const b = ok<DeviceSourceCreated>(await core.call('device.addSource', { name: '乙厂商烟感' }, admin));
    key = a.key;
    otherKey = b.key;
    ok(await core.call('device.add', { code: 'DR-001', kind: 'door_reader', sourceId: a.source.id, householdId: household }, admin));
    ok(await core.call('device.add', { code: 'BT-001', kind: 'button', sourceId: a.source.id, householdId: household }, admin));
    ok(await core.call('device.add', { code: 'SM-900', kind: 'smoke', sourceId: b.source.id, householdId: household }, admin));
  });
  afterAll(async () => {
    ro.close();
    await server.close();
    await core.close();
    street.remove();
    folder.remove();
    web.remove();
  });

  it('a CSV file with bad lines is refused whole: each bad line named with its field and why, nothing written, the log says so', async () => {
    const before = counts();
    const text = [
      'device_code,time,kind,card',
      `DR-001,${iso(clock - 60_000)},card_swipe,A1`, // fine
      `DR-404,${iso(clock - 60_000)},card_swipe,A1`, // 3: unknown device
      `DR-001,2026-02-30 08:00:00,card_swipe,A1`, // 4: no such day
      `DR-001,${iso(clock - 60_000)},card_swipe,`, // 5: a swipe without a card
      `DR-001,${iso(clock - 60_000)},smoke,`, // 6: a door reader does not smell smoke
      '',
      `BT-001,${iso(clock - 60_000)},button,A1`, // 8: a card on a button press
      `BT-001,${iso(clock + 3_600_000)},button,`, // 9: an hour ahead of the office clock
      `BT-001,${iso(clock)},button`, // 10: three fields
      `BT-001,${iso(clock)},explode,`, // 11: unknown kind
      `DR-001,${iso(clock)},card_swipe,A 1`, // 12: a card id with a space
    ].join('\n');
    const r = ok<IngestResult>(await core.call('device.ingest', { key, format: 'csv', text }, null));
    expect(r.ok).toBe(false);
    expect(r.accepted).toBe(0);
    expect(r.lines).toBe(10);
    expect(r.problems.map((p) => [p.line, p.field, p.reason])).toEqual([
      [3, 'device_code', 'device_unknown'],
      [4, 'time', 'time_invalid'],
      [5, 'card', 'card_missing'],
      [6, 'kind', 'kind_not_of_device'],
      [8, 'card', 'card_unexpected'],
      [9, 'time', 'time_future'],
      [10, '(line)', 'columns'],
      [11, 'kind', 'kind_unknown'],
      [12, 'card', 'card_invalid'],
    ]);
    expect(counts()).toEqual(before);
    const log = ok<DeviceList>(await core.call('device.list', {}, admin)).ingests[0]!;
    expect(log.ok).toBe(false);
    expect(log.refused).toBe(9);
    expect(log.problems[0]?.message).toContain('DR-404');
  });

  it('JSON Lines: a broken line and a device of another source refuse the file; a clean file is taken with its alert', async () => {
    const before = counts();
    const bad = [
      JSON.stringify({ device: 'DR-001', time: iso(clock - 1000), kind: 'card_swipe', card: 'A1' }),
      '{"device": "DR-001", "time": ',
      JSON.stringify({ device: 'SM-900', time: iso(clock - 1000), kind: 'smoke' }),
      JSON.stringify(['DR-001']),
    ].join('\n');
    const r = ok<IngestResult>(await core.call('device.ingest', { key, format: 'jsonl', text: bad }, null));
    expect(r.problems.map((p) => [p.line, p.field, p.reason])).toEqual([
      [2, '(line)', 'json'],
      [3, 'device_code', 'device_other_source'],
      [4, '(line)', 'json'],
    ]);
    expect(counts()).toEqual(before);
    const good = [JSON.stringify({ device: 'DR-001', time: iso(clock - 1000), kind: 'card_swipe', card: 'A1' }), JSON.stringify({ device: 'BT-001', time: iso(clock - 500), kind: 'button' })].join('\n');
    const taken = ok<IngestResult>(await core.call('device.ingest', { key, format: 'jsonl', text: good }, null));
    expect(taken).toMatchObject({ ok: true, accepted: 2, alertsRaised: 1 });
    expect(counts().events).toBe(before.events + 2);
  });

  it('the LAN endpoint: no key, a wrong key, a foreign page refused; a good post answered 200, a bad one 422 with its lines', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${server.url}/devices/events`, { method: 'POST', headers: { 'Content-Type': 'text/csv', ...headers }, body });
    const body = `device_code,time,kind,card\nDR-001,${iso(clock - 5000)},card_swipe,B2\n`;
    const before = counts();
    expect((await post({}, body)).status).toBe(401);
    const wrong = await post({ Authorization: `DeviceKey ${key.slice(0, -2)}xx` }, body);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await post({ Authorization: `Bearer ${key}` }, body)).status).toBe(401);
    expect((await post({ Authorization: `DeviceKey ${key}`, Origin: 'http://evil.example' }, body)).status).toBe(403);
    expect((await post({ Authorization: `DeviceKey ${key}`, 'Content-Type': 'application/json' }, body)).status).toBe(415);
    expect(counts()).toEqual(before);
    const good = await post({ Authorization: `DeviceKey ${key}` }, body);
    expect(good.status).toBe(200);
    expect(((await good.json()) as { result: IngestResult }).result.accepted).toBe(1);
    const bad = await post({ Authorization: `DeviceKey ${key}` }, `${body}DR-001,yesterday,card_swipe,B2\n`);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { result: IngestResult }).result.problems[0]).toMatchObject({ line: 3, field: 'time', reason: 'time_invalid' });
    // The key is kept only as a hash, and never in the audit log.
    const stored = ro.prepare('SELECT key_hash FROM device_source').pluck().all() as string[];
    const audit = ro.prepare("SELECT detail FROM audit_log WHERE action LIKE 'device.%'").pluck().all() as string[];
    for (const text of [...stored, ...audit]) expect(text).not.toContain(key.slice(5));
    // Another source's key does not reach this source's devices.
    expect(ok<IngestResult>(await core.call('device.ingest', { key: otherKey, format: 'csv', text: body }, null)).problems[0]?.reason).toBe('device_other_source');
  });

  it('the watched folder: good files to done/, refused ones to refused/ with their problems; a large file goes through a worker', async () => {
    ok(await core.call('alert.saveSettings', { watchFolder: folder.path }, admin));
    const rows: string[] = ['device_code,time,kind,card'];
    // ~330 KB: past the inline limit, so it is ingested in a worker thread.
    for (let i = 0; i < 8000; i++) rows.push(`DR-001,${iso(clock - 86_400_000 + i * 1000)},card_swipe,C${i % 4}`);
    writeFileSync(join(folder.path, 'vendor-a-0001.csv'), rows.join('\n'));
    writeFileSync(join(folder.path, 'vendor-a-0002.jsonl'), `${JSON.stringify({ device: 'DR-001', time: iso(clock), kind: 'card_swipe', card: 'Z' })}\nnot json\n`);
    writeFileSync(join(folder.path, 'notes.txt'), 'not an event file');
    mkdirSync(join(folder.path, 'sub'));
    const before = counts();
    const logs = ok<IngestLogRow[]>(await core.call('device.scanFolder', {}, admin));
    expect(logs.map((l) => [l.name, l.ok, l.accepted])).toEqual([
      ['vendor-a-0002.jsonl', false, 0],
      ['vendor-a-0001.csv', true, 8000],
    ]);
    expect(counts().events).toBe(before.events + 8000);
    expect(existsSync(join(folder.path, 'done', 'vendor-a-0001.csv'))).toBe(true);
    expect(existsSync(join(folder.path, 'refused', 'vendor-a-0002.jsonl'))).toBe(true);
    expect(readFileSync(join(folder.path, 'refused', 'vendor-a-0002.jsonl.problems.txt'), 'utf8')).toMatch(/line 2\t\(line\)\tjson/);
    expect(existsSync(join(folder.path, 'notes.txt'))).toBe(true);
    // Scanning again takes nothing twice.
    expect(ok<IngestLogRow[]>(await core.call('device.scanFolder', {}, admin))).toEqual([]);
    // From source the worker loads the core through tsx first: seconds, more on a busy machine.
  }, 240_000);

  it('the register: administrators only; a device needs a place and a unique code', async () => {
    const dispatcher = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
    expect(err(await core.call('device.list', {}, dispatcher)).code).toBe('unauthorized');
    expect(err(await core.call('device.addSource', { name: '丙' + '厂商' }, dispatcher)).code).toBe('unauthorized');
    const list = ok<DeviceList>(await core.call('device.list', { q: 'DR-001' }, admin));
    expect(list.devices.map((d) => [d.code, d.kind, d.sourceName])).toEqual([['DR-001', 'door_reader', '甲厂商门禁']]);
    const sourceId = list.devices[0]!.sourceId;
    expect(err(await core.call('device.add', { code: 'DR-001', kind: 'door_reader', sourceId, buildingId: 1 }, admin)).code).toBe('conflict');
    expect(err(await core.call('device.add', { code: 'DR-002', kind: 'door_reader', sourceId }, admin)).details?.[0]?.path).toBe('buildingId');
  });
});
