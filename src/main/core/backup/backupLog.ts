// The backup log (migration 0013): one row per run, written on the query thread before and
// after the worker copies the street.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts, BackupProblemCode, BackupRunView, BackupTrigger } from '../../../shared/backup';
import type { Db } from '../db/database';
import type { LastScheduled } from './schedule';

interface RunRow {
  id: number;
  trigger: BackupTrigger;
  started_at: number;
  finished_at: number | null;
  folder: string;
  file_name: string | null;
  bytes: number | null;
  ok: number;
  problem_code: BackupProblemCode | null;
  problem: string | null;
  counts: string | null;
}

export function startRun(db: Db, trigger: BackupTrigger, folder: string, userId: number | null, now: number): number {
  return Number(db.prepare('INSERT INTO backup_run (trigger, user_id, started_at, folder) VALUES (?, ?, ?, ?)').run(trigger, userId, now, folder).lastInsertRowid);
}

export function finishRun(db: Db, id: number, now: number, outcome: { ok: true; fileName: string; bytes: number; counts: BackupCounts } | { ok: false; code: BackupProblemCode; problem: string }): void {
  if (outcome.ok) {
    db.prepare('UPDATE backup_run SET finished_at = ?, ok = 1, file_name = ?, bytes = ?, counts = ? WHERE id = ?').run(now, outcome.fileName, outcome.bytes, JSON.stringify(outcome.counts), id);
  } else {
    db.prepare('UPDATE backup_run SET finished_at = ?, ok = 0, problem_code = ?, problem = ? WHERE id = ?').run(now, outcome.code, outcome.problem, id);
  }
}

function view(r: RunRow): BackupRunView {
  return {
    id: r.id,
    trigger: r.trigger,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    folder: r.folder,
    fileName: r.file_name,
    bytes: r.bytes,
    ok: r.ok === 1,
    problemCode: r.problem_code,
    problem: r.problem,
    counts: r.counts ? (JSON.parse(r.counts) as BackupCounts) : null,
    present: r.file_name !== null && existsSync(join(r.folder, r.file_name)),
  };
}

export function runView(db: Db, id: number): BackupRunView {
  return view(db.prepare('SELECT * FROM backup_run WHERE id = ?').get(id) as RunRow);
}

/** The latest runs, newest first. */
export function listRuns(db: Db, limit = 100): BackupRunView[] {
  return (db.prepare('SELECT * FROM backup_run ORDER BY started_at DESC, id DESC LIMIT ?').all(limit) as RunRow[]).map(view);
}

export function lastScheduled(db: Db): LastScheduled {
  const r = db.prepare(`SELECT max(CASE WHEN ok = 1 THEN started_at END) AS okAt, max(started_at) AS triedAt FROM backup_run WHERE trigger = 'schedule'`).get() as LastScheduled;
  return { okAt: r.okAt ?? null, triedAt: r.triedAt ?? null };
}
