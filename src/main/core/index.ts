// The core as a plain Node library: no Electron here. Both shells (Electron IPC and the
// HTTP server) start it with startCore() and talk to it only through CoreHandle.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { ApiError } from '../../shared/errors';
import type { EventName, EventPayload, PushedEvent } from '../../shared/events';
import type { JobProgress, SessionStatus, StartProblem, UnlockResult, UserView } from '../../shared/views';
import { appendAudit } from './audit';
import { dataPaths, type DataPaths } from './dataDir';
import { inspectDataDir } from './dataDirCheck';
import { openDatabase, type Db } from './db/database';
import { checkIntegrity } from './db/integrityCheck';
import { DEFAULT_SCRYPT, readKeyring, sameKey, unwrapMasterKey, wrapMasterKey, WrongPasswordError } from './db/keyring';
import { migrate, MIGRATIONS } from './db/migrate';
import { dispatch } from './api/dispatch';
import type { AccountOps, AuthOps } from './api/context';
import type { CallOrigin, CoreHandle, CoreOptions } from './handle';
import { JobReporter } from './jobs/progress';
import { SessionStore, type SessionLimits } from './session/sessions';
import { getSetting } from './settings';
import { throttledError, UnlockThrottle } from './accounts/throttle';
import { putKeyringEntry, removeKeyringEntry } from './accounts/keyringSlots';
import { findUser, findUserById } from './users';
import { generateDemoInWorker } from './workers/demoInWorker';
import { commitImportInWorker } from './workers/importCommitInWorker';
import { backupInWorker } from './workers/backupInWorker';
import { commitGisInWorker, type GisCommitDone } from './gis/commit/gisCommitInWorker';
import type { CheckedPreview } from './gis/commit/commitGisImport';
import { runBackup } from './backup/runBackup';
import { lastScheduled } from './backup/backupLog';
import { backupSettings } from './backup/backupSettings';
import { scheduledBackupDue } from './backup/schedule';
import { runChase, type ChaseResult } from './deadlines/chase';
import { runMeetingReminders } from './partyAssessment/reminders';
import { DeviceRuntime } from './devices/deviceRuntime';
import type { BackupRunView } from '../../shared/backup';
import type { ImportCommitInput, ImportCommitResult } from '../../shared/registerImport';
import type { GisCommitInput } from '../../shared/gis';
import { migrateInWorker } from './workers/migrateInWorker';
import { createNewStreet, StreetExistsError, whyNotEmpty } from './newStreet/createNewStreet';
import type { FirstStartInput, FirstStartResult } from '../../shared/newStreet';
import { WorkerPool } from './workers/workerPool';
import { SpareWorker } from './workers/spareWorker';
import { coreWorkerEntry, type WorkerEntry } from './workers/workerEntry';
import type { ReadTaskName } from './workers/readTasks';
import type { ApiOutput, ApiParsedInput } from '../../shared/api';

export type { CallOrigin, CoreHandle, CoreOptions } from './handle';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** How often idle sessions are looked for when nobody calls (expiry is also checked on every call). */
const SWEEP_MS = 30_000;
/** How often the daily backup's time is looked at. */
const BACKUP_CHECK_MS = 60_000;

function sessionLimits(db: Db | null): SessionLimits {
  const idle = db ? getSetting(db, 'session.idleMinutes') : 30;
  const maxAge = db ? getSetting(db, 'session.maxAgeHours') : 12;
  return { idleMs: idle * MINUTE_MS, maxAgeMs: maxAge * HOUR_MS };
}

class Core implements CoreHandle {
  private readonly paths: DataPaths;
  private readonly sessions = new SessionStore(sessionLimits(null));
  private readonly throttle = new UnlockThrottle();
  private readonly listeners = new Set<(event: PushedEvent) => void>();
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private db: Db | null = null;
  private masterKey: Buffer | null = null;
  private preparing: Promise<void> = Promise.resolve();
  private job: JobReporter | null = null;
  private streetName: string | undefined;
  private problem: StartProblem | null = null;
  /** An empty data directory waiting for the first screen's choice (askFirstStart). */
  private awaitingChoice = false;
  /** Size and mtime of the file when it last passed the integrity check in this process. */
  private checkedFile: string | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private pool: WorkerPool | null = null;
  /** A lane of its own for the console's short interactive reads (INTERACTIVE_TASKS), so a
   *  map opened during a year's ledger export does not queue behind it. */
  private interactivePool: WorkerPool | null = null;
  /** A thread kept loaded for the next import commit, backup or device file (with warmWorkers). */
  private spare: SpareWorker | null = null;
  /** The backup being written (one at a time), and the minute timer that starts the daily one. */
  private backingUp: Promise<BackupRunView> | null = null;
  private backupTimer: NodeJS.Timeout | null = null;
  /** The minute timer of the deadline chase (催办 and automatic 督办, deadlines/chase.ts). */
  private chaseTimer: NodeJS.Timeout | null = null;
  /** Device ingestion, the watched folder and the alert rules' minute tick (devices/deviceRuntime.ts). */
  private readonly devices = new DeviceRuntime({
    db: () => this.db,
    now: () => this.now(),
    emit: (name, payload) => this.emit(name, payload),
    log: (line) => this.log(line),
    worker: () => (this.masterKey ? { entry: this.jobWorkers(), dbFile: this.paths.db, keyHex: this.masterKey.toString('hex'), nativeBinding: this.options.nativeBinding ?? null } : null),
  });
  private deviceTimer: NodeJS.Timeout | null = null;
  /** Running jobs that their user may cancel. */
  private readonly jobs = new Map<string, { userId: number; cancel(): void }>();

  constructor(private readonly options: CoreOptions) {
    this.paths = dataPaths(options.dataDir);
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
  }

  start(): void {
    // Owner-only from the moment it exists: the files are encrypted, but nobody else needs even ciphertext.
    const created = mkdirSync(this.paths.dir, { recursive: true, mode: 0o700 });
    if (created) chmodSync(this.paths.dir, 0o700);
    const state = inspectDataDir(this.paths);
    if (state.kind === 'street') {
      this.streetName = state.streetName;
      return;
    }
    if (state.kind === 'problem') {
      this.problem = state.problem;
      this.log(`cannot open the street: ${state.problem.message}`);
      return;
    }
    if (this.options.askFirstStart) {
      this.awaitingChoice = true;
      this.log(`first start: no street in ${this.paths.dir}; the first screen offers the demo street or a new one`);
      return;
    }
    const demo = this.options.demo;
    if (!demo) {
      this.problem = { code: 'no_street', message: `no street in ${this.paths.dir} and no demo configured`, dataDir: this.paths.dir };
      return;
    }
    this.generateDemo(demo, state.kind === 'unfinished');
  }

  private generateDemo(demo: { scale: number; seed: number }, resuming: boolean): void {
    const job = new JobReporter('demo', (p) => this.emit('job.progress', p));
    this.job = job;
    const started = this.now();
    this.log(`${resuming ? 'an earlier first start did not finish: ' : 'first start: '}generating the demo street (scale ${demo.scale}, seed ${demo.seed}) in ${this.paths.dir}`);
    // In a worker thread: generation takes seconds of CPU, and this thread answers the unlock screen meanwhile.
    this.preparing = generateDemoInWorker(
      coreWorkerEntry(this.options.workerEntry),
      { dataDir: this.paths.dir, scale: demo.scale, seed: demo.seed, anchor: started, nativeBinding: this.options.nativeBinding ?? null },
      (fraction, stage) => job.progress(fraction, stage),
    ).then(
      (report) => {
        this.log(`demo street ready in ${report.ms} ms: ${JSON.stringify(report.counts)}`);
        this.streetName = readKeyring(this.paths.keyring).label?.streetName;
        job.finish('done');
        this.job = null;
        this.emit('session.changed', { state: 'locked' });
      },
      (err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        this.log(`demo generation failed: ${message}`);
        job.finish('failed', message);
      },
    );
  }

  private emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const event = { name, payload } as PushedEvent;
    for (const listener of this.listeners) listener(event);
  }

  /** The idle limit the sessions already hold (read from the settings at unlock and on change). */
  private idleMinutes(): number {
    return Math.round(this.sessions.idleMs / MINUTE_MS);
  }

  private readonly auth: AuthOps = {
    status: (token) => {
      const session = this.sessions.get(token, this.now());
      const state: SessionStatus['state'] = this.problem ? 'unavailable' : this.job ? 'preparing' : this.awaitingChoice ? 'empty' : session ? 'unlocked' : 'locked';
      const status: SessionStatus = { state, now: this.now() };
      if (this.awaitingChoice) status.firstStart = { dataDir: this.paths.dir, demo: Boolean(this.options.demo) };
      if (this.problem) status.problem = this.problem;
      if (this.job) status.job = this.job.snapshot;
      if (session) {
        status.user = session.user;
        status.idleMinutes = this.idleMinutes();
      }
      if (this.streetName) status.streetName = this.streetName;
      return status;
    },
    unlock: async (username, password, source) => {
      if (this.problem) throw new ApiError('unavailable', this.problem.message, [{ path: 'problem', message: this.problem.code }]);
      if (this.job) throw new ApiError('not_ready', 'the demo street is still being prepared');
      if (this.awaitingChoice) throw new ApiError('not_ready', 'there is no street yet: choose the demo street or a new street first');
      const verdict = this.throttle.begin(username, source, this.now());
      if (!verdict.ok) throw throttledError(username, verdict);
      const keyring = readKeyring(this.paths.keyring);
      let key: Buffer;
      try {
        key = await unwrapMasterKey(keyring, username, password);
      } catch (err) {
        if (err instanceof WrongPasswordError) throw new ApiError('wrong_password', 'wrong username or password; nothing was changed');
        throw err;
      }
      if (this.masterKey && !sameKey(this.masterKey, key)) throw new ApiError('internal', 'keyring and open database disagree');
      const db = await this.openDb(key);
      const user = findUser(db, username);
      if (!user) {
        if (this.sessions.size === 0) this.closeDb();
        throw new ApiError('wrong_password', 'wrong username or password; nothing was changed');
      }
      this.throttle.succeeded(username, source);
      const at = this.now();
      const session = this.sessions.open(user, at);
      this.writeAudit(db, { userId: user.id, action: 'auth.unlock', entity: 'app_user', entityId: user.id });
      const result: UnlockResult = { token: session.token, user, streetName: this.streetName ?? '', idleMinutes: this.idleMinutes(), now: this.now() };
      return result;
    },
    lock: (token) => {
      // Locking always succeeds: whatever the disk says, the session ends and, with the last one, the key goes.
      const session = this.sessions.get(token, this.now());
      if (session && this.db) this.writeAudit(this.db, { userId: session.user.id, action: 'auth.lock', entity: 'app_user', entityId: session.user.id });
      if (token) this.sessions.close(token);
      if (this.sessions.size === 0) this.closeDb();
      return { locked: true };
    },
    firstStart: (input) => this.firstStart(input),
  };

  /** The first screen's choice; refused (and nothing touched) unless this start found the directory empty and it still is. */
  private async firstStart(input: FirstStartInput): Promise<FirstStartResult> {
    if (!this.awaitingChoice) {
      const why = this.problem
        ? `the data directory ${this.paths.dir} cannot be opened (${this.problem.code}); a street is made only in an empty one`
        : this.job
          ? 'the demo street is already being prepared'
          : `${this.paths.dir} already holds a street${this.streetName ? ` (${this.streetName})` : ''}; a new one is made only in an empty data directory`;
      throw new ApiError('conflict', `${why}. Nothing was changed`, [{ path: 'kind', message: why, reason: 'street_exists' }]);
    }
    const refusal = whyNotEmpty(this.paths.dir);
    if (refusal) throw new ApiError('conflict', refusal, [{ path: 'kind', message: refusal, reason: 'street_exists' }]);
    if (input.kind === 'demo') {
      const demo = this.options.demo;
      if (!demo) throw new ApiError('invalid_input', 'this StreetOps offers no demo street; make a new street', [{ path: 'kind', message: 'no demo configured' }]);
      this.awaitingChoice = false;
      this.generateDemo(demo, false);
      return { kind: 'demo', state: 'preparing', streetName: '' };
    }
    // Taken before the first await, so a second click or window cannot make a second street.
    this.awaitingChoice = false;
    try {
      const made = await createNewStreet({ dataDir: this.paths.dir, street: input, now: this.now(), ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) });
      this.streetName = made.streetName;
    } catch (err) {
      if (err instanceof StreetExistsError) throw new ApiError('conflict', err.message, [{ path: 'kind', message: err.message, reason: 'street_exists' }]);
      this.awaitingChoice = true;
      throw err;
    }
    this.log(`first start: new street ${input.streetName} (${input.streetCode}) created in ${this.paths.dir}, administrator ${input.username}`);
    this.emit('session.changed', { state: 'locked' });
    return { kind: 'new', state: 'locked', streetName: input.streetName };
  }

  /** An audit entry that must not stop what it records (sign-in, lock) when the disk is full. */
  private writeAudit(db: Db, entry: Parameters<typeof appendAudit>[2]): void {
    try {
      appendAudit(db, this.now(), entry);
    } catch (err) {
      this.log(`audit entry ${entry.action} not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private readonly accounts: AccountOps = {
    setPassword: async (username, password, record) => {
      if (!this.masterKey) throw new ApiError('not_ready', 'the street database is locked');
      // A copy: a lock during the slow KDF zeroes the core's own key.
      const key = Buffer.from(this.masterKey);
      let entry;
      try {
        const params = readKeyring(this.paths.keyring).entries[0]?.kdf ?? { name: 'scrypt', ...DEFAULT_SCRYPT };
        entry = await wrapMasterKey(username, password, key, { N: params.N, r: params.r, p: params.p });
      } finally {
        key.fill(0);
      }
      const db = this.db;
      if (!db) throw new ApiError('not_ready', 'the street was locked while the password was being set; nothing was changed');
      db.transaction(() => {
        record(db);
        putKeyringEntry(this.paths.keyring, entry);
      })();
    },
    removeKey: (username, record) => {
      const db = this.db;
      if (!db) throw new ApiError('not_ready', 'the street database is locked');
      db.transaction(() => {
        record(db);
        removeKeyringEntry(this.paths.keyring, username);
      })();
    },
    verifyPassword: async (username, password, source) => {
      const verdict = this.throttle.begin(username, source, this.now());
      if (!verdict.ok) throw throttledError(username, verdict);
      try {
        (await unwrapMasterKey(readKeyring(this.paths.keyring), username, password)).fill(0);
        this.throttle.succeeded(username, source);
        return true;
      } catch (err) {
        if (err instanceof WrongPasswordError) return false;
        throw err;
      }
    },
    endSessions: (userId) => {
      this.sessions.closeUser(userId);
      if (this.sessions.size === 0) this.closeDb();
    },
    refreshUser: (userId) => {
      const user: UserView | null = this.db ? findUserById(this.db, userId) : null;
      if (user) this.sessions.updateUser(user);
    },
    throttleState: (username) => this.throttle.state(username, this.now()),
    liftThrottle: (username) => this.throttle.lift(username),
    applySettings: () => this.sessions.setLimits(sessionLimits(this.db)),
  };

  private async openDb(key: Buffer): Promise<Db> {
    if (this.db) {
      key.fill(0);
      return this.db;
    }
    await this.checkFile(key);
    let db: Db;
    try {
      db = openDatabase(this.paths.db, key, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    } catch (err) {
      key.fill(0);
      // The keyring's GCM tag proved the key: a database that refuses it is damaged, not locked.
      const code = (err as { code?: unknown }).code;
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') this.damaged([String(code)]);
      throw err;
    }
    // Two unlocks may race through the integrity check; the first to get here keeps its connection.
    if (this.db) {
      db.close();
      key.fill(0);
      return this.db;
    }
    migrate(db);
    const row = db.prepare(`SELECT name FROM street LIMIT 1`).get() as { name: string } | undefined;
    this.streetName = row?.name;
    this.db = db;
    this.masterKey = key;
    const poolOptions = {
      entry: coreWorkerEntry(this.options.workerEntry),
      dbFile: this.paths.db,
      key,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      log: this.log,
    };
    this.pool = new WorkerPool(poolOptions);
    this.interactivePool = new WorkerPool({ ...poolOptions, size: 1 });
    if (this.options.warmWorkers) {
      this.interactivePool.warm();
      this.spare = new SpareWorker(coreWorkerEntry(this.options.workerEntry));
    }
    this.sessions.setLimits(sessionLimits(db));
    this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
    if (this.options.minuteTimers !== false) {
      this.backupTimer ??= setInterval(() => this.scheduledBackup(), BACKUP_CHECK_MS).unref();
      this.chaseTimer ??= setInterval(() => this.checkDeadlines(), BACKUP_CHECK_MS).unref();
      this.deviceTimer ??= setInterval(() => this.devices.tick(), BACKUP_CHECK_MS).unref();
    }
    return db;
  }

  /**
   * Runs the integrity check off this thread, once per process unless the file changed since;
   * a file this process has not checked may come from an older version, whose pending
   * migrations then run in a worker too, before the core opens its own connection.
   */
  private async checkFile(key: Buffer): Promise<void> {
    const stamp = this.fileStamp();
    if (this.checkedFile === stamp) return;
    const started = this.now();
    const result = await checkIntegrity(this.paths.db, key, this.options.nativeBinding);
    if (!result.ok) {
      key.fill(0);
      this.damaged(result.problems);
    }
    this.log(`integrity check passed in ${this.now() - started} ms`);
    // A list that is not a prefix of ours (a newer app wrote it) is refused by migrate() at open, touching nothing.
    if (result.applied.length < MIGRATIONS.length) {
      const migrating = this.now();
      let applied: string[];
      try {
        applied = await migrateInWorker(coreWorkerEntry(this.options.workerEntry), { dbFile: this.paths.db, keyHex: key.toString('hex'), nativeBinding: this.options.nativeBinding ?? null });
      } catch (err) {
        key.fill(0);
        throw err;
      }
      this.log(`migrations ${applied.join(', ') || '(none)'} applied in ${this.now() - migrating} ms`);
      // What we wrote ourselves needs no new check.
      this.checkedFile = this.fileStamp();
      return;
    }
    this.checkedFile = stamp;
  }

  private fileStamp(): string {
    const st = statSync(this.paths.db);
    return `${st.size}:${st.mtimeMs}`;
  }

  private damaged(problems: string[]): never {
    this.problem = {
      code: 'database_damaged',
      message: `the database ${this.paths.db} is damaged (${problems.slice(0, 3).join('; ')}). StreetOps has not changed it; restore the latest backup, and keep this file for inspection.`,
      dataDir: this.paths.dir,
    };
    this.log(this.problem.message);
    this.emit('session.changed', { state: 'unavailable' });
    throw new ApiError('unavailable', this.problem.message, [{ path: 'problem', message: this.problem.code }]);
  }

  private sweep(): void {
    if (this.sessions.sweep(this.now()) > 0 && this.sessions.size === 0) {
      this.closeDb();
      this.emit('session.changed', { state: 'locked' });
    }
  }

  private closeDb(): void {
    const db = this.db;
    this.db = null;
    void this.pool?.close();
    void this.interactivePool?.close();
    this.spare?.close();
    this.pool = null;
    this.interactivePool = null;
    this.spare = null;
    this.jobs.clear();
    try {
      if (db) {
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } catch (err) {
          // A full disk can refuse the checkpoint; the WAL keeps every committed write for the next open.
          this.log(`checkpoint on lock skipped: ${err instanceof Error ? err.message : String(err)}`);
        }
        db.close();
        // What we wrote ourselves needs no new check at the next unlock; a file changed by anything else does.
        if (this.checkedFile) this.checkedFile = this.fileStamp();
      }
    } finally {
      this.masterKey?.fill(0);
      this.masterKey = null;
      if (this.sweeper) clearInterval(this.sweeper);
      this.sweeper = null;
      if (this.backupTimer) clearInterval(this.backupTimer);
      this.backupTimer = null;
      if (this.chaseTimer) clearInterval(this.chaseTimer);
      this.chaseTimer = null;
      if (this.deviceTimer) clearInterval(this.deviceTimer);
      this.deviceTimer = null;
    }
  }

  private heavy<M extends ReadTaskName>(task: M, input: ApiParsedInput<M>, user: UserView, now: number, jobKind?: JobProgress['kind']): Promise<ApiOutput<M>> {
    const pool = INTERACTIVE_TASKS.has(task) ? this.interactivePool : this.pool;
    if (!pool) return Promise.reject(new ApiError('not_ready', 'the street database is locked'));
    if (!jobKind) return pool.run<ApiOutput<M>>(task, input, { now, user }).result;
    const job = new JobReporter(jobKind, (p) => this.emit('job.progress', p), user.id);
    const handle = pool.run<ApiOutput<M>>(task, input, { now, user }, (fraction, stage) => job.progress(fraction, stage));
    return this.followJob(job, handle, user);
  }

  /** Keeps a running task cancellable by its user and reports how it ended. */
  private followJob<T>(job: JobReporter, handle: { result: Promise<T>; cancel(): void }, user: UserView): Promise<T> {
    this.jobs.set(job.jobId, { userId: user.id, cancel: handle.cancel });
    job.progress(0, 'queued');
    return handle.result.then(
      (value) => {
        this.jobs.delete(job.jobId);
        job.finish('done');
        return value;
      },
      (err: unknown) => {
        this.jobs.delete(job.jobId);
        const cancelled = err instanceof ApiError && err.code === 'cancelled';
        job.finish(cancelled ? 'cancelled' : 'failed', err instanceof Error ? err.message : String(err));
        throw err;
      },
    );
  }

  /** Where a job's own thread comes from: the spare when one is kept, else a thread started for it. */
  private jobWorkers(): WorkerEntry | SpareWorker {
    return this.spare ?? coreWorkerEntry(this.options.workerEntry);
  }

  /** A register import's commit: its own worker and read-write connection, an 'import' job its user may cancel. */
  private commitImport(input: ImportCommitInput, user: UserView, now: number): Promise<ImportCommitResult> {
    if (!this.db || !this.masterKey) return Promise.reject(new ApiError('not_ready', 'the street database is locked'));
    const job = new JobReporter('import', (p) => this.emit('job.progress', p), user.id);
    const handle = commitImportInWorker(
      this.jobWorkers(),
      { dbFile: this.paths.db, keyHex: this.masterKey.toString('hex'), nativeBinding: this.options.nativeBinding ?? null, input, user, now },
      (fraction, stage) => job.progress(fraction, stage),
      this.log,
    );
    return this.followJob(job, handle, user);
  }

  /** A GIS import's commit: its own worker and read-write connection, an 'import' job its user may cancel. */
  private commitGis(input: GisCommitInput, checked: CheckedPreview, user: UserView, now: number): Promise<GisCommitDone> {
    if (!this.db || !this.masterKey) return Promise.reject(new ApiError('not_ready', 'the street database is locked'));
    const job = new JobReporter('import', (p) => this.emit('job.progress', p), user.id);
    const handle = commitGisInWorker(
      this.jobWorkers(),
      { dbFile: this.paths.db, keyHex: this.masterKey.toString('hex'), nativeBinding: this.options.nativeBinding ?? null, input, checked, user, now },
      (fraction, stage) => job.progress(fraction, stage),
      this.log,
    );
    return this.followJob(job, handle, user);
  }

  /** A backup into the configured folder, written in a worker; one at a time. */
  private backup(trigger: 'manual' | 'schedule', user: UserView | null): Promise<BackupRunView> {
    if (!this.db || !this.masterKey) return Promise.reject(new ApiError('not_ready', 'the street database is locked'));
    if (this.backingUp) return Promise.reject(new ApiError('conflict', 'a backup is being written; wait for it to finish'));
    const db = this.db;
    const keyHex = this.masterKey.toString('hex');
    const job = new JobReporter('backup', (p) => this.emit('job.progress', p), user?.id);
    job.progress(0, 'start');
    const run = runBackup({
      db,
      now: this.now,
      trigger,
      userId: user?.id ?? null,
      log: this.log,
      write: (folder, names) =>
        backupInWorker(
          this.jobWorkers(),
          { dbFile: this.paths.db, keyringFile: this.paths.keyring, keyHex, nativeBinding: this.options.nativeBinding ?? null, folder, names },
          (fraction, stage) => job.progress(fraction, stage),
        ),
    }).then(
      (view) => {
        this.backingUp = null;
        job.finish(view.ok ? 'done' : 'failed', view.problem ?? undefined);
        return view;
      },
      (err: unknown) => {
        this.backingUp = null;
        job.finish('failed', err instanceof Error ? err.message : String(err));
        throw err;
      },
    );
    this.backingUp = run;
    return run;
  }

  /** The minute timer: starts the daily backup when it is due (only while a street is open). */
  private scheduledBackup(): void {
    const db = this.db;
    if (!db || this.backingUp) return;
    try {
      if (!scheduledBackupDue(backupSettings(db), lastScheduled(db), this.now())) return;
    } catch (err) {
      this.log(`backup schedule check failed: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    this.backup('schedule', null).catch((err: unknown) => this.log(`scheduled backup failed: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** For tests and shells: runs the schedule check now instead of at the next minute. */
  checkBackupSchedule(): Promise<BackupRunView | null> {
    this.scheduledBackup();
    return this.backingUp ?? Promise.resolve(null);
  }

  /** The minute timer's deadline chase, by the core's clock (also for tests and shells): warnings, 督办 and their notices. */
  checkDeadlines(): ChaseResult | null {
    const db = this.db;
    if (!db) return null;
    try {
      const now = this.now();
      const result = runChase(db, now);
      for (const s of result.supervised) this.emit('case.changed', { caseId: s.caseId, status: s.status, gridId: s.gridId, at: now });
      if (result.notified.length > 0) this.emit('notification.changed', { userIds: result.notified, at: now });
      // 三会一课 due and missed: one notice each, on the same minute timer and clock.
      const meetings = runMeetingReminders(db, now);
      if (meetings.notified.length > 0) this.emit('notification.changed', { userIds: meetings.notified, at: now });
      return result;
    } catch (err) {
      this.log(`deadline chase failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  call(method: string, input: unknown, token: string | null, origin: CallOrigin = { source: 'local' }) {
    return dispatch(
      {
        context: (t) => {
          const now = this.now();
          this.sweep();
          const session = this.sessions.get(t, now);
          if (session) this.sessions.touch(session, now);
          return {
            now,
            origin,
            session,
            auth: this.auth,
            accounts: this.accounts,
            heavy: (task, taskInput, jobKind) => {
              if (!session) return Promise.reject(new ApiError('unauthorized', 'this call needs an unlocked session'));
              return this.heavy(task, taskInput, session.user, now, jobKind);
            },
            commitImport: (importInput) => {
              if (!session) return Promise.reject(new ApiError('unauthorized', 'this call needs an unlocked session'));
              return this.commitImport(importInput, session.user, now);
            },
            commitGis: (gisInput, checked) => {
              if (!session) return Promise.reject(new ApiError('unauthorized', 'this call needs an unlocked session'));
              return this.commitGis(gisInput, checked, session.user, now);
            },
            backup: () => {
              if (!session) return Promise.reject(new ApiError('unauthorized', 'this call needs an unlocked session'));
              return this.backup('manual', session.user);
            },
            cancelJob: (jobId) => {
              const job = this.jobs.get(jobId);
              if (!job || !session || job.userId !== session.user.id) return false;
              job.cancel();
              return true;
            },
            emit: (name, payload) => this.emit(name, payload),
            devices: this.devices,
            log: (line) => this.log(line),
            nativeBinding: this.options.nativeBinding ?? null,
            db: () => {
              if (!this.db) throw new ApiError('not_ready', 'the street database is locked');
              return this.db;
            },
          };
        },
        log: this.log,
      },
      method,
      input,
      token,
    );
  }

  hasSession(token: string | null): boolean {
    return this.sessions.get(token, this.now()) !== null;
  }

  subscribe(listener: (event: PushedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ready(): Promise<void> {
    return this.preparing;
  }

  async close(): Promise<void> {
    await this.preparing.catch(() => undefined);
    this.sessions.clear();
    this.closeDb();
    this.listeners.clear();
  }
}

/** A core that has not looked at its data directory yet: start() does (and begins a first start's demo generation). */
export interface UnstartedCore extends CoreHandle {
  start(): void;
}

/** For a shell that must be listening before generation begins (the browser shell: a port in use must not leave a half-made street). */
/** Reads a console makes while someone waits at the map: short, and never queued behind an export or a briefing. */
const INTERACTIVE_TASKS: ReadonlySet<ReadTaskName> = new Set<ReadTaskName>(['map.base', 'thematic.grids', 'thematic.caseHeat', 'coverage.compute']);

export function createCore(options: CoreOptions): UnstartedCore {
  return new Core(options);
}

/** The core with its backup schedule reachable (tests run it without waiting for the minute timer). */
export interface StreetCore extends CoreHandle {
  /** Starts the daily backup now if it is due; answers its run, or null. */
  checkBackupSchedule(): Promise<BackupRunView | null>;
  /** Runs the deadline chase now instead of at the next minute; null while locked. */
  checkDeadlines(): ChaseResult | null;
}

export async function startCore(options: CoreOptions): Promise<StreetCore> {
  const core = new Core(options);
  core.start();
  return core;
}
