// Ingesting one vendor file or post: read every line, check each against the register, then
// write all of it in one transaction, or refuse all of it and write only the log row that
// says which lines were wrong and why. The rules run on what was written, in the same
// transaction: instant alerts for smoke, gas and buttons, and the card rules for the flats
// the events touched.
import {
  DEVICE_KINDS,
  EVENTS_OF,
  INGEST_PROBLEMS_LISTED,
  FUTURE_SLACK_MS,
  type DeviceEventFormat,
  type DeviceKind,
  type IngestChannel,
  type IngestProblem,
  type IngestResult,
} from '../../../shared/devices';
import type { AlertRule } from '../../../shared/alerts';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { alertSettings } from '../alerts/alertSettings';
import { raiseAlert } from '../alerts/raiseAlert';
import { emptyOutcome, evaluateCrowded, evaluateNoCard, mergeOutcomes, type RuleOutcome } from '../alerts/rules';
import { parseEvents, type RawEvent } from './parseEvents';
import { shanghaiDate } from '../calendar/workCalendar';

export interface IngestRequest {
  channel: IngestChannel;
  /** The source that posted (its devices only); null for the watched folder, which the administrator set up. */
  sourceId: number | null;
  /** The file's name, or what the endpoint calls a post. */
  name: string;
  format: DeviceEventFormat;
  text: string;
}

export interface Ingested {
  result: IngestResult;
  outcome: RuleOutcome;
}

interface DeviceRow {
  id: number;
  kind: DeviceKind;
  source_id: number;
  household_id: number | null;
  building_id: number | null;
  /** From when the device is out of service (停用): its events from then on are refused. */
  retired_at: number | null;
}

const INSTANT: Partial<Record<RawEvent['kind'], AlertRule>> = { smoke: 'smoke', gas: 'gas', button: 'button' };

/**
 * Checks every event against the register (one read of it into a Map, not a query per line)
 * and returns each event's device, in the events' order, for writing.
 */
function checkEvents(db: Db, events: RawEvent[], sourceId: number | null, now: number, problems: IngestProblem[]): DeviceRow[] {
  const devices = new Map((db.prepare('SELECT id, code, kind, source_id, household_id, building_id, retired_at FROM device').all() as (DeviceRow & { code: string })[]).map((d) => [d.code, d]));
  const sends = new Map(DEVICE_KINDS.map((k) => [k, new Set<string>(EVENTS_OF[k])]));
  const of: DeviceRow[] = new Array<DeviceRow>(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const d = devices.get(e.device);
    if (!d) problems.push({ line: e.line, field: 'device_code', reason: 'device_unknown', message: `"${e.device.slice(0, 40)}" is not in the device register` });
    else if (sourceId !== null && d.source_id !== sourceId) problems.push({ line: e.line, field: 'device_code', reason: 'device_other_source', message: `"${e.device}" belongs to another source` });
    else if (d.retired_at !== null && e.at >= d.retired_at) problems.push({ line: e.line, field: 'device_code', reason: 'device_retired', message: `"${e.device}" is retired (设备已停用) since ${shanghaiDate(d.retired_at)}: its events from that day on are refused` });
    else if (!sends.get(d.kind)!.has(e.kind)) problems.push({ line: e.line, field: 'kind', reason: 'kind_not_of_device', message: `a ${d.kind} does not send ${e.kind} (it sends ${EVENTS_OF[d.kind].join(', ')})` });
    else if (e.at > now + FUTURE_SLACK_MS) problems.push({ line: e.line, field: 'time', reason: 'time_future', message: `is more than ${FUTURE_SLACK_MS / 60_000} minutes ahead of the office clock` });
    else of[i] = d;
  }
  return of;
}

export function ingestText(db: Db, req: IngestRequest, now: number, clock: () => number = Date.now): Ingested {
  const started = clock();
  const parsed = parseEvents(req.format, req.text);
  const problems = parsed.problems;
  const devices = checkEvents(db, parsed.events, req.sourceId, now, problems);
  problems.sort((a, b) => a.line - b.line);
  const ok = problems.length === 0;
  const result: IngestResult = {
    ingestId: 0,
    ok,
    lines: parsed.lines,
    accepted: ok ? parsed.events.length : 0,
    refused: new Set(problems.map((p) => p.line)).size,
    problems: problems.slice(0, INGEST_PROBLEMS_LISTED),
    alertsRaised: 0,
    ms: 0,
  };
  // One transaction: the log row, and for a clean file every event and what the rules make of them.
  const outcome = db.transaction(() => {
    result.ingestId = Number(
      db
        .prepare('INSERT INTO device_ingest (channel, source_id, name, received_at, ok, lines, accepted, refused, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(req.channel, req.sourceId, req.name, now, ok ? 1 : 0, result.lines, result.accepted, result.refused, JSON.stringify(result.problems)).lastInsertRowid,
    );
    const rules = ok ? writeEvents(db, result.ingestId, parsed.events, devices, now) : emptyOutcome();
    result.alertsRaised = rules.raised.length;
    result.ms = clock() - started;
    db.prepare('UPDATE device_ingest SET alerts = ?, ms = ? WHERE id = ?').run(result.alertsRaised, result.ms, result.ingestId);
    appendAudit(db, now, {
      userId: null,
      action: ok ? 'device.ingest' : 'device.ingestRefused',
      entity: 'device_ingest',
      entityId: result.ingestId,
      detail: { channel: req.channel, sourceId: req.sourceId, name: req.name, lines: result.lines, accepted: result.accepted, refused: result.refused, alerts: result.alertsRaised },
    });
    return rules;
  })();
  return { result, outcome };
}

/** Rows per INSERT: one statement call writes this many events (5 values each, well under SQLite's 32,766 parameters). */
const ROWS_PER_INSERT = 200;

function insertEvents(db: Db, rows: number) {
  return db.prepare(`INSERT INTO device_event (device_id, at, kind, card, ingest_id) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?)').join(', ')}`);
}

/** Inside the ingest's transaction: the events, each device's last contact, each flat's last card use, then the rules. */
function writeEvents(db: Db, ingestId: number, events: RawEvent[], devices: DeviceRow[], now: number): RuleOutcome {
  // A statement call per 200 events rather than per event: the call, not SQLite, was most of the time.
  const full = insertEvents(db, ROWS_PER_INSERT);
  const values: (number | string | null)[] = [];
  const flush = () => {
    if (values.length === 0) return;
    (values.length === ROWS_PER_INSERT * 5 ? full : insertEvents(db, values.length / 5)).run(values);
    values.length = 0;
  };
  const lastSeen = new Map<number, number>();
  const lastUse = new Map<number, number>();
  const instant: { rule: AlertRule; device: DeviceRow; at: number }[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const d = devices[i]!;
    values.push(d.id, e.at, e.kind, e.card, ingestId);
    if (values.length === ROWS_PER_INSERT * 5) flush();
    if ((lastSeen.get(d.id) ?? -Infinity) < e.at) lastSeen.set(d.id, e.at);
    if (e.kind === 'card_swipe' && d.household_id !== null && (lastUse.get(d.household_id) ?? -Infinity) < e.at) lastUse.set(d.household_id, e.at);
    const rule = INSTANT[e.kind];
    // A retired device's earlier events are history: it raises nothing any more.
    if (rule && d.retired_at === null) instant.push({ rule, device: d, at: e.at });
  }
  flush();
  const seen = db.prepare('UPDATE device SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?');
  for (const [id, at] of lastSeen) seen.run(at, id);
  // The maximum, whatever order the events came in: a late old swipe does not move it back.
  const use = db.prepare('INSERT INTO household_card_use (household_id, last_at) VALUES (?, ?) ON CONFLICT(household_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)');
  for (const [household, at] of lastUse) use.run(household, at);
  const out = emptyOutcome();
  for (const i of instant.sort((a, b) => a.at - b.at)) {
    const r = raiseAlert(db, i.rule, { deviceId: i.device.id, buildingId: i.device.building_id, householdId: i.device.household_id }, i.at, {}, now);
    (r.created ? out.raised : out.updated).push(r.id);
  }
  const touched = [...lastUse.keys()];
  if (touched.length === 0) return out;
  const settings = alertSettings(db);
  return mergeOutcomes(out, evaluateNoCard(db, settings, now, touched), evaluateCrowded(db, settings, now, touched));
}
