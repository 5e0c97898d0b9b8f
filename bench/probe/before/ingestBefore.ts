// Ingesting one vendor file or post: read every line, check each against the register, then
// write all of it in one transaction, or refuse all of it and write only the log row that
// says which lines were wrong and why. The rules run on what was written, in the same
// transaction: instant alerts for smoke, gas and buttons, and the card rules for the flats
// the events touched.
import {
  EVENTS_OF,
  INGEST_PROBLEMS_LISTED,
  FUTURE_SLACK_MS,
  type DeviceEventFormat,
  type DeviceKind,
  type IngestChannel,
  type IngestProblem,
  type IngestResult,
} from '../../../src/shared/devices';
import type { AlertRule } from '../../../src/shared/alerts';
import { appendAudit } from '../../../src/main/core/audit';
import type { Db } from '../../../src/main/core/db/database';
import { alertSettings } from '../../../src/main/core/alerts/alertSettings';
import { raiseAlert } from '../../../src/main/core/alerts/raiseAlert';
import { emptyOutcome, evaluateCrowded, evaluateNoCard, mergeOutcomes, type RuleOutcome } from '../../../src/main/core/alerts/rules';
import { parseEvents, type RawEvent } from './parseEventsBefore';

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
}

const INSTANT: Partial<Record<RawEvent['kind'], AlertRule>> = { smoke: 'smoke', gas: 'gas', button: 'button' };

function checkEvents(db: Db, events: RawEvent[], sourceId: number | null, now: number, problems: IngestProblem[]): Map<string, DeviceRow> {
  const devices = new Map((db.prepare('SELECT id, code, kind, source_id, household_id, building_id FROM device').all() as (DeviceRow & { code: string })[]).map((d) => [d.code, d]));
  for (const e of events) {
    const d = devices.get(e.device);
    if (!d) problems.push({ line: e.line, field: 'device_code', reason: 'device_unknown', message: `"${e.device.slice(0, 40)}" is not in the device register` });
    else if (sourceId !== null && d.source_id !== sourceId) problems.push({ line: e.line, field: 'device_code', reason: 'device_other_source', message: `"${e.device}" belongs to another source` });
    else if (!EVENTS_OF[d.kind].includes(e.kind)) problems.push({ line: e.line, field: 'kind', reason: 'kind_not_of_device', message: `a ${d.kind} does not send ${e.kind} (it sends ${EVENTS_OF[d.kind].join(', ')})` });
    else if (e.at > now + FUTURE_SLACK_MS) problems.push({ line: e.line, field: 'time', reason: 'time_future', message: `is more than ${FUTURE_SLACK_MS / 60_000} minutes ahead of the office clock` });
  }
  return devices;
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

/** Inside the ingest's transaction: the events, each device's last contact, each flat's last card use, then the rules. */
function writeEvents(db: Db, ingestId: number, events: RawEvent[], devices: Map<string, DeviceRow>, now: number): RuleOutcome {
  const insert = db.prepare('INSERT INTO device_event (device_id, at, kind, card, ingest_id) VALUES (?, ?, ?, ?, ?)');
  const lastSeen = new Map<number, number>();
  const lastUse = new Map<number, number>();
  const instant: { rule: AlertRule; device: DeviceRow; at: number }[] = [];
  for (const e of events) {
    const d = devices.get(e.device)!;
    insert.run(d.id, e.at, e.kind, e.card, ingestId);
    if ((lastSeen.get(d.id) ?? -Infinity) < e.at) lastSeen.set(d.id, e.at);
    if (e.kind === 'card_swipe' && d.household_id !== null && (lastUse.get(d.household_id) ?? -Infinity) < e.at) lastUse.set(d.household_id, e.at);
    const rule = INSTANT[e.kind];
    if (rule) instant.push({ rule, device: d, at: e.at });
  }
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
