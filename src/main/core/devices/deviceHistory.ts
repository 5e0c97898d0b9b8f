// A device's change history (device_change, migration 0022): every edit and retirement,
// newest first, with who made it, field by field before → after in words a register reader
// knows: a building by its name and a flat by its address as the caller's role may see it
// (the register is for administrators, who see it in full), not by ids.
import type { DeviceChangeField, DeviceChangeView, DeviceFieldChange, DeviceHistory } from '../../../shared/devices';
import { DEVICE_CHANGE_FIELDS } from '../../../shared/devices';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { placeFor } from './deviceRegister';

type Stored = { field: string; before: string | number | null; after: string | number | null };

function isField(field: string): field is DeviceChangeField {
  return (DEVICE_CHANGE_FIELDS as readonly string[]).includes(field);
}

export function deviceHistory(db: Db, id: number, user: Pick<UserView, 'role'>): DeviceHistory {
  const device = db.prepare('SELECT id, code FROM device WHERE id = ?').get(id) as { id: number; code: string } | undefined;
  if (!device) throw new ApiError('not_found', `no device with id ${id}`);
  const rows = db
    .prepare(
      `SELECT c.id, c.at, c.action, c.changes, u.display_name AS user_name
       FROM device_change c LEFT JOIN app_user u ON u.id = c.user_id
       WHERE c.device_id = ? ORDER BY c.id DESC`,
    )
    .all(id) as { id: number; at: number; action: DeviceChangeView['action']; changes: string; user_name: string | null }[];
  const buildingName = db.prepare('SELECT name FROM building WHERE id = ?').pluck();
  const flat = db.prepare('SELECT h.address AS household_address, b.address AS building_address FROM household h JOIN building b ON b.id = h.building_id WHERE h.id = ?');
  const words = (field: DeviceChangeField, v: string | number | null): string | null => {
    if (v === null) return null;
    if (field === 'buildingId') return (buildingName.get(v) as string | undefined) ?? `#${v}`;
    if (field === 'householdId') {
      const f = flat.get(v) as { household_address: string; building_address: string } | undefined;
      return f ? placeFor(user, f.household_address, f.building_address) : `#${v}`;
    }
    return String(v);
  };
  const changes = rows.map((r): DeviceChangeView => ({
    id: r.id,
    at: r.at,
    action: r.action,
    userName: r.user_name,
    changes: (JSON.parse(r.changes) as Stored[]).flatMap((c): DeviceFieldChange[] => (isField(c.field) ? [{ field: c.field, before: words(c.field, c.before), after: words(c.field, c.after) }] : [])),
  }));
  return { deviceId: device.id, code: device.code, changes };
}
