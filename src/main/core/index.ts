// The core as a plain Node library: no Electron here. Both shells (Electron IPC and the
// HTTP server) start it with startCore() and talk to it only through CoreHandle.
import { existsSync, mkdirSync } from 'node:fs';
import { ApiError } from '../../shared/errors';
import type { EventName, EventPayload, PushedEvent } from '../../shared/events';
import type { SessionStatus, UnlockResult } from '../../shared/views';
import { appendAudit } from './audit';
import { createDemoStreet } from './bootstrap';
import { dataPaths, type DataPaths } from './dataDir';
import { openDatabase, type Db } from './db/database';
import { readKeyring, sameKey, unwrapMasterKey, WrongPasswordError } from './db/keyring';
import { migrate } from './db/migrate';
import { dispatch } from './api/dispatch';
import type { AuthOps } from './api/context';
import type { CallOrigin, CoreHandle, CoreOptions } from './handle';
import { JobReporter } from './jobs/progress';
import { SessionStore } from './session/sessions';
import { DEMO_USERS, findUser } from './users';

export type { CallOrigin, CoreHandle, CoreOptions } from './handle';

class Core implements CoreHandle {
  private readonly paths: DataPaths;
  private readonly sessions = new SessionStore();
  private readonly listeners = new Set<(event: PushedEvent) => void>();
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private db: Db | null = null;
  private masterKey: Buffer | null = null;
  private preparing: Promise<void> = Promise.resolve();
  private job: JobReporter | null = null;
  private streetName: string | undefined;

  constructor(private readonly options: CoreOptions) {
    this.paths = dataPaths(options.dataDir);
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
  }

  start(): void {
    mkdirSync(this.paths.dir, { recursive: true });
    if (existsSync(this.paths.keyring)) {
      this.streetName = readKeyring(this.paths.keyring).label?.streetName;
      return;
    }
    const demo = this.options.demo;
    if (!demo) throw new Error(`no street in ${this.paths.dir} and no demo configured`);
    const job = new JobReporter('demo', (p) => this.emit('job.progress', p));
    this.job = job;
    const started = this.now();
    this.log(`first start: generating the demo street (scale ${demo.scale}, seed ${demo.seed}) in ${this.paths.dir}`);
    this.preparing = createDemoStreet({
      dataDir: this.paths.dir,
      scale: demo.scale,
      seed: demo.seed,
      anchor: started,
      users: DEMO_USERS,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      onProgress: (fraction, stage) => job.progress(fraction, stage),
    }).then(
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

  private readonly auth: AuthOps = {
    status: (token) => {
      const session = this.sessions.get(token);
      const status: SessionStatus = { state: this.job ? 'preparing' : session ? 'unlocked' : 'locked' };
      if (this.job) status.job = this.job.snapshot;
      if (session) status.user = session.user;
      if (this.streetName) status.streetName = this.streetName;
      return status;
    },
    unlock: async (username, password) => {
      if (this.job) throw new ApiError('not_ready', 'the demo street is still being prepared');
      const keyring = readKeyring(this.paths.keyring);
      let key: Buffer;
      try {
        key = await unwrapMasterKey(keyring, username, password);
      } catch (err) {
        if (err instanceof WrongPasswordError) throw new ApiError('wrong_password', 'wrong username or password; nothing was changed');
        throw err;
      }
      if (this.masterKey && !sameKey(this.masterKey, key)) throw new ApiError('internal', 'keyring and open database disagree');
      const db = this.openDb(key);
      const user = findUser(db, username);
      if (!user) throw new ApiError('wrong_password', 'wrong username or password; nothing was changed');
      const at = this.now();
      const session = this.sessions.open(user, at);
      appendAudit(db, at, { userId: user.id, action: 'auth.unlock', entity: 'app_user', entityId: user.id });
      const result: UnlockResult = { token: session.token, user, streetName: this.streetName ?? '' };
      return result;
    },
    lock: (token) => {
      const session = this.sessions.get(token);
      if (session && this.db) appendAudit(this.db, this.now(), { userId: session.user.id, action: 'auth.lock', entity: 'app_user', entityId: session.user.id });
      if (token) this.sessions.close(token);
      if (this.sessions.size === 0) this.closeDb();
      return { locked: true };
    },
  };

  private openDb(key: Buffer): Db {
    if (this.db) {
      key.fill(0);
      return this.db;
    }
    const db = openDatabase(this.paths.db, key, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    migrate(db);
    const row = db.prepare(`SELECT name FROM street LIMIT 1`).get() as { name: string } | undefined;
    this.streetName = row?.name;
    this.db = db;
    this.masterKey = key;
    return db;
  }

  private closeDb(): void {
    if (this.db) {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
    this.db = null;
    this.masterKey?.fill(0);
    this.masterKey = null;
  }

  call(method: string, input: unknown, token: string | null, origin: CallOrigin = { source: 'local' }) {
    return dispatch(
      {
        context: (t) => {
          const session = this.sessions.get(t);
          return {
            now: this.now(),
            origin,
            session,
            auth: this.auth,
            emit: (name, payload) => this.emit(name, payload),
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
    return this.sessions.get(token) !== null;
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

export async function startCore(options: CoreOptions): Promise<CoreHandle> {
  const core = new Core(options);
  core.start();
  return core;
}
