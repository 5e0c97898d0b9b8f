// The device register: listing (with each flat shown as the caller's role may see its
// address), adding a device, and adding a source with its key (shown once).
import { DEVICE_KINDS, type DeviceKind, type DeviceList, type DeviceSourceCreated, type DeviceSourceView, type DeviceView, type IngestLogRow } from '../../../shared/devices';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { level } from '../access/matrix';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { shanghaiDate } from '../calendar/workCalendar';
import { newSourceKey } from './sourceKeys';

interface DeviceRow {
  id: number;
  code: string;
  kind: DeviceKind;
  building_id: number | null;
  building_name: string | null;
  building_address: string | null;
  household_id: number | null;
  household_address: string | null;
  grid_id: number | null;
  source_id: number;
  source_name: string;
  label: string;
  installed_at: number;
  last_seen_at: number | null;
  retired_on: string | null;
  retired_reason: string | null;
}

const DEVICE_SELECT = `
  SELECT d.id, d.code, d.kind, COALESCE(d.building_id, h.building_id) AS building_id, b.name AS building_name, b.address AS building_address,
         d.household_id, h.address AS household_address, b.grid_id, d.source_id, s.name AS source_name, d.label, d.installed_at, d.last_seen_at,
         d.retired_on, d.retired_reason
  FROM device d JOIN device_source s ON s.id = d.source_id
  LEFT JOIN household h ON h.id = d.household_id
  LEFT JOIN building b ON b.id = COALESCE(d.building_id, h.building_id)`;

/** A flat's address as the role may see it: in full, the building only, or nothing. */
export function placeFor(user: Pick<UserView, 'role'>, householdAddress: string | null, buildingAddress: string | null): string | null {
  const l = level(user.role, 'resident', 'address');
  if (l === 'none') return null;
  if (householdAddress !== null && l === 'full') return householdAddress;
  return buildingAddress;
}

function toView(r: DeviceRow, user: Pick<UserView, 'role'>): DeviceView {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    buildingId: r.building_id,
    buildingName: r.building_name,
    householdId: r.household_id,
    place: placeFor(user, r.household_address, r.building_address),
    gridId: r.grid_id,
    sourceId: r.source_id,
    sourceName: r.source_name,
    label: r.label,
    installedAt: r.installed_at,
    lastSeenAt: r.last_seen_at,
    retiredOn: r.retired_on,
    retiredReason: r.retired_reason,
  };
}

export function ingestLog(db: Db, limit = 30): IngestLogRow[] {
  const rows = db
    .prepare(
      `SELECT i.*, s.name AS source_name FROM device_ingest i LEFT JOIN device_source s ON s.id = i.source_id
       WHERE i.channel != 'demo' ORDER BY i.id DESC LIMIT ?`,
    )
    .all(limit) as {
    id: number;
    channel: IngestLogRow['channel'];
    source_name: string | null;
    name: string;
    received_at: number;
    ok: number;
    lines: number;
    accepted: number;
    refused: number;
    problems: string;
    alerts: number;
    ms: number;
  }[];
  return rows.map((r) => ({
    ingestId: r.id,
    channel: r.channel,
    sourceName: r.source_name,
    name: r.name,
    receivedAt: r.received_at,
    ok: r.ok === 1,
    lines: r.lines,
    accepted: r.accepted,
    refused: r.refused,
    problems: JSON.parse(r.problems) as IngestLogRow['problems'],
    alertsRaised: r.alerts,
    ms: r.ms,
  }));
}

export function deviceSources(db: Db): DeviceSourceView[] {
  return (
    db
      .prepare(
        `SELECT s.id, s.name, s.key_hint, s.created_at, s.revoked_at,
                (SELECT COUNT(*) FROM device d WHERE d.source_id = s.id AND d.retired_at IS NULL) AS devices,
                (SELECT COUNT(*) FROM device d WHERE d.source_id = s.id AND d.retired_at IS NOT NULL) AS retired
         FROM device_source s ORDER BY s.id`,
      )
      .all() as { id: number; name: string; key_hint: string; created_at: number; revoked_at: number | null; devices: number; retired: number }[]
  ).map((s) => ({ id: s.id, name: s.name, keyHint: s.key_hint, createdAt: s.created_at, revoked: s.revoked_at !== null, devices: s.devices, retired: s.retired }));
}

export function listDevices(db: Db, input: { kind?: DeviceKind | undefined; q?: string | undefined; limit?: number | undefined }, user: Pick<UserView, 'role'>, now: number): DeviceList {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (input.kind) {
    where.push('d.kind = ?');
    args.push(input.kind);
  }
  if (input.q) {
    where.push("(d.code LIKE ? ESCAPE '\\' OR b.name LIKE ? ESCAPE '\\')");
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`${DEVICE_SELECT} ${clause} ORDER BY d.retired_at IS NOT NULL, d.code LIMIT ?`).all(...args, input.limit ?? 200) as DeviceRow[];
  const total = db.prepare(`SELECT COUNT(*) FROM device d LEFT JOIN household h ON h.id = d.household_id LEFT JOIN building b ON b.id = COALESCE(d.building_id, h.building_id) ${clause}`).pluck().get(...args) as number;
  const byKind = Object.fromEntries(DEVICE_KINDS.map((k) => [k, 0])) as Record<DeviceKind, number>;
  for (const r of db.prepare('SELECT kind, COUNT(*) AS n FROM device WHERE retired_at IS NULL GROUP BY kind').all() as { kind: DeviceKind; n: number }[]) byKind[r.kind] = r.n;
  return { devices: rows.map((r) => toView(r, user)), total, byKind, sources: deviceSources(db), ingests: ingestLog(db), today: shanghaiDate(now) };
}

export function deviceView(db: Db, id: number, user: Pick<UserView, 'role'>): DeviceView {
  const row = db.prepare(`${DEVICE_SELECT} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  if (!row) throw new ApiError('not_found', `no device with id ${id}`);
  return toView(row, user);
}

export interface NewDevice {
  code: string;
  kind: DeviceKind;
  sourceId: number;
  buildingId?: number | undefined;
  householdId?: number | undefined;
  label?: string | undefined;
}

/** The building a device is placed in, checked: a flat's own device is in its household's building. */
export function placeOf(db: Db, buildingId: number | null, householdId: number | null): number | null {
  let building = buildingId;
  if (householdId !== null) {
    const h = db.prepare('SELECT building_id FROM household WHERE id = ?').get(householdId) as { building_id: number } | undefined;
    if (!h) throw new ApiError('invalid_input', `householdId: no household with id ${householdId}`, [{ path: 'householdId', message: 'does not exist' }]);
    if (building !== null && building !== h.building_id) throw new ApiError('invalid_input', 'buildingId: the household is in another building', [{ path: 'buildingId', message: 'is not the household’s building' }]);
    building = h.building_id;
  }
  if (building !== null && !db.prepare('SELECT 1 FROM building WHERE id = ?').get(building)) throw new ApiError('invalid_input', `buildingId: no building with id ${building}`, [{ path: 'buildingId', message: 'does not exist' }]);
  return building;
}

export function addDevice(db: Db, input: NewDevice, user: UserView, now: number): number {
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM device WHERE code = ?').get(input.code)) throw new ApiError('conflict', `code: device ${input.code} is already registered`, [{ path: 'code', message: 'is already registered' }]);
    if (!db.prepare('SELECT 1 FROM device_source WHERE id = ? AND revoked_at IS NULL').get(input.sourceId)) throw new ApiError('invalid_input', `sourceId: no source with id ${input.sourceId}`, [{ path: 'sourceId', message: 'does not exist' }]);
    const buildingId = placeOf(db, input.buildingId ?? null, input.householdId ?? null);
    const id = Number(
      db
        .prepare('INSERT INTO device (code, kind, building_id, household_id, source_id, label, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.code, input.kind, buildingId, input.householdId ?? null, input.sourceId, input.label ?? '', now).lastInsertRowid,
    );
    appendAudit(db, now, { userId: user.id, action: 'device.add', entity: 'device', entityId: id, detail: { code: input.code, kind: input.kind, buildingId, householdId: input.householdId ?? null, sourceId: input.sourceId } });
    return id;
  })();
}

export function addSource(db: Db, name: string, user: UserView | null, now: number): DeviceSourceCreated {
  const { key, hash, hint } = newSourceKey();
  const id = db.transaction(() => {
    if (db.prepare('SELECT 1 FROM device_source WHERE name = ?').get(name)) throw new ApiError('conflict', `name: a source named ${name} exists`, [{ path: 'name', message: 'is taken' }]);
    const sourceId = Number(db.prepare('INSERT INTO device_source (name, key_hash, key_hint, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(name, hash, hint, now, user?.id ?? null).lastInsertRowid);
    // The key never enters the audit log; its hint does.
    appendAudit(db, now, { userId: user?.id ?? null, action: 'device.addSource', entity: 'device_source', entityId: sourceId, detail: { name, keyHint: hint } });
    return sourceId;
  })();
  const source = deviceSources(db).find((s) => s.id === id)!;
  return { source, key };
}
