// 党建真空 coverage from the coverage relation (party_org_coverage, migration 0011): a real
// encrypted demo street is generated on the migrations before 0011, its Party figures are
// read with the old definitions (tenant.covering_org_id, party_org.building_id and grid_id);
// then 0011 runs and every reader that now uses the relation (wall, briefing, thematic grid
// counts, tenant overlay, grid and organisation drawers) must give the same figures.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverlayPayload } from '../../src/shared/views';
import { partyHighlights } from '../../src/main/core/briefing/party';
import { resolveScope } from '../../src/main/core/briefing/scope';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { migrate, MIGRATIONS } from '../../src/main/core/db/migrate';
import { generateDemoStreet } from '../../src/main/core/demo/generate';
import { mapOverlay } from '../../src/main/core/services/mapOverlay';
import { gridCounts } from '../../src/main/core/thematic/gridCounts';
import { wallParty } from '../../src/main/core/wall/party';
import { orgsCoveringGrid } from '../../src/main/core/registers/partyOrgsCoverage';
import { TEST_ANCHOR } from '../helpers/demoStreet';
import { tempDir } from '../helpers/tempDir';

let dir: { path: string; remove(): void };
let db: Db;

interface Figures {
  scopes: { communityId: number | null; tenants: number; covered: number; buildings: number; buildingsCovered: number }[];
  briefingCovered: number;
  perGrid: Record<number, number>;
  coveredTenantIds: number[];
  orgsOfGrid: Record<number, number[]>;
  tenantsOfOrg: Record<number, number>;
}

const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];

/** The figures as the code before migration 0011 computed them, from the old columns. */
function oldFigures(): Figures {
  const communities = [null, ...(db.prepare('SELECT id FROM community ORDER BY id').pluck().all() as number[])];
  const scope = '(@communityId IS NULL OR g.community_id = @communityId)';
  return {
    scopes: communities.map((communityId) => {
      const t = db
        .prepare(`SELECT count(*) AS tenants, coalesce(sum(t.covering_org_id IS NOT NULL), 0) AS covered FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE ${scope}`)
        .get({ communityId }) as { tenants: number; covered: number };
      const b = db
        .prepare(
          `SELECT count(*) AS buildings, coalesce(sum(hosted OR uncovered = 0), 0) AS covered
             FROM (SELECT b.id, b.id IN (SELECT building_id FROM party_org WHERE building_id IS NOT NULL) AS hosted, sum(t.covering_org_id IS NULL) AS uncovered
                     FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE ${scope} GROUP BY b.id)`,
        )
        .get({ communityId }) as { buildings: number; covered: number };
      return { communityId, tenants: t.tenants, covered: t.covered, buildings: b.buildings, buildingsCovered: b.covered };
    }),
    briefingCovered: db.prepare('SELECT count(covering_org_id) FROM tenant').pluck().get() as number,
    perGrid: Object.fromEntries(all<{ grid_id: number; n: number }>('SELECT b.grid_id, count(t.covering_org_id) AS n FROM tenant t JOIN building b ON b.id = t.building_id GROUP BY b.grid_id').map((r) => [r.grid_id, r.n])),
    coveredTenantIds: db.prepare('SELECT id FROM tenant WHERE covering_org_id IS NOT NULL ORDER BY id').pluck().all() as number[],
    orgsOfGrid: groupIds(all<{ k: number; id: number }>('SELECT grid_id AS k, id FROM party_org WHERE grid_id IS NOT NULL ORDER BY grid_id, id')),
    tenantsOfOrg: Object.fromEntries(all<{ k: number; n: number }>('SELECT covering_org_id AS k, count(*) AS n FROM tenant WHERE covering_org_id IS NOT NULL GROUP BY covering_org_id').map((r) => [r.k, r.n])),
  };
}

function groupIds(rows: { k: number; id: number }[]): Record<number, number[]> {
  const out: Record<number, number[]> = {};
  for (const r of rows) (out[r.k] ??= []).push(r.id);
  return out;
}

/** The same figures from today's readers, which read the coverage relation. */
function newFigures(): Figures {
  const communities = [null, ...(db.prepare('SELECT id FROM community ORDER BY id').pluck().all() as number[])];
  const overlay = mapOverlay(db, 'tenants', TEST_ANCHOR) as OverlayPayload<'tenants'>;
  const period = { from: TEST_ANCHOR - 30 * 86_400_000, to: TEST_ANCHOR };
  return {
    scopes: communities.map((communityId) => {
      const p = wallParty(db, { communityId });
      return { communityId, tenants: p.tenants, covered: p.tenantsCovered, buildings: p.buildings, buildingsCovered: p.buildingsCovered };
    }),
    briefingCovered: partyHighlights(db, resolveScope(db, { kind: 'street' }), period, period.to).tenantCoverage.covered,
    perGrid: Object.fromEntries(gridCounts(db, period, TEST_ANCHOR).filter((g) => g.tenants > 0).map((g) => [g.gridId, g.coveredTenants])),
    coveredTenantIds: overlay.features.features.filter((f) => f.properties.covered).map((f) => Number(f.properties.id)).sort((a, b) => a - b),
    orgsOfGrid: groupIds(
      (db.prepare('SELECT id FROM grid ORDER BY id').pluck().all() as number[]).flatMap((g) =>
        (db.prepare(`SELECT p.id FROM party_org p WHERE p.id IN ${orgsCoveringGrid('?')} ORDER BY p.id`).pluck().all(g) as number[]).map((id) => ({ k: g, id })),
      ),
    ),
    tenantsOfOrg: Object.fromEntries(
      all<{ k: number; n: number }>(`SELECT c.org_id AS k, count(*) AS n FROM party_org_coverage c JOIN tenant t ON t.id = c.target_id WHERE c.target_kind = 'tenant' GROUP BY c.org_id`).map((r) => [r.k, r.n]),
    ),
  };
}

let before: Figures;

beforeAll(async () => {
  dir = tempDir('streetops-coverage-');
  db = openDatabase(join(dir.path, 'street.db'), randomBytes(32));
  const upTo0011 = MIGRATIONS.findIndex((m) => m.id === '0011_org_registers');
  migrate(db, MIGRATIONS.slice(0, upTo0011));
  await generateDemoStreet(db, { scale: 0.05, seed: 7, anchor: TEST_ANCHOR });
  before = oldFigures();
  expect(migrate(db)).toContain('0011_org_registers');
}, 300_000);
afterAll(() => {
  db?.close();
  dir?.remove();
});

describe('Party coverage from the coverage relation', () => {
  it('is backfilled so every 党建真空 figure equals the one the old columns gave', () => {
    // A street where the figures mean something: some tenants covered, some not, buildings both ways.
    const street = before.scopes[0]!;
    expect(street.covered).toBeGreaterThan(0);
    expect(street.covered).toBeLessThan(street.tenants);
    expect(street.buildingsCovered).toBeGreaterThan(0);
    expect(street.buildingsCovered).toBeLessThan(street.buildings);
    expect(newFigures()).toEqual(before);
  });

  it('keeps following the old column for writers that still set it (the demo generator, older code)', () => {
    const tenant = db.prepare('SELECT id FROM tenant WHERE covering_org_id IS NULL ORDER BY id LIMIT 1').pluck().get() as number;
    const org = db.prepare(`SELECT id FROM party_org WHERE kind = 'joint_branch' ORDER BY id LIMIT 1`).pluck().get() as number;
    const covered = () => wallParty(db, { communityId: null }).tenantsCovered;
    const start = covered();
    db.prepare('UPDATE tenant SET covering_org_id = ? WHERE id = ?').run(org, tenant);
    expect(covered()).toBe(start + 1);
    db.prepare('UPDATE tenant SET covering_org_id = NULL WHERE id = ?').run(tenant);
    expect(covered()).toBe(start);
    expect(newFigures()).toEqual(before);
  });

  it('follows a home grid moved by a grid edit: the grid coverage goes with it', () => {
    const o = db.prepare(`SELECT id, grid_id FROM party_org WHERE kind = 'building_group' ORDER BY id LIMIT 1`).get() as { id: number; grid_id: number };
    const other = db.prepare('SELECT id FROM grid WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(o.grid_id) as number;
    const grids = () => db.prepare(`SELECT target_id FROM party_org_coverage WHERE org_id = ? AND target_kind = 'grid'`).pluck().all(o.id);
    db.prepare('UPDATE party_org SET grid_id = ? WHERE id = ?').run(other, o.id);
    expect(grids()).toEqual([other]);
    db.prepare('UPDATE party_org SET grid_id = ? WHERE id = ?').run(o.grid_id, o.id);
    expect(grids()).toEqual([o.grid_id]);
  });
});
