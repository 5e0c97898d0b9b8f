// The wall's Party panel and the briefing's Party slide carry the Party-work figures live and
// nothing personal: after a wish is recorded for a resident, claimed by a member and fulfilled,
// and a member registers under 双报到, the wall's delta shows the figure moved, and neither the
// wall's snapshot and delta nor the briefing deck holds those people's names or any phone number.
// The care figure (wall.care, the deck's care) carries counts per grid only, cells under k hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDeck } from '../../src/shared/briefing';
import type { WallDelta, WallSnapshot } from '../../src/shared/wall';
import type { WishDetail } from '../../src/shared/wishes';
import type { SharedCareFigure } from '../../src/shared/care';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let db: Db;
let admin = '';
const call = <T>(method: string, input: unknown) => core.call(method, input, admin).then((r) => ok<T>(r));
/** An 11-digit mobile number standing alone (epoch milliseconds are 13 digits). */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

describe('Party figures on the wall and the briefing', () => {
  it('move live on the wall and carry no names or phones', async () => {
    const snap = await call<WallSnapshot>('wall.snapshot', {});
    const before = snap.party.work.wishes.fulfilled;
    const pick = (sql: string) => db.prepare(sql).get() as Record<string, number | string>;
    const resident = pick(`SELECT r.id, r.name, g.community_id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id ORDER BY r.id DESC LIMIT 1`);
    const collector = pick(`SELECT s.id FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id = ${resident.community_id} AND s.role = 'grid_worker' AND s.vacated_on IS NULL LIMIT 1`);
    const member = pick(`SELECT m.id, m.name FROM party_member m ORDER BY m.id DESC LIMIT 1`);
    const w = await call<WishDetail>('wish.record', { kind: 'service', category: 'health', title: '上门理发', residentId: resident.id, collectorStaffId: collector.id });
    await call('wish.act', { wishId: w.id, action: 'approve' });
    await call('wish.act', { wishId: w.id, action: 'publish' });
    await call('wish.act', { wishId: w.id, action: 'claim', claimant: { kind: 'member', id: member.id } });
    await call('wish.act', { wishId: w.id, action: 'fulfil', hours: 1.5, photos: [{ name: 'a.png', mime: 'image/png', dataBase64: PNG_1PX }] });
    const delta = await call<WallDelta>('wall.delta', { sinceEventId: snap.lastEventId });
    expect(delta.party.work.wishes.fulfilled).toBe(before + 1);
    const again = await call<WallSnapshot>('wall.snapshot', {});
    expect(again.party.work.wishes.fulfilled).toBe(before + 1);
    const community = await call<WallSnapshot>('wall.snapshot', { communityId: resident.community_id });
    expect(community.party.work.wishes.fulfilled).toBeLessThanOrEqual(again.party.work.wishes.fulfilled);
    const deck = await call<BriefingDeck>('briefing.build', { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR + 86_400_000, scope: { kind: 'street' } });
    expect(deck.party.work.wishes.fulfilled).toBeGreaterThanOrEqual(1);

    // Names of everyone this Party work touches: the resident, claimants and registered members, wish collectors.
    const names = new Set<string>([String(resident.name), String(member.name)]);
    for (const n of db.prepare(`SELECT m.name FROM party_member m WHERE m.id IN (SELECT member_id FROM dual_report UNION SELECT claimant_id FROM micro_wish WHERE claimant_kind = 'member' UNION SELECT member_id FROM service_record)`).pluck().all() as string[]) names.add(n);
    for (const n of db.prepare('SELECT r.name FROM resident r WHERE r.id IN (SELECT resident_id FROM micro_wish)').pluck().all() as string[]) names.add(n);
    for (const [what, payload] of [['wall.snapshot', again.party], ['wall.delta', delta.party], ['community wall', community.party], ['briefing party', deck.party]] as const) {
      const text = JSON.stringify(payload);
      expect(text, what).not.toMatch(PHONE);
      for (const n of names) if (Array.from(n).length >= 2) expect(text.includes(n), `${what} carries the name ${n}`).toBe(false);
    }
    // The whole wall and deck: no phone anywhere.
    expect(JSON.stringify(again)).not.toMatch(PHONE);
    expect(JSON.stringify(deck)).not.toMatch(PHONE);
  });

  it('carry the care figure as counts per grid: no resident, visitor or address, no cell under k', async () => {
    // k raised so that the demo's grids have cells to hide (at 5 their overdue counts are 0 or more).
    await call('care.saveSettings', { smallNumberK: 20 });
    const wallCare = await call<SharedCareFigure>('wall.care', {});
    const deck = await call<BriefingDeck>('briefing.build', { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR + 86_400_000, scope: { kind: 'street' } });
    const communityId = db.prepare('SELECT id FROM community ORDER BY code LIMIT 1').pluck().get() as number;
    const communityCare = await call<SharedCareFigure>('wall.care', { communityId });
    expect(wallCare.grids.length).toBeGreaterThan(1);
    expect(wallCare.overdue).not.toBeNull();
    expect(deck.care.k).toBe(wallCare.k);
    expect(deck.care.grids.map((g) => g.gridId)).toEqual(wallCare.grids.map((g) => g.gridId));
    expect(communityCare.grids.length).toBeLessThan(wallCare.grids.length);
    expect(wallCare.k).toBe(20);
    expect(wallCare.grids.some((g) => g.overdue === null || g.residents === null || g.dueSoon === null)).toBe(true);
    for (const f of [wallCare, deck.care, communityCare]) {
      for (const g of f.grids) for (const n of [g.residents, g.overdue, g.dueSoon]) if (n !== null) expect(n === 0 || n >= f.k, `grid ${g.gridId}: ${n} under k ${f.k}`).toBe(true);
      expect(Object.keys(f.grids[0]!).sort()).toEqual(['dueSoon', 'gridId', 'gridName', 'overdue', 'residents']);
    }
    // Everyone the care figure is about, or who visits them, and where they live.
    const words = new Set<string>();
    for (const r of db.prepare(`SELECT r.name, h.address FROM resident r JOIN household h ON h.id = r.household_id WHERE r.tags <> '[]'`).all() as { name: string; address: string }[]) {
      words.add(r.name);
      words.add(r.address);
    }
    for (const n of db.prepare(`SELECT name FROM grid_staff WHERE role IN ('building_head', 'grid_worker')`).pluck().all() as string[]) words.add(n);
    for (const [what, payload] of [['wall.care', wallCare], ['community wall.care', communityCare], ['briefing care', deck.care]] as const) {
      const text = JSON.stringify(payload);
      expect(text, what).not.toMatch(PHONE);
      for (const w of words) if (Array.from(w).length >= 2) expect(text.includes(w), `${what} carries ${w}`).toBe(false);
    }
  });
});
