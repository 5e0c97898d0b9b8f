// Migration 0018: devices and their alerts (issue #14 part B). The device register (door-card
// readers of a building or a flat, smoke and gas detectors, emergency buttons), the vendor
// sources that send their events (each with a key kept only as a hash), every accepted event,
// one row per ingested file or post (taken whole or refused whole, with the refused lines),
// and the alerts the rules raise with what was done about them.
//
// The SQL is frozen with the migration.
export default /* sql */ `
CREATE TABLE device_source (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  -- SHA-256 of the salt and the key ('salt:hash', hex): the key is 32 random bytes, so a
  -- fast hash suffices (nothing to stretch); the key itself is shown once.
  key_hash    TEXT NOT NULL,
  -- The key's first characters, so the administrator can tell keys apart.
  key_hint    TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  created_by  INTEGER REFERENCES app_user(id),
  revoked_at  INTEGER
);

CREATE TABLE device (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind IN ('door_reader', 'smoke', 'gas', 'button')),
  building_id  INTEGER REFERENCES building(id),
  -- A flat's own reader, detector or button; NULL for a building's door or a common area.
  household_id INTEGER REFERENCES household(id),
  source_id    INTEGER NOT NULL REFERENCES device_source(id),
  label        TEXT NOT NULL DEFAULT '',
  installed_at INTEGER NOT NULL,
  last_seen_at INTEGER
);
CREATE INDEX device_household ON device(household_id) WHERE household_id IS NOT NULL;
CREATE INDEX device_building ON device(building_id);

CREATE TABLE device_ingest (
  id            INTEGER PRIMARY KEY,
  channel       TEXT NOT NULL CHECK (channel IN ('folder', 'endpoint', 'demo')),
  source_id     INTEGER REFERENCES device_source(id),
  name          TEXT NOT NULL,
  received_at   INTEGER NOT NULL,
  ok            INTEGER NOT NULL CHECK (ok IN (0, 1)),
  lines         INTEGER NOT NULL,
  accepted      INTEGER NOT NULL,
  refused       INTEGER NOT NULL,
  -- JSON: the first refused lines [{line, field, reason, message}].
  problems      TEXT NOT NULL DEFAULT '[]',
  alerts        INTEGER NOT NULL DEFAULT 0,
  ms            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX device_ingest_received ON device_ingest(received_at);

CREATE TABLE device_event (
  id        INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES device(id),
  at        INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('card_swipe', 'smoke', 'gas', 'button', 'heartbeat', 'fault')),
  card      TEXT,
  ingest_id INTEGER NOT NULL REFERENCES device_ingest(id)
);
CREATE INDEX device_event_device_at ON device_event(device_id, at);

-- The latest door-card use per household (max over its flat readers' swipes, whatever order
-- they arrived in): the no-card rule reads this instead of the events.
CREATE TABLE household_card_use (
  household_id INTEGER PRIMARY KEY REFERENCES household(id),
  last_at      INTEGER NOT NULL
);

CREATE TABLE alert (
  id            INTEGER PRIMARY KEY,
  rule          TEXT NOT NULL CHECK (rule IN ('no_card', 'smoke', 'gas', 'button', 'crowded')),
  status        TEXT NOT NULL CHECK (status IN ('open', 'escalated', 'acknowledged', 'dismissed')),
  -- One live alert per rule and household (or device): a repeated trigger does not raise another.
  dedupe_key    TEXT NOT NULL,
  raised_at     INTEGER NOT NULL,
  -- When the triggering event happened (the last card use for no_card).
  event_at      INTEGER NOT NULL,
  device_id     INTEGER REFERENCES device(id),
  building_id   INTEGER REFERENCES building(id),
  household_id  INTEGER REFERENCES household(id),
  grid_id       INTEGER REFERENCES grid(id),
  -- JSON, no personal values: hours without use, distinct cards, repeated triggers.
  detail        TEXT NOT NULL DEFAULT '{}',
  escalated_at  INTEGER,
  escalated_to  INTEGER REFERENCES app_user(id),
  acted_at      INTEGER,
  acted_by      INTEGER REFERENCES app_user(id),
  outcome       TEXT CHECK (outcome IN ('case', 'visit', 'false_alarm', 'resolved')),
  case_id       INTEGER REFERENCES case_file(id),
  visit_task_id INTEGER,
  reason        TEXT
);
CREATE UNIQUE INDEX alert_live ON alert(dedupe_key) WHERE status IN ('open', 'escalated');
CREATE INDEX alert_status ON alert(status, raised_at);
CREATE INDEX alert_raised ON alert(raised_at);
`;
