// partyMember.list (the Party organisation drawer's 党员 tab): a page of an organisation's
// members as the role may see them — names and phones masked (administrators, community
// staff), phones not shown (the desk), nothing personal for the leader — where they live as
// the role sees addresses, 双报到 with its community; community staff only in their own community.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartyMemberList } from '../../src/shared/orgRegisters';
import type { Db } from '../../src/main/core/db/database';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { maskName, maskPhone } from '../../src/main/core/privacy/mask';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let db: Db;
const tokens: Record<string, string> = {};
let org: number;
let otherOrg: number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
  for (const role of ['admin', 'community', 'dispatcher', 'leader']) tokens[role] = ok<{ token: string }>(await core.call('auth.unlock', { username: role, password: 'streetops' }, null)).token;
  db = await openStreetReadonly(copy.dir);
  const mine = db.prepare(`SELECT community_id FROM app_user WHERE username = 'community'`).pluck().get() as number;
  const biggest = (cmp: string) =>
    db.prepare(`SELECT o.id FROM party_org o JOIN party_member m ON m.org_id = o.id WHERE o.community_id ${cmp} ? GROUP BY o.id HAVING count(*) > 8 ORDER BY o.id LIMIT 1`).pluck().get(mine) as number;
  org = biggest('=');
  otherOrg = biggest('<>');
}, 120_000);
afterAll(async () => {
  db?.close();
  await core?.close();
  remove?.();
});

const list = async (role: string, input: Record<string, unknown>) => ok<PartyMemberList>(await core.call('partyMember.list', input, tokens[role]!));

describe('partyMember.list', () => {
  it('pages an organisation’s members, names and phones masked for the administrator, with home and 双报到 community', async () => {
    const rows = db.prepare('SELECT m.id, m.name, m.phone, m.category, m.report_community_id AS rc FROM party_member m WHERE m.org_id = ? ORDER BY m.joined_on, m.id').all(org) as { id: number; name: string; phone: string; category: string; rc: number | null }[];
    const first = await list('admin', { orgId: org, limit: 4 });
    expect(first.total).toBe(rows.length);
    expect(first.items.map((m) => m.id)).toEqual(rows.slice(0, 4).map((r) => r.id));
    const second = await list('admin', { orgId: org, offset: 4, limit: 4 });
    expect(second.items.map((m) => m.id)).toEqual(rows.slice(4, 8).map((r) => r.id));
    first.items.forEach((m, i) => {
      expect(m.name).toBe(maskName(rows[i]!.name));
      expect(m.phone).toBe(maskPhone(rows[i]!.phone));
      expect(m.category).toBe(rows[i]!.category);
      expect(m.reportCommunity?.id ?? null).toBe(rows[i]!.rc);
    });
    const text = JSON.stringify([first, second]);
    for (const r of rows.slice(0, 8)) {
      expect(text).not.toContain(r.phone);
      if (r.name.length > 1) expect(text).not.toContain(`"${r.name}"`);
    }
    expect(first.items.some((m) => m.livesInStreet && m.home !== null)).toBe(true);
  });

  it('shows the desk no phones and the leader nothing personal', async () => {
    const desk = await list('dispatcher', { orgId: org, limit: 20 });
    expect(desk.items.every((m) => m.phone === null && m.name !== null)).toBe(true);
    const leader = await list('leader', { orgId: org, limit: 20 });
    expect(leader.items.every((m) => m.name === null && m.phone === null && m.home === null)).toBe(true);
  });

  it('keeps community staff to their own community’s organisations, and names an unknown organisation', async () => {
    expect((await list('community', { orgId: org })).total).toBeGreaterThan(8);
    expect(err(await core.call('partyMember.list', { orgId: otherOrg }, tokens.community!)).code).toBe('unauthorized');
    expect(err(await core.call('partyMember.list', { orgId: 99_999_999 }, tokens.admin!)).code).toBe('not_found');
    expect(err(await core.call('partyMember.list', { orgId: org, limit: 500 }, tokens.admin!)).details?.[0]?.path).toBe('limit');
  });
});
