// The commit reuses the preview's plan (planCache.ts) only while nothing changed: right after
// the preview it writes without reading the workbook again (no 'match' stage); after a write
// to the register it plans again, so a row the write made a conflict is refused as a stale
// preview instead of written over the change; another importer's commit plans again too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import type { PushedEvent } from '../../src/shared/events';
import type { ImportCommitResult, ImportPreview } from '../../src/shared/registerImport';
import type { RegisterWriteResult } from '../../src/shared/registers';
import type { JobProgress, UnlockResult } from '../../src/shared/views';
import type { Db } from '../../src/main/core/db/database';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';
import { communityRegisterWorkbook, type RegisterWorkbook } from '../helpers/streetRegister';

let core: CoreHandle;
let remove: () => void;
let db: Db;
let book: RegisterWorkbook;
const tokens: Record<string, string> = {};
const stages: string[] = [];

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  db = await openStreetReadonly(copy.dir);
  book = await communityRegisterWorkbook(db, 1, { changedPhoneEvery: 5, newResidentEvery: 10, households: 60 });
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  core.subscribe((e: PushedEvent) => {
    const p = e.payload as JobProgress;
    if (e.name === 'job.progress' && p.kind === 'import' && p.stage) stages.push(p.stage);
  });
  for (const username of ['admin', 'community']) tokens[username] = ok<UnlockResult>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
}, 120_000);
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

const input = (extra: Record<string, unknown> = {}) => ({ register: 'residents', communityId: 1, file: { name: '居民台账.xlsx', base64: book.bytes.toString('base64') }, ...extra });
const preview = async (token = tokens.admin!) => ok<ImportPreview>(await core.call('register.import.preview', input(), token));
const commit = (digest: string, token = tokens.admin!) => {
  stages.length = 0;
  return core.call('register.import.commit', input({ digest }), token);
};
/** A resident of the workbook's first household (the workbook lists the community's households in id order). */
const inFile = () =>
  db.prepare(`SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = 1 ORDER BY h.id, r.id LIMIT 1`).pluck().get() as number;

describe('the preview’s plan kept for the commit', () => {
  it('is planned again after a write to the register: a row the write made a conflict is refused, not written over it', async () => {
    const seen = await preview();
    expect(seen.totals.conflict).toBe(0);
    ok<RegisterWriteResult>(await core.call('resident.update', { id: inFile(), name: '改名测试' }, tokens.admin!));
    const refused = err(await commit(seen.digest));
    expect(refused).toMatchObject({ code: 'conflict', details: [{ reason: 'stale_preview' }] });
    expect(stages).toContain('match');
    expect(db.prepare('SELECT name FROM resident WHERE id = ?').pluck().get(inFile())).toBe('改名测试');
  }, 300_000);

  it('is planned again when another user commits the preview', async () => {
    const seen = await preview();
    const done = ok<ImportCommitResult>(await commit(seen.digest, tokens.community!));
    expect(stages).toContain('match');
    expect(done).toMatchObject({ added: seen.totals.new, updated: seen.totals.updated });
  }, 300_000);

  it('is written as previewed, without reading the workbook again, when nothing changed', async () => {
    // The file again, phones changed once more, so there is something to write.
    book = await communityRegisterWorkbook(db, 1, { changedPhoneEvery: 7, newResidentEvery: 0, households: 60 });
    const seen = await preview();
    expect(seen.totals.updated).toBeGreaterThan(0);
    const done = ok<ImportCommitResult>(await commit(seen.digest));
    expect(stages).not.toContain('match');
    expect(stages).toContain('write');
    expect(done).toMatchObject({ added: seen.totals.new, updated: seen.totals.updated, unchanged: seen.totals.unchanged, notWritten: seen.totals.conflict + seen.totals.rejected + seen.totals.needsPick });
    expect((await preview()).totals.updated).toBe(0);
  }, 300_000);
});
