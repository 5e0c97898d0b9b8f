// The search box against a real encrypted demo street through the API: every kind of key
// a desk types is found (names exact, by prefix, contained, the given name alone, phones and
// their last digits, case codes, USCCs, addresses, Party organisations), each kind pages with
// the limit and reports its total, namesakes are told apart where the role may see homes,
// roles see what access/matrix.ts allows, and the indexes follow writes (case.report, a new
// resident, a renamed building, a closed shop) without any code of ours keeping them.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult } from '../../src/shared/cases';
import type { SearchHit, SearchHitKind } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { givenName } from '../../src/main/core/search/givenName';
import { SEARCH_COUNT_CAP } from '../../src/main/core/search/paths';
import { demoStreetCopy, TEST_ANCHOR } from '../helpers/demoStreet';
import { addAccounts, openStreetWritable } from '../helpers/extraAccount';
import { ok } from '../helpers/apiResult';
import type { Db } from '../../src/main/core/db/database';

type Role = 'admin' | 'dispatcher' | 'leader' | 'community';
interface Resident {
  id: number;
  name: string;
  phone: string | null;
  gender: string;
  birth_date: string;
  household: string;
  community: number;
}

let core: CoreHandle;
let dir: string;
let remove: () => void;
const tokens = {} as Record<Role, string>;
let residents: Resident[];
let tenant: { id: number; name: string; uscc: string; phone: string };
let building: { id: number; name: string; address: string; center_lng: number; center_lat: number; grid_id: number };
let org: { id: number; name: string };
let aCase: { id: number; code: string };
let communityId: number;

const MASKED = /^\p{Script=Han}\*{1,2}$/u;

function facts(db: Db): void {
  residents = db
    .prepare(
      `SELECT r.id, r.name, r.phone, r.gender, r.birth_date, h.address AS household, g.community_id AS community
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id ORDER BY r.id`,
    )
    .all() as Resident[];
  tenant = db.prepare(`SELECT id, name, uscc, phone FROM tenant WHERE length(name) >= 6 ORDER BY id LIMIT 1`).get() as typeof tenant;
  building = db.prepare(`SELECT id, name, address, center_lng, center_lat, grid_id FROM building ORDER BY id DESC LIMIT 1`).get() as typeof building;
  org = db.prepare(`SELECT id, name FROM party_org WHERE level = 3 ORDER BY id LIMIT 1`).get() as typeof org;
  aCase = db.prepare(`SELECT id, code FROM case_file ORDER BY id LIMIT 1`).get() as typeof aCase;
  communityId = db.prepare('SELECT min(id) FROM community').pluck().get() as number;
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  const db = await openStreetWritable(dir);
  facts(db);
  db.close();
  await addAccounts(dir, [{ username: 'community1', role: 'community', communityId }], TEST_ANCHOR);
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  const names: Record<Role, string> = { admin: 'admin', dispatcher: 'dispatcher', leader: 'leader', community: 'community1' };
  for (const role of Object.keys(names) as Role[]) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: names[role], password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core?.close();
  remove?.();
});

const find = async (q: string, role: Role = 'admin', more: { limit?: number; offset?: number; kinds?: SearchHitKind[] } = {}) =>
  ok<SearchHit[]>(await core.call('search.query', { q, limit: 50, ...more }, tokens[role]));
const ofKind = (hits: SearchHit[], kind: SearchHitKind) => hits.filter((h) => h.kind === kind);
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

describe('search finds each kind of key', () => {
  it('finds a resident by exact name, by prefix and by the given name alone', async () => {
    const r = residents.find((x) => Array.from(x.name).length === 3 && residents.filter((y) => y.name.startsWith(x.name.slice(0, 2))).length <= 40)!;
    const exact = ofKind(await find(r.name, 'admin', { kinds: ['resident'] }), 'resident');
    expect(exact[0]).toMatchObject({ match: 'exact' });
    expect(ids(exact.filter((h) => h.match === 'exact')).sort()).toEqual(residents.filter((x) => x.name === r.name).map((x) => x.id));

    const prefix = ofKind(await find(r.name.slice(0, 2), 'admin', { kinds: ['resident'] }), 'resident');
    expect(ids(prefix)).toContain(r.id);

    const given = givenName(r.name);
    const byGiven = ofKind(await find(given, 'admin', { kinds: ['resident'] }), 'resident');
    const hit = byGiven.find((h) => h.id === r.id);
    expect(hit?.match, `${given} finds ${r.name}`).toBe('givenName');
  });

  it('finds a resident by full phone and by its last four digits, only for roles that may see phones', async () => {
    const r = residents.find((x) => x.phone !== null)!;
    expect(ids(ofKind(await find(r.phone!), 'resident'))).toContain(r.id);
    const tail = await find(r.phone!.slice(-4), 'admin', { kinds: ['resident'] });
    expect(ids(tail)).toContain(r.id);
    expect(tail.every((h) => h.match === 'phone')).toBe(true);
    expect(tail[0]?.kindTotal).toBe(residents.filter((x) => x.phone?.endsWith(r.phone!.slice(-4))).length);
    // The desk may not see residents' phones: a number must not tell it whose it is.
    expect(ofKind(await find(r.phone!, 'dispatcher'), 'resident')).toEqual([]);
  });

  it('finds a case by its code and by the code digits alone, a tenant by USCC, phone tail and contained name', async () => {
    expect(await find(aCase.code)).toContainEqual(expect.objectContaining({ kind: 'case', id: aCase.id, title: aCase.code, match: 'exact' }));
    expect(ids(ofKind(await find(aCase.code.slice(2)), 'case'))).toContain(aCase.id);
    expect(ofKind(await find(tenant.uscc), 'tenant')).toEqual([expect.objectContaining({ id: tenant.id, match: 'uscc' })]);
    expect(ids(ofKind(await find(tenant.uscc.slice(0, 16).toLowerCase()), 'tenant'))).toContain(tenant.id);
    expect(ids(ofKind(await find(tenant.phone.slice(-6), 'dispatcher'), 'tenant'))).toContain(tenant.id);
    const middle = Array.from(tenant.name).slice(2, 5).join('');
    const contained = ofKind(await find(middle, 'admin', { kinds: ['tenant'] }), 'tenant');
    expect(contained.find((h) => h.id === tenant.id)?.match).toBe('contained');
  });

  it('finds a building by its address or part of it, a household by unit and room, a Party organisation by part of its name', async () => {
    expect(ofKind(await find(building.address), 'building')[0]).toMatchObject({ id: building.id, match: 'exact' });
    const road = building.address.slice(-8);
    expect(ids(ofKind(await find(road, 'admin', { kinds: ['building'] }), 'building'))).toContain(building.id);
    const household = residents[0]!.household;
    expect(ofKind(await find(household.slice(-7), 'admin', { kinds: ['household'] }), 'household').map((h) => h.title)).toContain(household);
    const part = Array.from(org.name).slice(1, 5).join('');
    expect(ids(ofKind(await find(part), 'partyOrg'))).toContain(org.id);
  });
});

describe('limits, totals and more', () => {
  it('applies the limit with the total of the kind, and pages on with offset', async () => {
    const surname = '王';
    const expected = residents.filter((x) => x.name.startsWith(surname) || givenName(x.name).startsWith(surname)).length;
    expect(expected).toBeGreaterThan(20);
    const first = await find(surname, 'dispatcher', { limit: 5, kinds: ['resident'] });
    expect(first).toHaveLength(5);
    expect(first.every((h) => h.kindTotal === Math.min(expected, SEARCH_COUNT_CAP))).toBe(true);
    const next = await find(surname, 'dispatcher', { limit: 5, offset: 5, kinds: ['resident'] });
    const both = await find(surname, 'dispatcher', { limit: 10, kinds: ['resident'] });
    expect([...ids(first), ...ids(next)]).toEqual(ids(both));
    // Across kinds each kind gets a share of the limit.
    expect((await find(surname, 'dispatcher', { limit: 8 })).length).toBeLessThanOrEqual(8);
  });

  it('says "more than" the cap instead of counting every match', async () => {
    const hits = await find('单元', 'admin', { limit: 3, kinds: ['household'] });
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ kindTotal: SEARCH_COUNT_CAP, kindTotalMore: true });
  });
});

describe('namesakes and roles', () => {
  it('tells namesakes apart by unit and room, sex and age for roles that see homes; the desk gets the building, masked', async () => {
    const counts = new Map<string, number>();
    for (const r of residents) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
    const name = [...counts].find(([, n]) => n >= 2)![0];
    const hits = ofKind(await find(name, 'admin', { kinds: ['resident'] }), 'resident').filter((h) => h.match === 'exact');
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (const h of hits) {
      const r = residents.find((x) => x.id === h.id)!;
      expect(h).toMatchObject({ title: expect.stringMatching(MASKED), subtitle: r.household, sex: r.gender });
      expect(h.age).toBeGreaterThanOrEqual(0);
    }
    expect(new Set(hits.map((h) => `${h.subtitle}|${h.sex}|${h.age}`)).size).toBe(hits.length);
    const desk = ofKind(await find(name, 'dispatcher', { kinds: ['resident'] }), 'resident');
    expect(desk.length).toBeGreaterThanOrEqual(2);
    for (const h of desk) {
      expect(h.title).toMatch(MASKED);
      expect(h.subtitle).not.toContain('单元');
      expect(h.sex).toBeUndefined();
      expect(h.age).toBeUndefined();
    }
  });

  it('gives the leader no person or household hits, and a community account its own community only', async () => {
    const r = residents[0]!;
    const leader = await find(r.name, 'leader');
    expect(leader.filter((h) => h.kind === 'resident' || h.kind === 'household')).toEqual([]);
    expect(ofKind(await find('王', 'leader'), 'resident')).toEqual([]);
    const own = ofKind(await find('王', 'community', { kinds: ['resident'] }), 'resident');
    expect(own.length).toBeGreaterThan(0);
    const inCommunity = new Set(residents.filter((x) => x.community === communityId).map((x) => x.id));
    expect(own.every((h) => inCommunity.has(h.id))).toBe(true);
    expect(own[0]?.kindTotal).toBe(residents.filter((x) => x.community === communityId && (x.name.startsWith('王') || givenName(x.name).startsWith('王'))).length);
  });
});

describe('the indexes follow writes', () => {
  it('finds a case reported through the API by its code at once', async () => {
    const category = ok<{ caseClass: string; children: { id: number }[] }[]>(await core.call('case.categories', {}, tokens.dispatcher)).find((c) => c.caseClass === 'event')!.children[0]!;
    const reported = ok<CaseReportResult>(
      await core.call('case.report', { source: 'patrol', categoryId: category.id, lng: building.center_lng, lat: building.center_lat, description: '楼道堆放杂物，影响通行' }, tokens.dispatcher),
    );
    expect(await find(reported.code, 'dispatcher')).toContainEqual(expect.objectContaining({ kind: 'case', id: reported.caseId, match: 'exact' }));
  });

  it('finds a newly inserted resident and tenant, a renamed building under its new name only, and no longer a deleted tenant', async () => {
    const db = await openStreetWritable(dir);
    try {
      const household = db.prepare('SELECT id FROM household ORDER BY id LIMIT 1').pluck().get() as number;
      const rid = db
        .prepare(`INSERT INTO resident (household_id, name, gender, birth_date, id_number, phone, relation) VALUES (?, '欧阳晓测', 'F', '1990-05-01', '11010519900501999X', '13912340077', '本人')`)
        .run(household).lastInsertRowid as number;
      const b = db.prepare('SELECT building_id FROM household WHERE id = ?').pluck().get(household) as number;
      const tid = db
        .prepare(
          `INSERT INTO tenant (building_id, name, category, uscc, legal_rep, phone, employees, credit_grade, floor, lng, lat) VALUES (?, '测试记搜索便利店', '零售', '91110105MA00TEST9X', '李四', '13700001111', 3, 'A', 1, 0, 0)`,
        )
        .run(b).lastInsertRowid as number;
      db.prepare(`UPDATE building SET name = '搜索测试大厦', address = address || '甲' WHERE id = ?`).run(building.id);

      expect(ofKind(await find('晓测'), 'resident')).toContainEqual(expect.objectContaining({ id: rid, match: 'givenName' }));
      expect(ids(ofKind(await find('0077'), 'resident'))).toContain(rid);
      expect(ids(ofKind(await find('记搜索便'), 'tenant'))).toEqual([tid]);
      expect(ids(ofKind(await find('测试大厦'), 'building'))).toEqual([building.id]);
      expect(ids(ofKind(await find(building.name), 'building'))).not.toContain(building.id);

      db.prepare('DELETE FROM tenant WHERE id = ?').run(tid);
      expect(ofKind(await find('记搜索便'), 'tenant')).toEqual([]);
      // The external-content trigram indexes agree with their tables row for row.
      for (const fts of ['building_fts', 'household_fts', 'tenant_fts', 'party_org_fts']) db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run();
    } finally {
      db.close();
    }
  });

  it('keeps the index inside the encrypted database: no file of its own, no text in plain', () => {
    expect(readdirSync(dir).filter((f) => !/^(streetops\.db(-wal|-shm)?|keyring\.json)$/.test(f))).toEqual([]);
    const bytes = readFileSync(`${dir}/streetops.db`);
    expect(bytes.indexOf(Buffer.from(tenant.name))).toBe(-1);
    expect(bytes.indexOf(Buffer.from(building.address.slice(-6)))).toBe(-1);
  });
});
