// Small numbers on shared screens (issue #14 item 4): no building or grid cell with fewer than
// k vulnerable residents is shown, nor one that could be worked out from a shown total; k is
// an administrator's setting (default 5) and the shared care figure obeys it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareSettingsView } from '../../src/shared/care';
import { sharedCareFigure } from '../../src/main/core/care/careFigure';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type StreetCore } from '../../src/main/core/index';
import { shownCount, smallNumberK, suppressSmall } from '../../src/main/core/privacy/smallNumbers';
import { err, ok } from '../helpers/apiResult';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';

const cells = (...counts: number[]) => counts.map((count, key) => ({ key, count }));

describe('suppressSmall', () => {
  it('hides every cell from 1 to k-1 and keeps zeros and cells of k or more', () => {
    const out = suppressSmall(cells(0, 1, 4, 5, 12, 3), 5);
    expect(out.cells.map((c) => c.count)).toEqual([0, null, null, 5, 12, null]);
    expect(out.hidden).toBe(3);
    expect(out.total).toBe(25);
  });

  it('a lone hidden cell takes the next smallest with it, so the total does not give it away', () => {
    const out = suppressSmall(cells(20, 2, 7, 9), 5);
    expect(out.cells.map((c) => c.count)).toEqual([20, null, null, 9]);
    // Without a total beside the cells there is nothing to subtract from.
    expect(suppressSmall(cells(20, 2, 7, 9), 5, false).cells.map((c) => c.count)).toEqual([20, null, 7, 9]);
  });

  it('exactly k is shown, k-1 is not; a total under k is itself hidden', () => {
    expect(shownCount(5, 5)).toBe(5);
    expect(shownCount(4, 5)).toBeNull();
    expect(shownCount(0, 5)).toBe(0);
    expect(suppressSmall(cells(1, 2), 5).total).toBeNull();
  });
});

describe('the shared care figure with the office setting', () => {
  let core: StreetCore;
  let remove: () => void;
  let db: Db;
  let admin = '';
  let community = '';
  beforeAll(async () => {
    const copy = await demoStreetCopy();
    remove = copy.remove;
    core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
    admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    community = ok<{ token: string }>(await core.call('auth.unlock', { username: 'community', password: 'streetops' }, null)).token;
    db = await openStreetReadonly(copy.dir);
  });
  afterAll(async () => {
    await core.close();
    db.close();
    remove();
  });

  it('no grid cell under k, at the default k and after an administrator raises it', async () => {
    expect(smallNumberK(db)).toBe(5);
    const check = (k: number) => {
      const figure = sharedCareFigure(db, TEST_ANCHOR, null);
      expect(figure.k).toBe(k);
      for (const g of figure.grids) {
        for (const n of [g.residents, g.overdue]) if (n !== null) expect(n === 0 || n >= k, `grid ${g.gridId}: ${n}`).toBe(true);
      }
      return figure;
    };
    const at5 = check(5);
    expect(at5.grids.length).toBeGreaterThan(5);
    expect(err(await core.call('care.saveSettings', { smallNumberK: 1 }, admin)).details?.[0]?.path).toBe('smallNumberK');
    expect(err(await core.call('care.saveSettings', { smallNumberK: 20 }, community)).code).toBe('unauthorized');
    expect(ok<CareSettingsView>(await core.call('care.saveSettings', { smallNumberK: 20 }, admin)).smallNumberK).toBe(20);
    const at20 = check(20);
    // The demo's grids hold 5–19 overdue visits here and there: hidden at 20, shown at 5.
    const hidden = (f: typeof at5) => f.grids.filter((g) => g.residents === null || g.overdue === null).length;
    expect(hidden(at20)).toBeGreaterThan(hidden(at5));
  });
});
