// What the Party organisations import matches against, read once per import: the live
// organisations (by name, with their coverage), and the names coverage and meeting places
// are written with: grids (铁马·11网格, the stored name, the code), buildings (name, code)
// and tenants (USCC, name). The export writes coverage with the same names.
import type { PartyOrgKind } from '../../../../shared/domain';
import { gridLabel } from '../../../../shared/gridLabel';
import type { CoverageKind } from '../../../../shared/orgRegisters';
import type { Db } from '../../db/database';
import { compactText } from '../cleanText';

export interface ExistingOrg {
  id: number;
  parentId: number | null;
  name: string;
  kind: PartyOrgKind;
  level: number;
  communityId: number | null;
  buildingId: number | null;
  secretary: string;
  secretaryPhone: string;
  foundedOn: string;
  /** 'kind:id', sorted. */
  coverage: string[];
}

export interface OrgContext {
  orgs: Map<number, ExistingOrg>;
  byName: Map<string, ExistingOrg[]>;
  /** A coverage word → the targets it may name (more than one only for a tenant name two tenants share). */
  targets: Map<string, { kind: CoverageKind; id: number }[]>;
  /** A building's name or code → its id. */
  buildings: Map<string, number>;
  /** How the export names each target ('kind:id' → word). */
  words: Map<string, string>;
  /** A building's community, and each community's name (an organisation sits under a parent of its own community). */
  buildingCommunity: Map<number, number>;
  communityNames: Map<number, string>;
  /** How many levels of organisations sit under each one (0 for none). */
  depthBelow(id: number): number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function prepareOrgContext(db: Db): OrgContext {
  const rows = db
    .prepare(
      `SELECT id, parent_id AS parentId, name, kind, level, community_id AS communityId, building_id AS buildingId,
              secretary_name AS secretary, secretary_phone AS secretaryPhone, founded_on AS foundedOn
         FROM party_org ORDER BY level, id`,
    )
    .all() as Omit<ExistingOrg, 'coverage'>[];
  const orgs = new Map<number, ExistingOrg>(rows.map((r) => [r.id, { ...r, coverage: [] }]));
  for (const c of db.prepare('SELECT org_id AS orgId, target_kind AS kind, target_id AS id FROM party_org_coverage ORDER BY org_id, target_kind, target_id').all() as { orgId: number; kind: string; id: number }[]) {
    orgs.get(c.orgId)?.coverage.push(`${c.kind}:${c.id}`);
  }
  const byName = new Map<string, ExistingOrg[]>();
  for (const o of orgs.values()) push(byName, compactText(o.name), o);

  const targets = new Map<string, { kind: CoverageKind; id: number }[]>();
  const words = new Map<string, string>();
  const add = (word: string, kind: CoverageKind, id: number) => {
    const key = compactText(word);
    if (key === '' || targets.get(key)?.some((t) => t.kind === kind && t.id === id)) return;
    push(targets, key, { kind, id });
  };
  const grids = db.prepare('SELECT g.id, g.code, g.name, c.name AS communityName FROM grid g JOIN community c ON c.id = g.community_id ORDER BY g.id').all() as { id: number; code: string; name: string; communityName: string }[];
  for (const g of grids) {
    const label = gridLabel({ name: g.name, communityName: g.communityName });
    words.set(`grid:${g.id}`, label);
    add(label, 'grid', g.id);
    add(g.name, 'grid', g.id);
    add(g.code, 'grid', g.id);
  }
  const buildings = new Map<string, number>();
  for (const b of db.prepare('SELECT id, code, name FROM building ORDER BY id').all() as { id: number; code: string; name: string }[]) {
    words.set(`building:${b.id}`, b.name);
    // A grid's word wins over a building's of the same spelling: grids are looked up first.
    if (!targets.has(compactText(b.name))) add(b.name, 'building', b.id);
    add(b.code, 'building', b.id);
    buildings.set(compactText(b.name), b.id);
    buildings.set(compactText(b.code), b.id);
  }
  const tenants = db.prepare('SELECT id, name, uscc FROM tenant ORDER BY id').all() as { id: number; name: string; uscc: string | null }[];
  const tenantNames = new Map<string, number>();
  for (const t of tenants) tenantNames.set(compactText(t.name), (tenantNames.get(compactText(t.name)) ?? 0) + 1);
  for (const t of tenants) {
    const shared = tenantNames.get(compactText(t.name))! > 1 || targets.has(compactText(t.name));
    // A name two tenants share (or a grid's or building's) is written as the USCC, which is unique.
    words.set(`tenant:${t.id}`, shared && t.uscc ? t.uscc : t.name);
    if (!targets.get(compactText(t.name))?.some((x) => x.kind !== 'tenant')) add(t.name, 'tenant', t.id);
    if (t.uscc) add(t.uscc, 'tenant', t.id);
  }
  const buildingCommunity = new Map<number, number>(
    (db.prepare('SELECT b.id, g.community_id AS c FROM building b JOIN grid g ON g.id = b.grid_id').all() as { id: number; c: number }[]).map((r) => [r.id, r.c]),
  );
  const communityNames = new Map<number, string>((db.prepare('SELECT id, name FROM community').all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));
  const children = new Map<number, number[]>();
  for (const o of orgs.values()) if (o.parentId !== null) push(children, o.parentId, o.id);
  const depthBelow = (id: number): number => Math.max(0, ...(children.get(id) ?? []).map((c) => depthBelow(c) + 1));
  return { orgs, byName, targets, buildings, words, buildingCommunity, communityNames, depthBelow };
}
