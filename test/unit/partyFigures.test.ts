// The Party-work figures against a hand-computed fixture: the demo street's wishes, service,
// registrations, volunteers and 三张清单 are cleared, then a small world is written whose
// figures are worked out below by hand — wishes of one grid (collected, fulfilled, the share
// fulfilled, open ones and their ages at the period's end), one unit's members (employed,
// registered at the period's end, hours per registered member, the unit active), a volunteer
// activity. Checked through partyFigures.compute (a year: in a worker) and directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartyFigureRow, PartyFigures } from '../../src/shared/partyFigures';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { computePartyFigures } from '../../src/main/core/partyFigures/computePartyFigures';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let db: Db;
let admin = '';
let community = '';
let f: { c1: number; grid: number; unit: number; otherCommunity: number };

const at = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const FROM = at('2026-01-01');
const TO = at('2026-11-21');

/** Writes the fixture straight into the database before the core opens it. */
function writeFixture(w: Db): typeof f {
  w.exec(`DELETE FROM micro_wish_photo; DELETE FROM micro_wish_event; DELETE FROM micro_wish; DELETE FROM service_record; DELETE FROM dual_report;
          DELETE FROM volunteer_activity_participant; DELETE FROM volunteer_activity; DELETE FROM volunteer_team_member; DELETE FROM volunteer_team; DELETE FROM volunteer_alliance;
          DELETE FROM party_list_contact; DELETE FROM party_list_event; UPDATE party_list_item SET need_id = NULL, resource_id = NULL, project_id = NULL; DELETE FROM party_list_item;`);
  const c1 = w.prepare('SELECT id FROM community ORDER BY code LIMIT 1').pluck().get() as number;
  const otherCommunity = w.prepare('SELECT id FROM community WHERE id <> ? ORDER BY code LIMIT 1').pluck().get(c1) as number;
  const grid = w.prepare('SELECT id FROM grid WHERE community_id = ? ORDER BY code LIMIT 1').pluck().get(c1) as number;
  const building = w.prepare('SELECT id FROM building WHERE grid_id = ? ORDER BY id LIMIT 1').pluck().get(grid) as number;
  const staff = w.prepare('SELECT id FROM grid_staff WHERE grid_id = ? ORDER BY id LIMIT 1').pluck().get(grid) as number;
  const parent = w.prepare(`SELECT id FROM party_org WHERE kind = 'street_committee'`).pluck().get() as number;
  const unit = Number(
    w
      .prepare(`INSERT INTO party_org (parent_id, code, name, kind, level, community_id, secretary_name, secretary_phone, lng, lat, rating, founded_on) VALUES (?, 'FIXTURE-U', '测试两新组织党支部', 'two_new', 3, ?, '李书记', '13800000000', 106.5, 29.5, 'good', '2020-01-01')`)
      .run(parent, c1).lastInsertRowid,
  );
  const member = (name: string, category: string) =>
    Number(w.prepare(`INSERT INTO party_member (org_id, name, gender, phone, category, dual_report, joined_on) VALUES (?, ?, 'M', '13900000000', ?, 'not_required', '2010-01-01')`).run(unit, name, category).lastInsertRowid);
  const m1 = member('甲一', 'employed');
  const m2 = member('乙二', 'employed');
  member('丙三', 'employed');
  member('丁四', 'retired');
  const reg = w.prepare(`INSERT INTO dual_report (member_id, community_id, unit_org_id, employer, registered_on, pledge, ended_on, recorded_at) VALUES (?, ?, ?, '测试两新组织', ?, '服务', ?, 0)`);
  reg.run(m1, c1, unit, '2026-01-10', null);
  reg.run(m2, c1, unit, '2026-06-01', '2026-09-01');
  const svc = w.prepare(`INSERT INTO service_record (member_id, on_date, kind, hours, community_id, recorded_at) VALUES (?, ?, 'other', ?, ?, 0)`);
  svc.run(m1, '2026-05-01', 3, c1);
  svc.run(m1, '2026-10-01', 2, c1);
  svc.run(m2, '2026-07-01', 4, c1); // m2 is no longer registered at the period's end: not counted in hours
  svc.run(m1, '2025-12-31', 5, c1); // before the period
  const wish = w.prepare(
    `INSERT INTO micro_wish (code, kind, category, title, status, building_id, collector_staff_id, collected_at, claimant_kind, claimant_id, claimed_at, fulfilled_at, closed_at, updated_at)
     VALUES (@code, 'wish', 'daily_goods', '书包', @status, ${building}, ${staff}, @collected, @ck, @cid, @claimed, @fulfilled, @closed, 0)`,
  );
  const W = (code: string, status: string, collected: string, o: { ck?: string; cid?: number; claimed?: string; fulfilled?: string; closed?: string } = {}) =>
    wish.run({ code, status, collected: at(collected), ck: o.ck ?? null, cid: o.cid ?? null, claimed: o.claimed ? at(o.claimed) : null, fulfilled: o.fulfilled ? at(o.fulfilled) : null, closed: o.closed ? at(o.closed) : null });
  W('W1', 'evaluated', '2026-02-01', { ck: 'unit', cid: unit, claimed: '2026-02-05', fulfilled: '2026-02-10' });
  W('W2', 'rejected', '2026-03-01', { closed: '2026-03-02' });
  W('W3', 'published', '2026-10-01');
  W('W4', 'claimed', '2026-11-01', { ck: 'member', cid: m1, claimed: '2026-11-05' });
  W('W5', 'fulfilled', '2025-12-01', { fulfilled: '2026-01-15' });
  W('W6', 'pending_review', '2025-11-01');
  const team = Number(w.prepare(`INSERT INTO volunteer_team (name, community_id, focus, founded_on) VALUES ('测试队', ?, 'elderly', '2026-01-01')`).run(c1).lastInsertRowid);
  const tm1 = Number(w.prepare(`INSERT INTO volunteer_team_member (team_id, party_member_id, joined_on) VALUES (?, ?, '2026-01-01')`).run(team, m1).lastInsertRowid);
  const tm2 = Number(w.prepare(`INSERT INTO volunteer_team_member (team_id, party_member_id, joined_on) VALUES (?, ?, '2026-01-01')`).run(team, m2).lastInsertRowid);
  const act = Number(w.prepare(`INSERT INTO volunteer_activity (team_id, title, on_date, place, community_id, grid_id, hours, people_served, recorded_at) VALUES (?, '敬老', '2026-06-01', '活动室', ?, ?, 2, 30, 0)`).run(team, c1, grid).lastInsertRowid);
  w.prepare('INSERT INTO volunteer_activity_participant (activity_id, team_member_id, hours) VALUES (?, ?, 2), (?, ?, 2)').run(act, tm1, act, tm2);
  // The same unit also claims a need of another community on the 三张清单 (active there too: still one unit).
  const farGrid = w.prepare('SELECT id FROM grid WHERE community_id = ? ORDER BY code LIMIT 1').pluck().get(otherCommunity) as number;
  const need = Number(
    w
      .prepare(
        `INSERT INTO party_list_item (code, kind, category, title, description, owner_community_id, claimant_unit_id, community_id, grid_id, lng, lat, starts_on, ends_on, status, published_at, claimed_at, updated_at)
         VALUES ('FIXTURE-N1', 'need', 'elderly_child', '助老需求', '测试', ?, ?, ?, ?, 106.5, 29.5, '2026-04-01', '2026-12-31', 'claimed', ?, ?, 0)`,
      )
      .run(otherCommunity, unit, otherCommunity, farGrid, at('2026-04-01'), at('2026-04-03')).lastInsertRowid,
  );
  w.prepare(`INSERT INTO party_list_event (item_id, action, from_status, to_status, actor_name, party_unit_id, at) VALUES (?, 'claim', 'published', 'claimed', '测试', ?, ?)`).run(need, unit, at('2026-04-03'));
  return { c1, grid, unit, otherCommunity };
}

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  const paths = dataPaths(copy.dir);
  const w = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
  f = w.transaction(() => writeFixture(w))();
  w.close();
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  admin = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
  community = ok<{ token: string }>(await core.call('auth.unlock', { username: 'community', password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
});

afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

const compute = async (input: unknown, token = admin) => ok<PartyFigures>(await core.call('partyFigures.compute', input, token));
const total = (r: PartyFigures): PartyFigureRow => r.rows[0]!;

describe('partyFigures.compute on a hand-computed fixture', () => {
  it('counts one grid\'s wishes: collected, fulfilled, the share fulfilled and the open ones with their ages', async () => {
    const r = total(await compute({ from: FROM, to: TO, scope: { kind: 'grid', id: f.grid } }));
    // Collected in the period: W1–W4. Fulfilled in it: W1 (02-10) and W5 (01-15).
    // Of W1–W4, W2 was rejected: 1 of the other 3 fulfilled. Open at 11-21: W3 (51 days), W4 (20), W6 (385).
    expect(r.wishes).toEqual({ collected: 4, fulfilled: 2, fulfilledRate: 0.333, open: 3, openMedianAgeDays: 51, openOldestAgeDays: 385, openOver30Days: 2 });
    expect(r.volunteers).toEqual({ activities: 1, hours: 4, peopleServed: 30 });
    expect(r.needs).toEqual({ needsPublished: 0, needsClaimed: 0, needsClaimedRate: null, medianDaysToClaim: null, projectsCompleted: 0 });
  });

  it('counts one unit\'s members, hours per registered member and the unit as active', async () => {
    const r = total(await compute({ from: FROM, to: TO, scope: { kind: 'unit', id: f.unit } }));
    // Employed: 甲一, 乙二, 丙三; registered at 11-21: 甲一 only (乙二 ended 09-01). Hours: 甲一's 3 + 2 in the period.
    expect(r.dualReport).toEqual({ employed: 3, registered: 1, registeredRate: 0.333, serviceHours: 5, hoursPerRegistered: 5 });
    // The unit's wishes: W1 (it claimed) and W4 (its member claimed): 1 of 2 fulfilled, W4 open for 20 days.
    expect(r.wishes).toEqual({ collected: 2, fulfilled: 1, fulfilledRate: 0.5, open: 1, openMedianAgeDays: 20, openOldestAgeDays: 20, openOver30Days: 0 });
    expect(r.activeUnits).toBe(1);
    expect(r.volunteers.activities).toBe(0);
    expect(r.needs).toMatchObject({ needsPublished: 1, needsClaimed: 1 });
  });

  it('counts a unit active in the 三张清单 and in wishes and service once, street-wide and in the grouping', async () => {
    // The fixture unit claimed a need (the lists), a wish, and its member served: one active unit, not two or three.
    const street = await compute({ from: FROM, to: TO, groupBy: 'unit' });
    expect(total(street).activeUnits).toBe(1);
    expect(street.rows.find((r) => r.key === `unit:${f.unit}`)!.activeUnits).toBe(1);
    expect(computePartyFigures(db, { from: FROM, to: TO }).rows[0]!.activeUnits).toBe(1);
  });

  it('moves with the period: before 甲一 registered, nobody was; in 2025 one wish was open', async () => {
    const r = total(await compute({ from: at('2025-06-01'), to: at('2026-01-01'), scope: { kind: 'unit', id: f.unit } }));
    expect(r.dualReport).toMatchObject({ employed: 3, registered: 0, registeredRate: 0, serviceHours: 0, hoursPerRegistered: null });
    const g = total(await compute({ from: at('2025-06-01'), to: at('2026-01-01'), scope: { kind: 'grid', id: f.grid } }));
    // W5 (collected 2025-12-01: 31 days) and W6 (2025-11-01: 61 days) were open at 2026-01-01: median 46.
    expect(g.wishes).toEqual({ collected: 2, fulfilled: 0, fulfilledRate: 0, open: 2, openMedianAgeDays: 46, openOldestAgeDays: 61, openOver30Days: 2 });
  });

  it('groups by community with the total first, and the worker answers as the query thread does', async () => {
    const grouped = await compute({ from: FROM, to: TO, groupBy: 'community' });
    expect(grouped.rows[0]!.key).toBe('total');
    const c1 = grouped.rows.find((r) => r.key === `community:${f.c1}`)!;
    expect(c1.wishes.collected).toBe(4);
    expect(grouped.rows.find((r) => r.key === `community:${f.otherCommunity}`)!.wishes.collected).toBe(0);
    expect(total(grouped).wishes).toEqual(c1.wishes);
    const direct = computePartyFigures(db, { from: FROM, to: TO, groupBy: 'community' });
    expect(direct).toEqual(grouped);
  });

  it('keeps a community account to its own community', async () => {
    expect(err(await core.call('partyFigures.compute', { from: FROM, to: TO }, community)).code).toBe('unauthorized');
    expect(err(await core.call('partyFigures.compute', { from: FROM, to: TO, scope: { kind: 'community', id: f.otherCommunity } }, community)).code).toBe('unauthorized');
    expect(total(await compute({ from: FROM, to: TO, scope: { kind: 'community', id: f.c1 } }, community)).wishes.collected).toBe(4);
  });
});
