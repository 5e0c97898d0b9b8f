// Progress reporting, cooperative yielding and cancellation for the demo generator.
// better-sqlite3 is synchronous, so the generator works in chunks and yields to the event
// loop between them; that is also where it notices an abort.
import type { Db } from '../db/database';

export type Tick = (fraction: number) => Promise<void>;

export class Progress {
  constructor(
    private readonly onProgress: ((fraction: number, stage: string) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** A tick function for one stage spanning [from, to] of the whole run. */
  stage(name: string, from: number, to: number): Tick {
    return async (fraction: number) => {
      this.onProgress?.(from + (to - from) * Math.min(1, Math.max(0, fraction)), name);
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.signal?.throwIfAborted();
    };
  }
}

/** Runs `write` over items in transactions of `chunk` rows, ticking between them. */
export async function writeChunked<T>(db: Db, items: readonly T[], write: (item: T) => void, tick: Tick, chunk = 10_000): Promise<void> {
  const run = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) write(items[i]!);
  });
  for (let from = 0; from < items.length; from += chunk) {
    run(from, Math.min(items.length, from + chunk));
    await tick(Math.min(1, (from + chunk) / items.length));
  }
  if (items.length === 0) await tick(1);
}
