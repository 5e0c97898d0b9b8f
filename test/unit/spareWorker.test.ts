// The spare core thread: loaded ahead of need, handed its job's data as a message, and
// replaced once that job's thread has ended.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { MigrateReply } from '../../src/main/core/workers/messages';
import { launchCoreWorker, SpareWorker } from '../../src/main/core/workers/spareWorker';
import { coreWorkerEntry } from '../../src/main/core/workers/workerEntry';

let spare: SpareWorker | null = null;
afterEach(() => spare?.close());

/** A job that ends quickly and says so: migrating a file that does not exist fails with its path. */
const job = { mode: 'migrate', dbFile: '/nonexistent/streetops.db', keyHex: '00'.repeat(32), nativeBinding: null };

describe('spare core worker', () => {
  it('runs a job in the thread that was waiting, then starts another spare', async () => {
    spare = new SpareWorker(coreWorkerEntry(undefined));
    const waiting = spare.standing;
    expect(waiting).not.toBeNull();
    const worker = launchCoreWorker(spare, job);
    expect(worker).toBe(waiting);
    expect(spare.standing).toBeNull();
    const [reply] = (await once(worker, 'message')) as [MigrateReply];
    expect(reply).toMatchObject({ kind: 'failed' });
    expect(reply.kind === 'failed' && reply.message).toMatch(/does not exist/);
    await worker.terminate();
    await new Promise((resolve) => setImmediate(resolve));
    expect(spare.standing).not.toBeNull();
    expect(spare.standing).not.toBe(waiting);
  });

  it('starts a thread of its own for a job when none is waiting, and none after closing', async () => {
    spare = new SpareWorker(coreWorkerEntry(undefined));
    const first = launchCoreWorker(spare, job);
    const second = launchCoreWorker(spare, job);
    expect(second).not.toBe(first);
    // Both listened to before either is awaited: a reply with no listener is lost.
    const replies = await Promise.all([first, second].map(async (w) => ((await once(w, 'message')) as [MigrateReply])[0]));
    expect(replies.map((r) => r.kind)).toEqual(['failed', 'failed']);
    await Promise.all([first, second].map((w) => w.terminate()));
    spare.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(spare.standing).toBeNull();
  });
});
