// The devices' life in a running core: ingestions one at a time (small posts on this
// thread, large files in a worker), the watched folder, and the minute tick that runs the
// clock-driven rules and escalation. What changed is pushed as alert.raised / alert.changed.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestLogRow, IngestResult } from '../../../shared/devices';
import type { EventName, EventPayload } from '../../../shared/events';
import type { AlertStatus } from '../../../shared/alerts';
import type { Db } from '../db/database';
import type { WorkerEntry } from '../workers/workerEntry';
import type { SpareWorker } from '../workers/spareWorker';
import { alertSettings } from '../alerts/alertSettings';
import { evaluateAll, type Evaluation } from '../alerts/evaluate';
import type { RuleOutcome } from '../alerts/rules';
import { ingestLog } from './deviceRegister';
import { ingestText, type Ingested, type IngestRequest } from './ingest';
import { ingestInWorker } from './ingestInWorker';
import { formatOfFile } from './parseEvents';

/** Posts up to this size are ingested on the query thread (a few thousand lines: milliseconds). */
export const INLINE_MAX_CHARS = 256 * 1024;
/** Pushed events per ingest or tick; past it one alert.changed tells lists to reload. */
const MAX_PUSHED = 100;
export const DONE_DIR = 'done';
export const REFUSED_DIR = 'refused';

export interface DeviceRuntimeDeps {
  db(): Db | null;
  now(): number;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  log(line: string): void;
  worker(): { entry: WorkerEntry | SpareWorker; dbFile: string; keyHex: string; nativeBinding: string | null } | null;
}

/** What the API's handlers may ask of the running devices. */
export interface DeviceOps {
  ingest(request: IngestRequest): Promise<IngestResult>;
  scanFolder(): Promise<IngestLogRow[]>;
  /** A full evaluation now (also escalation), pushed like the tick's. */
  evaluate(userId: number | null): Evaluation;
}

export class DeviceRuntime implements DeviceOps {
  private queue: Promise<unknown> = Promise.resolve();
  private scanning = false;

  constructor(private readonly deps: DeviceRuntimeDeps) {}

  private requireDb(): Db {
    const db = this.deps.db();
    if (!db) throw new Error('the street database is locked');
    return db;
  }

  /** One ingestion at a time: they are the devices' only writer. */
  ingest(request: IngestRequest & { file?: string }): Promise<IngestResult> {
    const run = this.queue.then(async () => {
      const now = this.deps.now();
      const worker = this.deps.worker();
      const big = request.file !== undefined || request.text.length > INLINE_MAX_CHARS;
      let ingested: Ingested;
      if (big && worker) {
        const { text, file, ...rest } = request;
        ingested = await ingestInWorker(worker.entry, { dbFile: worker.dbFile, keyHex: worker.keyHex, nativeBinding: worker.nativeBinding, request: file ? { ...rest, file } : { ...rest, text }, now });
      } else ingested = ingestText(this.requireDb(), request, now);
      this.publish(ingested.outcome, [], now);
      this.deps.log(`device ingest ${request.channel} ${request.name}: ${ingested.result.ok ? 'taken' : 'refused'}, ${ingested.result.lines} lines, ${ingested.result.alertsRaised} alerts, ${ingested.result.ms} ms`);
      return ingested.result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Takes every new .csv/.jsonl file in the watched folder, each whole or not at all, and moves it to done/ or refused/ (with a .problems.txt). */
  async scanFolder(): Promise<IngestLogRow[]> {
    const db = this.deps.db();
    if (!db || this.scanning) return [];
    const folder = alertSettings(db).watchFolder;
    if (!folder || !existsSync(folder)) return [];
    this.scanning = true;
    const ids: number[] = [];
    try {
      const files = readdirSync(folder)
        .filter((n) => !n.startsWith('.') && formatOfFile(n) !== null)
        .filter((n) => statSync(join(folder, n)).isFile())
        .sort();
      for (const name of files) {
        const path = join(folder, name);
        const format = formatOfFile(name)!;
        let result: IngestResult;
        try {
          result = await this.ingest({ channel: 'folder', sourceId: null, name, format, text: '', file: path });
        } catch (err) {
          this.deps.log(`device file ${name} not ingested: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        ids.push(result.ingestId);
        const dir = join(folder, result.ok ? DONE_DIR : REFUSED_DIR);
        mkdirSync(dir, { recursive: true });
        renameSync(path, join(dir, name));
        if (!result.ok) {
          const lines = result.problems.map((p) => `line ${p.line}\t${p.field}\t${p.reason}\t${p.message}`);
          writeFileSync(join(dir, `${name}.problems.txt`), `${result.refused} line(s) refused; nothing from this file was written.\n${lines.join('\n')}\n`);
        }
      }
    } finally {
      this.scanning = false;
    }
    const wanted = new Set(ids);
    return ingestLog(db, 200).filter((r) => wanted.has(r.ingestId));
  }

  evaluate(userId: number | null): Evaluation {
    const now = this.deps.now();
    const evaluation = evaluateAll(this.requireDb(), now, userId);
    this.publish(evaluation, evaluation.escalated, now);
    if (evaluation.notified.length > 0) this.deps.emit('notification.changed', { userIds: evaluation.notified, at: now });
    return evaluation;
  }

  /** The minute tick: the watched folder, then the clock's rules and escalation. */
  tick(): void {
    if (!this.deps.db()) return;
    this.scanFolder()
      .catch((err: unknown) => this.deps.log(`watched folder scan failed: ${err instanceof Error ? err.message : String(err)}`))
      .then(() => {
        if (this.deps.db()) this.evaluate(null);
      })
      .catch((err: unknown) => this.deps.log(`alert evaluation failed: ${err instanceof Error ? err.message : String(err)}`));
  }

  private publish(outcome: RuleOutcome, escalated: number[], now: number): void {
    const db = this.deps.db();
    // A live alert that gained a repeat keeps its status (open or escalated): read it.
    const statusOf = (id: number): AlertStatus => (db?.prepare('SELECT status FROM alert WHERE id = ?').pluck().get(id) as AlertStatus | undefined) ?? 'open';
    const changed: [number, AlertStatus][] = [...outcome.updated.map((id): [number, AlertStatus] => [id, statusOf(id)]), ...outcome.resolved.map((id): [number, AlertStatus] => [id, 'dismissed']), ...escalated.map((id): [number, AlertStatus] => [id, 'escalated'])];
    for (const id of outcome.raised.slice(0, MAX_PUSHED)) {
      const a = db?.prepare('SELECT rule, grid_id FROM alert WHERE id = ?').get(id) as { rule: EventPayload<'alert.raised'>['rule']; grid_id: number | null } | undefined;
      if (a) this.deps.emit('alert.raised', { alertId: id, rule: a.rule, gridId: a.grid_id, at: now });
    }
    for (const [alertId, status] of changed.slice(0, MAX_PUSHED)) this.deps.emit('alert.changed', { alertId, status, at: now });
  }
}
