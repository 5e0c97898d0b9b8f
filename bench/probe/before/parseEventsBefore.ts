// Reading a vendor's events: the CSV form (header device_code,time,kind,card) or JSON Lines
// (one {"device","time","kind","card"} object per line). Pure: each line becomes an event
// or a problem naming its line number, field and why; the device checks come after
// (checkEvents), with the register at hand.
import {
  CARD_PATTERN,
  DEVICE_CSV_HEADER,
  DEVICE_EVENT_KINDS,
  type DeviceEventFormat,
  type DeviceEventKind,
  type IngestProblem,
} from '../../../src/shared/devices';
import { CHINA_OFFSET_MS } from '../../../src/main/core/calendar/workCalendar';

export interface RawEvent {
  line: number;
  device: string;
  at: number;
  kind: DeviceEventKind;
  card: string | null;
}

export interface Parsed {
  events: RawEvent[];
  problems: IngestProblem[];
  /** Event lines read (not blank, not the header). */
  lines: number;
}

const KINDS: ReadonlySet<string> = new Set(DEVICE_EVENT_KINDS);
// 2026-11-20T09:15:00+08:00, …Z, …09:15:00.250+0800; or 2026-11-20 09:15:00 meaning China time.
const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch ms of a vendor timestamp, or null when it is not one (or names a day that does not exist). */
export function parseTime(value: string): number | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number((ms ?? '0').padEnd(3, '0')));
  if (new Date(local).getUTCDate() !== day) return null;
  let offset = CHINA_OFFSET_MS;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return local - offset;
}

function problem(line: number, field: string, reason: IngestProblem['reason'], message: string): IngestProblem {
  return { line, field, reason, message };
}

/** Checks one line's values that need no register; pushes an event or a problem. */
function take(out: Parsed, line: number, device: string, time: string, kind: string, card: string): void {
  if (!device) return void out.problems.push(problem(line, 'device_code', 'device_unknown', 'is empty: every event names its device'));
  const at = parseTime(time);
  if (at === null) return void out.problems.push(problem(line, 'time', 'time_invalid', `"${time.slice(0, 40)}" is not a time like 2026-11-20T09:15:00+08:00 or 2026-11-20 09:15:00 (China time)`));
  if (!KINDS.has(kind)) return void out.problems.push(problem(line, 'kind', 'kind_unknown', `"${kind.slice(0, 40)}" is not one of ${DEVICE_EVENT_KINDS.join(', ')}`));
  const k = kind as DeviceEventKind;
  if (k === 'card_swipe') {
    if (!card) return void out.problems.push(problem(line, 'card', 'card_missing', 'is required for a card_swipe'));
    if (!CARD_PATTERN.test(card)) return void out.problems.push(problem(line, 'card', 'card_invalid', 'must be 1–32 letters, digits or -'));
  } else if (card) return void out.problems.push(problem(line, 'card', 'card_unexpected', `only a card_swipe carries a card, not a ${k}`));
  out.events.push({ line, device, at, kind: k, card: k === 'card_swipe' ? card : null });
}

function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

function parseCsv(text: string): Parsed {
  const out: Parsed = { events: [], problems: [], lines: 0 };
  const lines = text.split(/\r?\n/);
  let headerAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = i === 0 ? lines[i]!.replace(/^\uFEFF/, '') : lines[i]!;
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    const cells = raw.split(',');
    if (headerAt < 0) {
      headerAt = i;
      const names = cells.map((c) => unquote(c).toLowerCase());
      if (names.length !== DEVICE_CSV_HEADER.length || names.some((n, j) => n !== DEVICE_CSV_HEADER[j])) {
        out.problems.push(problem(lineNo, '(header)', 'header', `the first line must be ${DEVICE_CSV_HEADER.join(',')}`));
        return out;
      }
      continue;
    }
    out.lines++;
    if (cells.length !== DEVICE_CSV_HEADER.length) {
      out.problems.push(problem(lineNo, '(line)', 'columns', `has ${cells.length} fields; ${DEVICE_CSV_HEADER.length} expected (${DEVICE_CSV_HEADER.join(',')})`));
      continue;
    }
    take(out, lineNo, unquote(cells[0]!), unquote(cells[1]!), unquote(cells[2]!), unquote(cells[3]!));
  }
  if (headerAt < 0) out.problems.push(problem(1, '(file)', 'empty', 'holds no header and no events'));
  return out;
}

function field(o: Record<string, unknown>, name: string): string {
  const v = o[name];
  return typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v);
}

function parseJsonLines(text: string): Parsed {
  const out: Parsed = { events: [], problems: [], lines: 0 };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = i === 0 ? lines[i]!.replace(/^\uFEFF/, '') : lines[i]!;
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    out.lines++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.problems.push(problem(lineNo, '(line)', 'json', `is not a JSON object: ${err instanceof Error ? err.message.slice(0, 80) : 'unreadable'}`));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.problems.push(problem(lineNo, '(line)', 'json', 'must be one JSON object {"device","time","kind","card"}'));
      continue;
    }
    const o = value as Record<string, unknown>;
    take(out, lineNo, field(o, 'device'), field(o, 'time'), field(o, 'kind'), field(o, 'card'));
  }
  if (out.lines === 0) out.problems.push(problem(1, '(file)', 'empty', 'holds no events'));
  return out;
}

export function parseEvents(format: DeviceEventFormat, text: string): Parsed {
  return format === 'csv' ? parseCsv(text) : parseJsonLines(text);
}

/** The format a watched file's name says, or null for a file that is not ours. */
export function formatOfFile(name: string): DeviceEventFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return null;
}
