// Devices (智能感知设备) and their events: what crosses the boundary. Vendors send events as
// a CSV file or JSON Lines (one object per line), dropped into a watched folder or posted
// to the browser shell's LAN endpoint with a key of their source. A file or post is taken
// whole or refused whole; a refused one names every bad line, its field and why.
import { z } from 'zod';
import { calendarDate, id as idRule, reason, text, wholeIn } from './inputRules';
import { DEVICE_KINDS, type DeviceKind } from './vocab/devices';

export { DEVICE_KINDS, type DeviceKind } from './vocab/devices';

export const DEVICE_EVENT_KINDS = ['card_swipe', 'smoke', 'gas', 'button', 'heartbeat', 'fault'] as const;
export type DeviceEventKind = (typeof DEVICE_EVENT_KINDS)[number];

/** Which event kinds each device may send (a smoke detector does not swipe cards). */
export const EVENTS_OF: Record<DeviceKind, readonly DeviceEventKind[]> = {
  door_reader: ['card_swipe', 'heartbeat', 'fault'],
  smoke: ['smoke', 'heartbeat', 'fault'],
  gas: ['gas', 'heartbeat', 'fault'],
  button: ['button', 'heartbeat', 'fault'],
};

/** The CSV form's header, in this order. */
export const DEVICE_CSV_HEADER = ['device_code', 'time', 'kind', 'card'] as const;
/** A card id as the readers send it. */
export const CARD_PATTERN = /^[A-Za-z0-9-]{1,32}$/;
/** An event more than this far ahead of the office clock is refused (a reader's clock gone wrong). */
export const FUTURE_SLACK_MS = 5 * 60_000;
/** The endpoint's body limit; a larger batch goes through the watched folder. */
export const DEVICE_POST_MAX_BYTES = 8 * 1024 * 1024;
/** Refused lines listed per ingest (the count says how many more). */
export const INGEST_PROBLEMS_LISTED = 100;

export const INGEST_REASONS = [
  'header',
  'columns',
  'json',
  'device_unknown',
  'device_other_source',
  'device_retired',
  'time_invalid',
  'time_future',
  'kind_unknown',
  'kind_not_of_device',
  'card_missing',
  'card_invalid',
  'card_unexpected',
  'empty',
] as const;
export type IngestReason = (typeof INGEST_REASONS)[number];

/** One refused line: its number in the file (1 = the first line, the CSV header included). */
export interface IngestProblem {
  line: number;
  field: string;
  reason: IngestReason;
  message: string;
}

export const INGEST_CHANNELS = ['folder', 'endpoint', 'demo'] as const;
export type IngestChannel = (typeof INGEST_CHANNELS)[number];

export interface IngestResult {
  ingestId: number;
  ok: boolean;
  /** Event lines read (blank lines and the CSV header not counted). */
  lines: number;
  /** Events written: all of them, or none when any line was refused. */
  accepted: number;
  refused: number;
  problems: IngestProblem[];
  alertsRaised: number;
  ms: number;
}

export interface IngestLogRow extends IngestResult {
  channel: IngestChannel;
  sourceName: string | null;
  name: string;
  receivedAt: number;
}

export interface DeviceView {
  id: number;
  code: string;
  kind: DeviceKind;
  buildingId: number | null;
  buildingName: string | null;
  householdId: number | null;
  /** The flat's address as the caller's role may see it (administrators: in full). */
  place: string | null;
  gridId: number | null;
  sourceId: number;
  sourceName: string;
  label: string;
  installedAt: number;
  lastSeenAt: number | null;
  /** The day it was retired (停用), 'YYYY-MM-DD'; null while in service. */
  retiredOn: string | null;
  retiredReason: string | null;
}

export interface DeviceSourceView {
  id: number;
  name: string;
  keyHint: string;
  createdAt: number;
  revoked: boolean;
  /** Devices in service under this source. */
  devices: number;
  /** Devices retired (停用), still in the register. */
  retired: number;
}

export interface DeviceList {
  devices: DeviceView[];
  total: number;
  byKind: Record<DeviceKind, number>;
  sources: DeviceSourceView[];
  /** The latest ingests, newest first. */
  ingests: IngestLogRow[];
  /** The core's day, 'YYYY-MM-DD' China time: a retirement's default day (the office clock, not the browser's). */
  today: string;
}

/** The fields a device's change history names (device_change, migration 0022). */
export const DEVICE_CHANGE_FIELDS = ['kind', 'buildingId', 'householdId', 'label', 'retiredOn', 'retiredReason'] as const;
export type DeviceChangeField = (typeof DEVICE_CHANGE_FIELDS)[number];

/** One field of a change, before → after: a building by its name, a flat by its address as the role may see it, a kind as its code. */
export interface DeviceFieldChange {
  field: DeviceChangeField;
  before: string | null;
  after: string | null;
}

export interface DeviceChangeView {
  id: number;
  at: number;
  action: 'edit' | 'retire';
  userName: string | null;
  changes: DeviceFieldChange[];
}

/** A device's changes, newest first. */
export interface DeviceHistory {
  deviceId: number;
  code: string;
  changes: DeviceChangeView[];
}

const code = z
  .string({ error: 'must be text' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,40}$/, 'must be 3–40 letters, digits, - or _');

export const deviceListInput = z.strictObject({
  kind: z.enum(DEVICE_KINDS).optional(),
  q: text(40).optional(),
  limit: wholeIn(1, 500).optional(),
});

export const deviceAddInput = z
  .strictObject({
    code,
    kind: z.enum(DEVICE_KINDS),
    sourceId: idRule(),
    buildingId: idRule().optional(),
    householdId: idRule().optional(),
    label: text(60).optional(),
  })
  .refine((d) => d.buildingId !== undefined || d.householdId !== undefined, { message: 'is required: the building or the household the device is in', path: ['buildingId'] });

/** An edit of a device: only the fields given change. householdId null: no longer a flat's own (the building's). */
export const deviceEditInput = z
  .strictObject({
    id: idRule(),
    kind: z.enum(DEVICE_KINDS).optional(),
    buildingId: idRule().optional(),
    householdId: idRule().nullable().optional(),
    label: text(60).optional(),
  })
  .refine((d) => d.kind !== undefined || d.buildingId !== undefined || d.householdId !== undefined || d.label !== undefined, { message: 'is required: at least one of kind, buildingId, householdId, label', path: ['kind'] });

/** 停用: from `on` (a day, not in the future) the device's events are refused and no rule reads it. */
export const deviceRetireInput = z.strictObject({
  id: idRule(),
  on: calendarDate(),
  reason: reason(),
});

export const deviceSourceAddInput = z.strictObject({
  name: text(60, { min: 2, minMessage: 'is required: the vendor or system sending the events' }),
});

/** A source's key as created: shown once; the core keeps only its hash. */
export interface DeviceSourceCreated {
  source: DeviceSourceView;
  key: string;
}

export const DEVICE_EVENT_FORMATS = ['csv', 'jsonl'] as const;
export type DeviceEventFormat = (typeof DEVICE_EVENT_FORMATS)[number];

/** The LAN endpoint's call (the browser shell builds it from POST /devices/events). */
export const deviceIngestInput = z.strictObject({
  key: z.string().min(1, 'is required: the source key').max(200),
  format: z.enum(DEVICE_EVENT_FORMATS),
  text: z.string().max(DEVICE_POST_MAX_BYTES),
});

export const devicesSchemas = {
  'device.list': deviceListInput,
  'device.add': deviceAddInput,
  'device.edit': deviceEditInput,
  'device.retire': deviceRetireInput,
  'device.history': z.strictObject({ id: idRule() }),
  'device.addSource': deviceSourceAddInput,
  'device.ingest': deviceIngestInput,
  'device.scanFolder': z.strictObject({}),
} as const;

export interface DevicesOutputs {
  'device.list': DeviceList;
  'device.add': DeviceView;
  'device.edit': DeviceView;
  'device.retire': DeviceView;
  'device.history': DeviceHistory;
  'device.addSource': DeviceSourceCreated;
  'device.ingest': IngestResult;
  'device.scanFolder': IngestLogRow[];
}
