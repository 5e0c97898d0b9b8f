// Migration 0022: a device register a user can keep true (issue #14). A device can be edited
// (its kind, building or flat, label) and retired (停用) with a reason and a day; a retired
// device stays in the register and in history (its events and alerts point at it), its
// events from that day on are refused, and the rules no longer read it.
// - device.retired_at: 00:00 China time of the retirement day (events at or after it are refused);
//   retired_on the day as written, retired_reason why, retired_by who.
// - device_change: every edit and retirement, field by field, before → after (like record_change).
//
// The SQL is frozen with the migration.
export default /* sql */ `
ALTER TABLE device ADD COLUMN retired_at INTEGER;
ALTER TABLE device ADD COLUMN retired_on TEXT;
ALTER TABLE device ADD COLUMN retired_reason TEXT;
ALTER TABLE device ADD COLUMN retired_by INTEGER REFERENCES app_user(id);

CREATE TABLE device_change (
  id        INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES device(id),
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES app_user(id),
  action    TEXT NOT NULL CHECK (action IN ('edit', 'retire')),
  -- JSON [{ "field": "label", "before": …, "after": … }]
  changes   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX device_change_device ON device_change(device_id, id);
`;
