// An import's commit is all or nothing even when it does not end well: a write that fails
// half-way, or the whole process killed with SIGKILL in the middle of its writes, leaves
// every table of the street as it was before the commit began. Both through the core as a
// shell runs it (an administrator's session, the commit in the core's worker thread on its
// own connection), on a real encrypted demo street.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore } from '../../src/main/core/index';
import type { ImportPreview } from '../../src/shared/registerImport';
import type { JobProgress } from '../../src/shared/views';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { communityRegisterWorkbook } from '../helpers/streetRegister';
import { tableDigests } from '../helpers/tableDigests';

const COMMUNITY = 1;
let dir: string;
let remove: () => void;

beforeEach(async () => {
  ({ dir, remove } = await demoStreetCopy());
});
afterEach(() => remove());

async function digestsNow(): Promise<Record<string, string>> {
  const db = await openStreetReadonly(dir);
  try {
    return tableDigests(db);
  } finally {
    db.close();
  }
}

describe('an import that does not finish', () => {
  it('a commit whose writes fail half-way leaves every table as before', async () => {
    const logged: string[] = [];
    const core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR, minuteTimers: false, log: (line) => logged.push(line) });
    try {
      const unlocked = await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null);
      if (!unlocked.ok) throw new Error(unlocked.error.message);
      const token = (unlocked.result as { token: string }).token;
      const reader = await openStreetReadonly(dir);
      const book = await communityRegisterWorkbook(reader, COMMUNITY, { changedPhoneEvery: 2, newResidentEvery: 4, households: 800 });
      reader.close();
      const writes = book.expected.updated + book.expected.new;
      expect(book.expected.updated).toBeGreaterThan(100);
      expect(book.expected.new).toBeGreaterThan(100);

      // The forced failure: the database itself refuses the write that would record the
      // history of the middle row (every written resident gets a record_change row), as a
      // full disk or a broken constraint would. No seam in the core: a trigger in the file,
      // there before the commit starts and so part of "before".
      const key = await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops');
      const writer = openDatabase(dataPaths(dir).db, key);
      const lastChange = (writer.prepare('SELECT coalesce(max(id), 0) FROM record_change').pluck().get() as number) + Math.floor(writes / 2);
      writer.exec(`CREATE TRIGGER test_forced_failure AFTER INSERT ON record_change WHEN NEW.id > ${lastChange} BEGIN SELECT RAISE(ABORT, 'forced failure half-way'); END`);
      writer.close();

      const input = { register: 'residents', communityId: COMMUNITY, file: { name: '居民信息台账.xlsx', base64: book.bytes.toString('base64') } };
      const preview = await core.call('register.import.preview', input, token);
      if (!preview.ok) throw new Error(preview.error.message);
      expect((preview.result as ImportPreview).totals).toMatchObject({ new: book.expected.new, updated: book.expected.updated });
      const before = await digestsNow();

      let furthest = 0;
      const stop = core.subscribe((event) => {
        const p = event.payload as JobProgress;
        if (event.name === 'job.progress' && p.kind === 'import' && p.stage === 'write') furthest = Math.max(furthest, p.fraction);
      });
      const commit = await core.call('register.import.commit', { ...input, digest: (preview.result as ImportPreview).digest }, token);
      stop();
      expect(commit.ok).toBe(false);
      // It failed where it was made to, in the middle of the writes (0.4 + 0.58 × done / total).
      expect(logged.join('\n')).toContain('forced failure half-way');
      expect(furthest).toBeGreaterThan(0.6);
      expect(furthest).toBeLessThan(0.8);
      expect(await digestsNow()).toEqual(before);
    } finally {
      await core.close();
    }
  }, 300_000);

  it('a process killed with SIGKILL in the middle of a commit leaves every table as before', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../helpers/importCommitChild.ts', import.meta.url)), dir, String(COMMUNITY)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let before: Record<string, string> | null = null;
    let killedAt: number | null = null;
    const lines: unknown[] = [];
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = JSON.parse(pending.slice(0, nl)) as { before?: Record<string, string>; progress?: number; stage?: string };
        pending = pending.slice(nl + 1);
        lines.push(line);
        if (line.before) before = line.before;
        // A tenth of the way into the writes: rows are written inside the open transaction.
        if (killedAt === null && line.stage === 'write' && line.progress! >= 0.46) {
          killedAt = line.progress!;
          child.kill('SIGKILL');
        }
      }
    });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    expect(exit.signal, `the child ended on its own: ${stderr}\n${JSON.stringify(lines.slice(-3))}`).toBe('SIGKILL');
    expect(killedAt).not.toBeNull();
    expect(lines.some((l) => typeof l === 'object' && l !== null && 'done' in l)).toBe(false);
    expect(before).not.toBeNull();

    // Reopened read-write, as the next start would: SQLite drops the unfinished transaction's pages.
    const key = await unwrapMasterKey(readKeyring(dataPaths(dir).keyring), 'admin', 'streetops');
    const db = openDatabase(dataPaths(dir).db, key);
    try {
      expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    } finally {
      db.close();
    }
    expect(await digestsNow()).toEqual(before);
  }, 300_000);
});
