// Heavy reads in worker threads: the same answers as the query thread would give, fresh
// committed data, cancellation that leaves nothing behind, and no worker after lock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { computeIndicators } from '../../src/main/core/indicators/computeIndicators';
import { mapBase } from '../../src/main/core/services/mapBase';
import type { ExportedFile } from '../../src/shared/api';
import type { CategoryNode } from '../../src/shared/cases';
import type { PushedEvent } from '../../src/shared/events';
import type { IndicatorRow } from '../../src/shared/indicators';
import type { JobProgress, MapBase, UnlockResult } from '../../src/shared/views';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

const DAY = 86_400_000;
let core: CoreHandle;
let dir: string;
let remove: () => void;
let token: string;
const events: PushedEvent[] = [];

beforeAll(async () => {
  ({ dir, remove } = await demoStreetCopy());
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  core.subscribe((e) => events.push(e));
  token = ok<UnlockResult>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core.close();
  remove();
});

const year = { from: TEST_ANCHOR - 365 * DAY, to: TEST_ANCHOR };

describe('heavy reads in worker threads', () => {
  it('answer exactly what the computation gives on the query thread', async () => {
    const fromWorker = ok<IndicatorRow[]>(await core.call('indicators.compute', { ...year, groupBy: 'grid' }, token));
    const db = await openStreetReadonly(dir);
    const direct = computeIndicators(db, { ...year, groupBy: 'grid' }, TEST_ANCHOR);
    db.close();
    expect(fromWorker).toEqual(direct);
  });

  it("give the map's first payload as the query thread would, with a case reported a moment before", async () => {
    const before = ok<MapBase>(await core.call('map.base', {}, token));
    const db = await openStreetReadonly(dir);
    try {
      expect(before).toEqual(mapBase(db, TEST_ANCHOR));
      const categoryId = ok<CategoryNode[]>(await core.call('case.categories', {}, token)).filter((c) => c.caseClass === 'event')[0]!.children[0]!.id;
      const [lng, lat] = before.gridLabels.features[0]!.geometry.coordinates;
      ok(await core.call('case.report', { source: 'patrol', categoryId, lng, lat, description: '路灯不亮，夜间行人不便' }, token));
      const gridId = db.prepare('SELECT grid_id FROM case_file ORDER BY id DESC LIMIT 1').pluck().get() as number;
      const after = ok<MapBase>(await core.call('map.base', {}, token));
      const openIn = (m: MapBase) => m.grids.features.find((f) => f.properties.id === gridId)!.properties.openCases;
      expect(openIn(after)).toBe(openIn(before) + 1);
      expect(after.street.openCases).toBe(before.street.openCases + 1);
    } finally {
      db.close();
    }
  });

  it('see what was committed a moment before', async () => {
    const period = { from: TEST_ANCHOR - DAY, to: TEST_ANCHOR + DAY };
    const before = ok<IndicatorRow[]>(await core.call('indicators.compute', period, token))[0]!;
    const categoryId = ok<CategoryNode[]>(await core.call('case.categories', {}, token)).filter((c) => c.caseClass === 'event')[0]!.children[0]!.id;
    const [lng, lat] = ok<MapBase>(await core.call('map.base', {}, token)).street.center;
    ok(await core.call('case.report', { source: 'patrol', categoryId, lng, lat, description: '井盖缺失，存在安全隐患' }, token));
    const after = ok<IndicatorRow[]>(await core.call('indicators.compute', period, token))[0]!;
    expect(after.reported).toBe(before.reported + 1);
  });

  it('a cancelled export ends as cancelled, writes no audit entry, and the next export works', async () => {
    events.length = 0;
    const auditBefore = await ledgerAudits();
    let cancelled: ReturnType<CoreHandle['call']> | null = null;
    const off = core.subscribe((e) => {
      if (e.name !== 'job.progress' || cancelled) return;
      const job = e.payload as JobProgress;
      if (job.kind === 'export' && job.state === 'running') cancelled = core.call('job.cancel', { jobId: job.jobId }, token);
    });
    const refused = err(await core.call('ledger.export', year, token));
    off();
    expect(refused.code).toBe('cancelled');
    expect(ok<{ cancelled: boolean }>(await cancelled!)).toEqual({ cancelled: true });
    const states = events.filter((e) => e.name === 'job.progress').map((e) => (e.payload as JobProgress).state);
    expect(states.at(-1)).toBe('cancelled');
    expect(await ledgerAudits()).toBe(auditBefore);
    const file = ok<ExportedFile>(await core.call('ledger.export', { from: TEST_ANCHOR - 30 * DAY, to: TEST_ANCHOR }, token));
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await ledgerAudits()).toBe(auditBefore + 1);
  });

  it("answer the map while a year's ledger export holds the general workers", async () => {
    let exportDone = false;
    let jobId: string | null = null;
    const off = core.subscribe((e) => {
      const job = e.payload as JobProgress;
      if (e.name === 'job.progress' && job.kind === 'export' && job.state === 'running') jobId ??= job.jobId;
    });
    const exporting = core.call('ledger.export', year, token).then((r) => {
      exportDone = true;
      return r;
    });
    await expect.poll(() => jobId, { timeout: 30_000 }).not.toBeNull();
    ok<MapBase>(await core.call('map.base', {}, token));
    // The interactive lane answered although the export had the general lane's only thread (2 cores here).
    expect(exportDone).toBe(false);
    ok(await core.call('job.cancel', { jobId: jobId! }, token));
    await exporting;
    off();
  });

  it('only the user who started a job may cancel it', async () => {
    const leader = ok<UnlockResult>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
    let jobId = '';
    const off = core.subscribe((e) => {
      if (e.name === 'job.progress' && !jobId) jobId = (e.payload as JobProgress).jobId;
    });
    const pending = core.call('briefing.build', { from: TEST_ANCHOR - 30 * DAY, to: TEST_ANCHOR, scope: { kind: 'street' } }, token);
    expect(jobId).not.toBe('');
    expect(ok<{ cancelled: boolean }>(await core.call('job.cancel', { jobId }, leader))).toEqual({ cancelled: false });
    off();
    expect((await pending).ok).toBe(true);
  });

  it('after the last lock no worker answers', async () => {
    const other = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
    const t = ok<UnlockResult>(await other.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    ok(await other.call('grid.validate', {}, t));
    await other.call('auth.lock', {}, t);
    expect(err(await other.call('grid.validate', {}, t)).code).toBe('unauthorized');
    await other.close();
  });
});

async function ledgerAudits(): Promise<number> {
  const db = await openStreetReadonly(dir);
  const n = db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'ledger.export'`).pluck().get() as number;
  db.close();
  return n;
}
