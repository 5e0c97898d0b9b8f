// One core worker thread started ahead of need. Loading the bundled core in a new thread
// takes seconds (4.5–5.7 s measured under load), and an import's commit, a backup or a
// device file each ran in a thread started on the click. The spare waits in 'standby' mode,
// with no key and no connection, until it is handed its job's data; a new spare starts when
// the taken one has ended, so two jobs in a row both find one.
import { Worker } from 'node:worker_threads';
import type { StandbyWorkerData } from './messages';
import { type WorkerEntry } from './workerEntry';

export class SpareWorker {
  readonly kind = 'spare';
  private waiting: Worker | null = null;
  private closed = false;

  constructor(readonly entry: WorkerEntry) {
    this.refill();
  }

  /** A thread running `data`'s job: the spare if one is up, else a new one. */
  launch(data: object): Worker {
    const spare = this.waiting;
    if (!spare) return startWorker(this.entry, data);
    this.waiting = null;
    spare.removeAllListeners('error');
    spare.removeAllListeners('exit');
    spare.postMessage(data);
    spare.once('exit', () => this.refill());
    return spare;
  }

  /** The thread waiting for a job, if one is (for tests and the log). */
  get standing(): Worker | null {
    return this.waiting;
  }

  close(): void {
    this.closed = true;
    void this.waiting?.terminate();
    this.waiting = null;
  }

  private refill(): void {
    if (this.closed || this.waiting) return;
    const standby: StandbyWorkerData = { mode: 'standby' };
    const worker = startWorker(this.entry, standby);
    // A spare that fails to start is simply not there: the next job starts its own thread.
    worker.once('error', () => {
      if (this.waiting === worker) this.waiting = null;
    });
    worker.once('exit', () => {
      if (this.waiting === worker) this.waiting = null;
    });
    // It must not keep the process alive on its own.
    worker.unref();
    this.waiting = worker;
  }
}

function startWorker(entry: WorkerEntry, data: object): Worker {
  return entry.kind === 'url' ? new Worker(entry.url, { workerData: data }) : new Worker(entry.source, { eval: true, workerData: data });
}

/** A job's thread: from the spare when the core keeps one, else started now. */
export function launchCoreWorker(from: WorkerEntry | SpareWorker, data: object): Worker {
  if (from.kind === 'spare') {
    const worker = from.launch(data);
    // Taken from standby it was unref'd; a running job keeps the process alive as any other.
    worker.ref();
    return worker;
  }
  return startWorker(from, data);
}
