// Keeping the device register true: editing a device (its kind, where it is, its label) and
// retiring it (停用) with a reason and a day. Nothing is deleted: a retired device stays
// listed with its events and alerts; from its retirement day its events are refused line by
// line (ingest.ts) and no rule reads it (rules.ts). Every change is kept field by field in
// device_change and named in the audit log.
import type { DeviceKind } from '../../../shared/devices';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { shanghaiDate, shanghaiMidnight } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { placeOf } from './deviceRegister';

export interface DeviceEdit {
  id: number;
  kind?: DeviceKind | undefined;
  buildingId?: number | undefined;
  /** null: no longer a flat's own device (it stays in its building). */
  householdId?: number | null | undefined;
  label?: string | undefined;
}

export interface DeviceRetirement {
  id: number;
  /** 'YYYY-MM-DD', China time: events from 00:00 that day on are refused. */
  on: string;
  reason: string;
}

interface Current {
  id: number;
  code: string;
  kind: DeviceKind;
  building_id: number | null;
  household_id: number | null;
  label: string;
  installed_at: number;
  retired_on: string | null;
}

type Change = { field: string; before: string | number | null; after: string | number | null };

function current(db: Db, id: number): Current {
  const row = db.prepare('SELECT id, code, kind, building_id, household_id, label, installed_at, retired_on FROM device WHERE id = ?').get(id) as Current | undefined;
  if (!row) throw new ApiError('not_found', `no device with id ${id}`);
  return row;
}

function recordChange(db: Db, deviceId: number, action: 'edit' | 'retire', changes: Change[], user: UserView, now: number): void {
  db.prepare('INSERT INTO device_change (device_id, at, user_id, action, changes) VALUES (?, ?, ?, ?, ?)').run(deviceId, now, user.id, action, JSON.stringify(changes));
}

export function editDevice(db: Db, input: DeviceEdit, user: UserView, now: number): void {
  db.transaction(() => {
    const before = current(db, input.id);
    if (before.retired_on !== null) throw new ApiError('conflict', `device ${before.code} was retired on ${before.retired_on}: a retired device is history and is not edited`);
    const kind = input.kind ?? before.kind;
    const householdId = input.householdId === undefined ? before.household_id : input.householdId;
    // A new flat brings its building; a new building alone leaves the flat behind.
    const wantedBuilding = input.buildingId ?? (input.householdId !== undefined && input.householdId !== null ? null : before.building_id);
    const householdKept = input.buildingId !== undefined && input.householdId === undefined && before.household_id !== null ? null : householdId;
    const buildingId = placeOf(db, wantedBuilding, householdKept);
    const label = input.label ?? before.label;
    const changes: Change[] = [];
    if (kind !== before.kind) changes.push({ field: 'kind', before: before.kind, after: kind });
    if (buildingId !== before.building_id) changes.push({ field: 'buildingId', before: before.building_id, after: buildingId });
    if (householdKept !== before.household_id) changes.push({ field: 'householdId', before: before.household_id, after: householdKept });
    if (label !== before.label) changes.push({ field: 'label', before: before.label, after: label });
    if (changes.length === 0) return;
    db.prepare('UPDATE device SET kind = ?, building_id = ?, household_id = ?, label = ? WHERE id = ?').run(kind, buildingId, householdKept, label, input.id);
    recordChange(db, input.id, 'edit', changes, user, now);
    appendAudit(db, now, { userId: user.id, action: 'device.edit', entity: 'device', entityId: input.id, detail: { code: before.code, changes } });
  })();
}

export function retireDevice(db: Db, input: DeviceRetirement, user: UserView, now: number): void {
  db.transaction(() => {
    const before = current(db, input.id);
    if (before.retired_on !== null) throw new ApiError('conflict', `device ${before.code} was already retired on ${before.retired_on}`);
    const today = shanghaiDate(now);
    if (input.on > today) throw new ApiError('invalid_input', `on: ${input.on} is in the future; a device is retired on a day that has come (today is ${today})`, [{ path: 'on', message: 'is in the future' }]);
    const installed = shanghaiDate(before.installed_at);
    if (input.on < installed) throw new ApiError('invalid_input', `on: ${input.on} is before the device was installed (${installed})`, [{ path: 'on', message: 'is before its installation' }]);
    const reason = input.reason.trim();
    db.prepare('UPDATE device SET retired_at = ?, retired_on = ?, retired_reason = ?, retired_by = ? WHERE id = ?').run(shanghaiMidnight(input.on), input.on, reason, user.id, input.id);
    recordChange(db, input.id, 'retire', [{ field: 'retiredOn', before: null, after: input.on }, { field: 'retiredReason', before: null, after: reason }], user, now);
    appendAudit(db, now, { userId: user.id, action: 'device.retire', entity: 'device', entityId: input.id, detail: { code: before.code, on: input.on, reason } });
  })();
}
