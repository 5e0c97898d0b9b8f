// The leaders' briefing deck against the scale-0.05 demo street, through the API: its
// figures are computeIndicators' figures, the previous period is the calendar month (or
// week) before, a custom run of days is compared with the equal-length days before, hot spots hold only the period's cases of the scope and are named by place,
// and nothing personal (resident, reporter, staff or Party member names, phones, ID
// numbers) is anywhere in the serialized deck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDeck, BriefingInput } from '../../src/shared/briefing';
import type { IndicatorRow } from '../../src/shared/indicators';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { computeIndicators } from '../../src/main/core/indicators/computeIndicators';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { ok } from '../helpers/apiResult';

const DAY = 86_400_000;
/** Epoch ms of Shanghai midnight on a 2026 date. */
const day = (month: number, date: number) => Date.UTC(2026, month - 1, date, -8);
const OCTOBER = { from: day(10, 1), to: day(11, 1) };

let core: CoreHandle;
let db: Db;
let remove: () => void;
let leader: string;

const build = async (input: BriefingInput) => ok<BriefingDeck>(await core.call('briefing.build', input, leader));
const communities = () => db.prepare('SELECT id, name FROM community ORDER BY code').all() as { id: number; name: string }[];

beforeAll(async () => {
  const street = await demoStreetCopy();
  remove = street.remove;
  core = await startCore({ dataDir: street.dir, now: () => TEST_ANCHOR });
  leader = ok<{ token: string }>(await core.call('auth.unlock', { username: 'leader', password: 'streetops' }, null)).token;
  const paths = dataPaths(street.dir);
  db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
});
afterAll(async () => {
  db.close();
  await core.close();
  remove();
});

describe('briefing.build', () => {
  it('gives the indicators of computeIndicators for the period and the previous calendar month', async () => {
    const deck = await build({ ...OCTOBER, scope: { kind: 'street' } });
    expect(deck.period).toEqual(OCTOBER);
    // October against all of September (30 days), not against the 31 days before it.
    expect(deck.previous).toEqual({ from: day(9, 1), to: OCTOBER.from });
    expect(deck.comparison).toBe('month');
    expect(deck.judgedAt).toBe(OCTOBER.to);
    expect(deck.scope).toMatchObject({ kind: 'street', id: null, name: deck.streetName });

    const total = (rows: IndicatorRow[]) => rows.find((r) => r.kind === 'total')!;
    const current = total(computeIndicators(db, { ...OCTOBER }, TEST_ANCHOR));
    const previous = total(computeIndicators(db, { ...deck.previous }, TEST_ANCHOR));
    expect(deck.overview.current).toEqual(current);
    expect(deck.overview.previous).toEqual(previous);
    expect(current.reported).toBeGreaterThan(50);

    const onTime = deck.overview.kpis.find((k) => k.key === 'onTimeRate')!;
    expect(onTime).toMatchObject({ current: current.onTimeRate, previous: previous.onTimeRate, delta: current.onTimeRate! - previous.onTimeRate! });
    const reported = deck.overview.kpis.find((k) => k.key === 'reported')!;
    expect(reported.relative).toBeCloseTo((current.reported - previous.reported) / previous.reported, 12);

    // Every grid's row is its row in computeIndicators; the ranking is best on-time rate first.
    const byGrid = computeIndicators(db, { ...OCTOBER, groupBy: 'grid' }, TEST_ANCHOR).filter((r) => r.kind === 'grid');
    expect([...deck.rankings.grids].sort((a, b) => a.key.localeCompare(b.key))).toEqual([...byGrid].sort((a, b) => a.key.localeCompare(b.key)));
    const rates = deck.rankings.grids.map((g) => g.onTimeRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    const byDepartment = computeIndicators(db, { ...OCTOBER, groupBy: 'department' }, TEST_ANCHOR);
    for (const d of deck.rankings.departments) expect(byDepartment).toContainEqual(d);
    expect(deck.rankings.departments.length).toBeGreaterThan(0);
    expect(deck.rankings.communities).toEqual(computeIndicators(db, { ...OCTOBER, groupBy: 'community' }, TEST_ANCHOR).filter((r) => r.kind === 'community'));

    // The other slides count the same cases: reported per category and per day add up to 上报数.
    expect(deck.categories.totalCurrent).toBe(current.reported);
    expect(deck.categories.totalPrevious).toBe(previous.reported);
    expect(deck.trend).toHaveLength(31);
    expect(deck.trend[0]!.date).toBe('2026-10-01');
    expect(deck.trend.at(-1)!.date).toBe('2026-10-31');
    expect(deck.trend.reduce((s, d) => s + d.reported, 0)).toBe(current.reported);
    expect(deck.trend.reduce((s, d) => s + d.previousReported, 0)).toBe(previous.reported);
    expect(deck.hotSpots.casesConsidered).toBe(current.reported);
  });

  it('compares a custom run of days with the equal-length window before it, and says so', async () => {
    const deck = await build({ from: day(10, 2), to: day(11, 1), scope: { kind: 'street' } });
    expect(deck.comparison).toBe('window');
    expect(deck.previous).toEqual({ from: day(9, 2), to: day(10, 2) });
  });

  it('takes a week and a community: the previous week, the community figures', async () => {
    const community = communities()[1]!;
    const week = { from: day(11, 9), to: day(11, 16) };
    const deck = await build({ ...week, scope: { kind: 'community', id: community.id } });
    expect(deck.previous).toEqual({ from: day(11, 2), to: day(11, 9) });
    expect(deck.scope).toMatchObject({ kind: 'community', id: community.id, name: community.name });
    const scope = { kind: 'community', id: community.id } as const;
    expect(deck.overview.current).toEqual(computeIndicators(db, { ...week, scope }, TEST_ANCHOR).at(-1));
    expect(deck.overview.previous).toEqual(computeIndicators(db, { from: day(11, 2), to: day(11, 9), scope }, TEST_ANCHOR).at(-1));
    expect(deck.trend.map((d) => d.date)).toEqual(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']);
    const gridIds = new Set((db.prepare('SELECT id FROM grid WHERE community_id = ?').all(community.id) as { id: number }[]).map((g) => g.id));
    expect(deck.rankings.grids.length).toBe(gridIds.size);
    for (const g of deck.rankings.grids) expect(gridIds.has(g.id!)).toBe(true);
    const gridNames = new Set(deck.rankings.grids.map((g) => g.label));
    for (const c of deck.attention.cases) expect(gridNames.has(c.gridName)).toBe(true);
  });

  it('finds hot spots only among the cases of the period and the scope, and names them by place', async () => {
    const community = communities()[0]!;
    const period = { from: day(9, 1), to: day(11, 1) };
    for (const scope of [{ kind: 'street' } as const, { kind: 'community', id: community.id } as const]) {
      const deck = await build({ ...period, scope });
      const rows = db
        .prepare(
          `SELECT cf.lng, cf.lat FROM case_file cf JOIN grid g ON g.id = cf.grid_id
            WHERE cf.reported_at >= ? AND cf.reported_at < ? AND cf.status <> 'cancelled' AND (? IS NULL OR g.community_id = ?)`,
        )
        .all(period.from, period.to, scope.kind === 'community' ? scope.id : null, scope.kind === 'community' ? scope.id : null) as { lng: number; lat: number }[];
      const inScope = new Set(rows.map((r) => `${r.lng},${r.lat}`));
      const { hotSpots } = deck;
      expect(hotSpots.casesConsidered).toBe(rows.length);
      expect(hotSpots.top.length, `${scope.kind}: hot spots`).toBeGreaterThan(0);
      expect(hotSpots.top.map((h) => h.rank)).toEqual(hotSpots.top.map((_, i) => i + 1));
      expect(hotSpots.top.map((h) => h.count)).toEqual([...hotSpots.top.map((h) => h.count)].sort((a, b) => b - a));
      for (const h of hotSpots.top) {
        expect(h.points).toHaveLength(h.count);
        expect(h.count).toBeGreaterThanOrEqual(hotSpots.minPoints);
        // A place, not half a community: wide DBSCAN chains are split (hotSpots.ts).
        expect(h.radiusM).toBeLessThan(300);
        for (const p of h.points) expect(inScope.has(`${p[0]},${p[1]}`), `${scope.kind}: point ${p.join(',')}`).toBe(true);
        // Names only (a building's address and name, or a road): the words around them are the UI's.
        expect(['near', 'along']).toContain(h.place.kind);
        if (h.place.kind === 'near') {
          expect(h.place.address).toMatch(/号$/);
          expect(h.place.address).not.toContain('重庆市');
          expect(h.place.building).not.toMatch(/附近$/);
        }
        if (h.place.kind === 'along') expect(h.place.road).not.toMatch(/沿线$/);
        expect(h.topCategories[0]!.count / h.count).toBeCloseTo(h.dominantShare, 12);
        const [w, s, e, n] = h.bbox;
        expect(h.centroid[0]).toBeGreaterThanOrEqual(w);
        expect(h.centroid[0]).toBeLessThanOrEqual(e);
        expect(h.centroid[1]).toBeGreaterThanOrEqual(s);
        expect(h.centroid[1]).toBeLessThanOrEqual(n);
      }
      if (scope.kind === 'community') for (const h of hotSpots.top) if (h.communityName) expect(h.communityName).toBe(community.name);
    }
  });

  it('lists the open work overdue or supervised now, with departments or roles as holders', async () => {
    const deck = await build({ ...OCTOBER, scope: { kind: 'street' } });
    const open = db
      .prepare(
        `SELECT count(*) FROM case_file WHERE status IN ('reported','registered','dispatched','handling','awaiting_verification') AND due_at < ?`,
      )
      .pluck()
      .get(TEST_ANCHOR) as number;
    expect(deck.attention.overdueCount).toBe(open);
    expect(deck.attention.cases.length + deck.attention.more).toBeGreaterThanOrEqual(Math.max(deck.attention.overdueCount, deck.attention.supervisedCount));
    expect(deck.attention.cases.length).toBeGreaterThan(0);
    for (const c of deck.attention.cases) {
      expect(c.overdueHours !== null || c.supervised).toBe(true);
      if (c.holder.kind === 'staff') expect(c.holder.gridName).toMatch(/网格$/);
      if (c.holder.kind === 'department') expect(c.holder.name).toBeTruthy();
    }
  });

  it('gives the Party-building figures of the scope', async () => {
    const deck = await build({ ...OCTOBER, scope: { kind: 'street' } });
    const { party } = deck;
    expect(party.orgCount).toBe(db.prepare('SELECT count(*) FROM party_org').pluck().get());
    expect(party.members).toBe(db.prepare('SELECT count(*) FROM party_member').pluck().get());
    expect(party.byLevel.reduce((s, l) => s + l.count, 0)).toBe(party.orgCount);
    expect(party.tenantCoverage.total).toBe(db.prepare('SELECT count(*) FROM tenant').pluck().get());
    expect(party.tenantCoverage.covered).toBe(db.prepare('SELECT count(*) FROM tenant WHERE covering_org_id IS NOT NULL').pluck().get());
    expect(party.dualReport.rate).toBeCloseTo(party.dualReport.registered / party.dualReport.required, 12);
    expect(party.weakOrgs.length).toBe(db.prepare(`SELECT count(*) FROM party_org WHERE rating = 'weak'`).pluck().get());
    // 楼栋工作日 visits of the period and the plans open now, as counts.
    expect(party.assessment.visits).toBe(db.prepare("SELECT count(*) FROM building_visit WHERE visited_on BETWEEN '2026-10-01' AND '2026-10-31'").pluck().get());
    expect(party.assessment.rectifying).toBe(db.prepare("SELECT count(*) FROM rectification_plan WHERE status = 'open'").pluck().get());
    expect(party.assessment.visits).toBeGreaterThan(0);

    const community = communities()[0]!;
    const local = (await build({ ...OCTOBER, scope: { kind: 'community', id: community.id } })).party;
    expect(local.orgCount).toBe(db.prepare('SELECT count(*) FROM party_org WHERE community_id = ?').pluck().get(community.id));
    expect(local.orgCount).toBeLessThan(party.orgCount);
    expect(local.byLevel.find((l) => l.level === 1)).toBeUndefined();
  });

  it('refuses a bad period or an unknown community', async () => {
    const r1 = await core.call('briefing.build', { from: OCTOBER.to, to: OCTOBER.from, scope: { kind: 'street' } }, leader);
    expect(r1.ok ? null : r1.error.code).toBe('invalid_input');
    const r2 = await core.call('briefing.build', { from: day(1, 1), to: day(1, 1) + 400 * DAY, scope: { kind: 'street' } }, leader);
    expect(r2.ok ? null : r2.error.code).toBe('invalid_input');
    const r3 = await core.call('briefing.build', { ...OCTOBER, scope: { kind: 'community', id: 9999 } }, leader);
    expect(r3.ok ? null : r3.error.code).toBe('not_found');
    const r4 = await core.call('briefing.build', { ...OCTOBER, scope: { kind: 'street' } }, null);
    expect(r4.ok ? null : r4.error.code).toBe('unauthorized');
  });

  it('holds no personal data: no resident, reporter, staff or Party member name, phone or ID number', async () => {
    const decks = [
      await build({ ...OCTOBER, scope: { kind: 'street' } }),
      await build({ from: day(8, 1), to: day(11, 20), scope: { kind: 'street' } }),
      ...(await Promise.all(communities().map((c) => build({ ...OCTOBER, scope: { kind: 'community', id: c.id } })))),
    ];
    const text = JSON.stringify(decks);
    const column = (sql: string) => (db.prepare(sql).pluck().all() as (string | null)[]).filter((v): v is string => Boolean(v));

    // Numbers: no false positives possible, so every one is checked.
    const numbers = new Set([
      ...column('SELECT id_number FROM resident'),
      ...column('SELECT phone FROM resident'),
      ...column('SELECT reporter_phone FROM case_file'),
      ...column('SELECT phone FROM grid_staff'),
      ...column('SELECT phone FROM party_member'),
      ...column('SELECT secretary_phone FROM party_org'),
      ...column('SELECT phone FROM tenant'),
    ]);
    expect(numbers.size).toBeGreaterThan(1000);
    for (const n of numbers) expect(text.includes(n), `number ${n} in the deck`).toBe(false);

    // Names: a two-character name can be part of a place name (a person 杨坪 beside the
    // 杨家坪 estates is unlikely, but 华庭 or 龙腾 are real names and real estates). Names
    // that occur in the public vocabulary of places and organisations are set aside;
    // every other name must be absent.
    const publicText = [
      ...column('SELECT name FROM building'),
      ...column('SELECT road FROM building'),
      ...column('SELECT name FROM road'),
      ...column('SELECT name FROM grid'),
      ...column('SELECT name FROM community'),
      ...column('SELECT name FROM party_org'),
      ...column('SELECT name FROM case_category'),
      ...column('SELECT name FROM department'),
      ...column('SELECT name FROM street'),
    ].join('|');
    const names = new Set([
      ...column('SELECT name FROM resident'),
      ...column('SELECT reporter_name FROM case_file'),
      ...column('SELECT name FROM grid_staff'),
      ...column('SELECT name FROM party_member'),
      ...column('SELECT secretary_name FROM party_org'),
      ...column('SELECT legal_rep FROM tenant'),
      ...column('SELECT display_name FROM app_user'),
      ...column('SELECT name FROM cadre'),
      ...column('SELECT name FROM rectification_plan r JOIN cadre c ON c.id = r.leader_cadre_id'),
    ]);
    const checked = [...names].filter((n) => !publicText.includes(n));
    expect(checked.length).toBeGreaterThan(names.size * 0.95);
    for (const n of checked) expect(text.includes(n), `name ${n} in the deck`).toBe(false);
    // The staff who hold cases appear as their role and grid only.
    expect(text).toMatch(/"kind":"staff","role":"grid_\w+","gridName":"[^"]+网格"/);
  });
});
