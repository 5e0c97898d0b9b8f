// Long work reports progress as JobProgress events, throttled so a fast loop does not
// flood every window with thousands of pushes.
import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../../shared/views';

export class JobReporter {
  readonly jobId = randomUUID();
  private lastSent = -1;
  private current: JobProgress;

  constructor(
    kind: JobProgress['kind'],
    private readonly emit: (progress: JobProgress) => void,
    userId?: number,
  ) {
    this.current = { jobId: this.jobId, kind, fraction: 0, stage: 'start', state: 'running', ...(userId === undefined ? {} : { userId }) };
  }

  get snapshot(): JobProgress {
    return this.current;
  }

  progress(fraction: number, stage: string): void {
    const f = Math.max(0, Math.min(1, fraction));
    const newStage = stage !== this.current.stage;
    this.current = { ...this.current, fraction: f, stage };
    if (Math.floor(f * 100) !== this.lastSent || newStage) {
      this.lastSent = Math.floor(f * 100);
      this.emit(this.current);
    }
  }

  finish(state: 'done' | 'failed' | 'cancelled', error?: string): void {
    this.current = { ...this.current, fraction: state === 'done' ? 1 : this.current.fraction, state, ...(error ? { error } : {}) };
    this.emit(this.current);
  }
}
