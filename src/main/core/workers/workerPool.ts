// The query thread's side of the core workers: a few threads (one fewer than the cores,
// at least one, at most four), each with its own read-only connection, started on the
// first heavy call after unlock and terminated when the street is locked. Tasks queue for a free thread; a
// cancelled task's thread is terminated (a read leaves nothing behind) and replaced on demand.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorShape } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import type { ReadWorkerData, TaskReply, TaskRequest } from './messages';
import type { ReadTaskName } from './readTasks';
import type { WorkerEntry } from './workerEntry';

export interface PoolOptions {
  entry: WorkerEntry;
  dbFile: string;
  key: Buffer;
  nativeBinding?: string;
  size?: number;
  log(line: string): void;
}

export interface TaskHandle<T> {
  result: Promise<T>;
  cancel(): void;
}

interface Pending {
  req: TaskRequest;
  onProgress: (fraction: number, stage: string) => void;
  resolve(value: unknown): void;
  reject(err: ApiError): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: Pending | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly keyHex: string;
  private readonly size: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.keyHex = options.key.toString('hex');
    // Threads start on demand: most sessions never make a heavy call, and tests unlock many streets.
    this.size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  }

  private spawn(): Slot {
    const data: ReadWorkerData = { mode: 'read', dbFile: this.options.dbFile, keyHex: this.keyHex, nativeBinding: this.options.nativeBinding ?? null };
    const { entry } = this.options;
    const worker = entry.kind === 'url' ? new Worker(entry.url, { workerData: data }) : new Worker(entry.source, { eval: true, workerData: data });
    worker.unref();
    let markReady: () => void = () => undefined;
    const slot: Slot = { worker, busy: null, ready: new Promise<void>((r) => (markReady = r)) };
    worker.on('message', (m: TaskReply) => {
      if (m.id === 0) return markReady();
      const p = slot.busy;
      if (!p || p.req.id !== m.id) return;
      if (m.kind === 'progress') return p.onProgress(m.fraction, m.stage);
      slot.busy = null;
      if (m.kind === 'done') p.resolve(m.result);
      else p.reject(this.publicError(m.error, p.req.task));
      this.pump();
    });
    worker.on('error', (err) => {
      this.options.log(`core worker failed: ${err.message}`);
      this.drop(slot, new ApiError('internal', 'internal error; see the application log'));
    });
    worker.on('exit', () => this.drop(slot, new ApiError('internal', 'a worker stopped unexpectedly; see the application log')));
    return slot;
  }

  private publicError(error: ApiErrorShape, task: string): ApiError {
    if (error.code !== 'internal') return new ApiError(error.code, error.message, error.details);
    this.options.log(`${task}: ${error.message}`);
    return new ApiError('internal', 'internal error; see the application log');
  }

  /** A thread is gone (terminated, crashed): its task fails, the slot is freed. */
  private drop(slot: Slot, err: ApiError): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    const p = slot.busy;
    slot.busy = null;
    if (p) p.reject(err);
    if (!this.closed) this.pump();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.busy = p;
      const s = slot;
      void s.ready.then(() => s.worker.postMessage(p.req));
    }
  }

  run<T>(task: ReadTaskName, input: unknown, env: { now: number; user: UserView }, onProgress: (fraction: number, stage: string) => void = () => undefined): TaskHandle<T> {
    if (this.closed) return { result: Promise.reject(new ApiError('not_ready', 'the street database is locked')), cancel: () => undefined };
    const req: TaskRequest = { id: this.nextId++, task, input, now: env.now, user: env.user };
    let pending!: Pending;
    const result = new Promise<T>((resolve, reject) => {
      pending = { req, onProgress, resolve: (v) => resolve(v as T), reject };
    });
    this.queue.push(pending);
    this.pump();
    return {
      result,
      cancel: () => {
        const queued = this.queue.indexOf(pending);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          pending.reject(new ApiError('cancelled', `${task} was cancelled`));
          return;
        }
        const slot = this.slots.find((s) => s.busy === pending);
        if (!slot) return;
        // Out of the pool first, so no new task is posted to a thread that is going away.
        this.slots.splice(this.slots.indexOf(slot), 1);
        slot.busy = null;
        pending.reject(new ApiError('cancelled', `${task} was cancelled`));
        void slot.worker.terminate();
        this.pump();
      },
    };
  }

  /** Starts one thread now (if none runs), so the first task finds it ready. */
  warm(): void {
    if (this.closed || this.slots.length > 0) return;
    this.slots.push(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ApiError('not_ready', 'the street was locked'));
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.busy) s.busy.reject(new ApiError('not_ready', 'the street was locked'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
