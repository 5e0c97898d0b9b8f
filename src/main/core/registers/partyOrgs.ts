// Party organisations (党组织): the four-level territorial tree (街道党工委 → 社区党委 →
// 网格/小区党支部 → 楼栋党小组) and the non-territorial kinds beside it (驻区单位, 两新, 楼宇党委,
// 商圈/市场, 联合党支部, 临时党小组). Create, edit (rename, secretary, rating), move under
// another parent, dissolve (its members and coverage go to a named organisation; the row
// moves with its id to party_org_dissolved, migration 0011), and edit what it covers.
//
// The tree's rules, checked on create and move: which kinds a kind may sit under
// (ALLOWED_PARENTS), the level is the parent's plus one and never above 4 for any
// organisation under it, no organisation under itself, and an organisation of a community
// only under a parent of that community (or of the street).
//
// Every function here runs inside the caller's transaction and opens none.
import type { PartyOrgKind, PartyOrgRating } from '../../../shared/domain';
import type { CoverageKind, CoverageTarget, PartyOrgCoverageInput, PartyOrgCreateInput, PartyOrgDissolveInput, PartyOrgMoveInput, PartyOrgUpdateInput } from '../../../shared/orgRegisters';
import type { RegisterWriteResult } from '../../../shared/registers';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';
import { Changes, logChange, logStatus, result, today, type FieldChange, type RegisterActor } from './changeLog';
import { fieldError, normalisePhone, notAfterToday } from './values';

/** The kinds each kind may sit under; the street's working committee sits under none. */
export const ALLOWED_PARENTS: Record<PartyOrgKind, readonly PartyOrgKind[]> = {
  street_committee: [],
  community_committee: ['street_committee'],
  resident_unit: ['street_committee'],
  commercial_building: ['street_committee'],
  market: ['street_committee'],
  grid_branch: ['community_committee'],
  estate_branch: ['community_committee'],
  two_new: ['community_committee', 'commercial_building', 'market'],
  joint_branch: ['community_committee', 'commercial_building', 'market'],
  building_group: ['grid_branch', 'estate_branch', 'two_new', 'joint_branch'],
  temporary_group: ['community_committee', 'grid_branch', 'estate_branch', 'two_new', 'joint_branch', 'commercial_building', 'market', 'resident_unit'],
};

export const KIND_WORDS: Record<PartyOrgKind, string> = {
  street_committee: 'street working committee (街道党工委)',
  community_committee: 'community committee (社区党委)',
  grid_branch: 'grid branch (网格党支部)',
  estate_branch: 'estate branch (小区党支部)',
  building_group: 'building group (楼栋党小组)',
  resident_unit: 'resident unit (驻区单位党组织)',
  two_new: '两新 organisation',
  commercial_building: 'commercial-building committee (楼宇党委)',
  market: 'market committee (商圈/市场党组织)',
  joint_branch: 'joint branch (联合党支部)',
  temporary_group: 'temporary group (临时党小组)',
};

const MAX_LEVEL = 4;

export interface OrgRow {
  id: number;
  parent_id: number | null;
  code: string;
  name: string;
  kind: PartyOrgKind;
  level: number;
  community_id: number | null;
  grid_id: number | null;
  building_id: number | null;
  secretary_name: string;
  secretary_phone: string;
  rating: PartyOrgRating;
  under_rectification: number;
}

const ORG_COLUMNS = 'id, parent_id, code, name, kind, level, community_id, grid_id, building_id, secretary_name, secretary_phone, rating, under_rectification';
const ARCHIVE_COLUMNS = 'id, parent_id, code, name, kind, level, community_id, grid_id, building_id, secretary_name, secretary_phone, lng, lat, rating, under_rectification, founded_on';

/** A live organisation; a dissolved one is named as such. */
export function liveOrg(db: Db, id: number, path = 'id'): OrgRow {
  const o = db.prepare(`SELECT ${ORG_COLUMNS} FROM party_org WHERE id = ?`).get(id) as OrgRow | undefined;
  if (o) return o;
  const gone = db.prepare('SELECT dissolved_on, into_org_id FROM party_org_dissolved WHERE id = ?').get(id) as { dissolved_on: string; into_org_id: number } | undefined;
  if (gone) throw fieldError(path, `names Party organisation ${id}, dissolved on ${gone.dissolved_on} (its members went to organisation ${gone.into_org_id})`, 'conflict', 'org_dissolved');
  throw fieldError(path, `names no Party organisation (id ${id})`, 'not_found');
}

interface Place {
  buildingId: number;
  gridId: number;
  communityId: number;
  lng: number;
  lat: number;
}

function placeOf(db: Db, buildingId: number): Place {
  const p = db
    .prepare('SELECT b.id AS buildingId, b.grid_id AS gridId, g.community_id AS communityId, b.center_lng AS lng, b.center_lat AS lat FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.id = ?')
    .get(buildingId) as Place | undefined;
  if (!p) throw fieldError('buildingId', `names no building (id ${buildingId})`, 'not_found');
  return p;
}

/** Refuses a parent this kind may not sit under, a level above 4, or another community's parent. */
function checkParent(kind: PartyOrgKind, parent: OrgRow, communityId: number | null, deepestBelow: number): number {
  const allowed = ALLOWED_PARENTS[kind];
  if (!allowed.includes(parent.kind)) {
    const under = allowed.length ? `it sits under a ${allowed.map((k) => KIND_WORDS[k]).join(' or ')}` : 'it sits under none';
    throw fieldError('parentId', `is a ${KIND_WORDS[parent.kind]}, and a ${KIND_WORDS[kind]} may not sit under it: ${under}`, 'invalid_input', 'org_kind_parent');
  }
  const level = parent.level + 1;
  if (level + deepestBelow > MAX_LEVEL) {
    throw fieldError('parentId', `would put ${deepestBelow ? 'an organisation under this one' : 'this organisation'} at level ${level + deepestBelow}: the tree has four levels`, 'invalid_input', 'org_level');
  }
  if (parent.community_id !== null && parent.community_id !== communityId) {
    throw fieldError('parentId', `is an organisation of community ${parent.community_id}, and this one is of ${communityId === null ? 'the street' : `community ${communityId}`}`, 'invalid_input', 'org_community');
  }
  return level;
}

/** Every organisation under `id` (not itself), with its depth below it. */
function descendants(db: Db, id: number): { id: number; depth: number; level: number }[] {
  return db
    .prepare(
      `WITH RECURSIVE below(id, depth, level) AS (
         SELECT id, 1, level FROM party_org WHERE parent_id = ?
         UNION ALL SELECT p.id, b.depth + 1, p.level FROM party_org p JOIN below b ON p.parent_id = b.id)
       SELECT id, depth, level FROM below ORDER BY depth, id`,
    )
    .all(id) as { id: number; depth: number; level: number }[];
}

function nextCode(db: Db, parent: OrgRow): string {
  const taken = new Set(db.prepare(`SELECT code FROM party_org WHERE code LIKE ? || '-%' UNION SELECT code FROM party_org_dissolved WHERE code LIKE ? || '-%'`).pluck().all(parent.code, parent.code) as string[]);
  for (let n = 1; ; n++) {
    const code = `${parent.code}-${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}

function requireCodeFree(db: Db, code: string): void {
  const held = db.prepare('SELECT id FROM party_org WHERE code = ? UNION ALL SELECT id FROM party_org_dissolved WHERE code = ?').pluck().get(code, code) as number | undefined;
  if (held !== undefined) throw fieldError('code', `${code} is the code of Party organisation ${held} (codes are not reused)`, 'conflict', 'code_taken');
}

/** Founds an organisation under its parent, meeting in a building (its home grid and community follow). Runs inside the caller's transaction. */
export function createPartyOrg(db: Db, actor: RegisterActor, input: PartyOrgCreateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyOrg');
  const place = placeOf(db, input.buildingId);
  const communityId = input.kind === 'street_committee' ? null : place.communityId;
  let level = 1;
  let parent: OrgRow | null = null;
  if (input.kind === 'street_committee') {
    if (input.parentId !== null) throw fieldError('parentId', 'must be null: the street working committee (街道党工委) heads the tree', 'invalid_input', 'org_root_no_parent');
    const root = db.prepare(`SELECT id FROM party_org WHERE kind = 'street_committee'`).pluck().get() as number | undefined;
    if (root !== undefined) throw fieldError('kind', `street_committee exists already (organisation ${root}): a street has one working committee`, 'conflict', 'org_root_exists');
  } else {
    if (input.parentId === null) throw fieldError('parentId', `is required: a ${KIND_WORDS[input.kind]} sits under a ${ALLOWED_PARENTS[input.kind].map((k) => KIND_WORDS[k]).join(' or ')}`, 'invalid_input', 'org_parent_required');
    parent = liveOrg(db, input.parentId, 'parentId');
    level = checkParent(input.kind, parent, communityId, 0);
  }
  const foundedOn = notAfterToday(input.foundedOn, today(actor), 'foundedOn');
  const phone = normalisePhone(input.secretaryPhone, 'secretaryPhone');
  const code = input.code ?? (parent ? nextCode(db, parent) : `DW${db.prepare('SELECT code FROM street ORDER BY id LIMIT 1').pluck().get() as string}`);
  requireCodeFree(db, code);
  // Committees of the street and of a community have no home grid, as in the demo street.
  const gridId = input.kind === 'street_committee' || input.kind === 'community_committee' ? null : place.gridId;
  const rating = input.rating ?? 'average';
  const id = Number(
    db
      .prepare(
        `INSERT INTO party_org (parent_id, code, name, kind, level, community_id, grid_id, building_id, secretary_name, secretary_phone, lng, lat, rating, under_rectification, founded_on)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
      )
      .run(parent?.id ?? null, code, input.name, input.kind, level, communityId, gridId, place.buildingId, input.secretaryName, phone, place.lng, place.lat, rating, foundedOn).lastInsertRowid,
  );
  const changes = new Changes()
    .set('kind', null, input.kind)
    .set('parentId', null, parent?.id ?? null)
    .set('level', null, level)
    .set('code', null, code)
    .set('name', null, input.name)
    .set('buildingId', null, place.buildingId)
    .set('gridId', null, gridId)
    .set('communityId', null, communityId)
    .set('secretaryName', null, input.secretaryName)
    .set('secretaryPhone', null, phone)
    .set('rating', null, rating)
    .set('coverage', [], coverageOf(db, id));
  logStatus(db, actor, 'partyOrg', id, 'founded', foundedOn);
  logChange(db, actor, 'partyOrg', id, 'create', changes.list);
  return result('partyOrg', id, 'create', changes);
}

/** Renames an organisation, or changes its secretary, rating or 整顿 flag. Runs inside the caller's transaction. */
export function updatePartyOrg(db: Db, actor: RegisterActor, input: PartyOrgUpdateInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyOrg');
  const o = liveOrg(db, input.id);
  const phone = input.secretaryPhone === undefined ? o.secretary_phone : normalisePhone(input.secretaryPhone, 'secretaryPhone');
  const next = {
    name: input.name ?? o.name,
    secretaryName: input.secretaryName ?? o.secretary_name,
    rating: input.rating ?? o.rating,
    underRectification: input.underRectification ?? o.under_rectification === 1,
  };
  if (next.underRectification && next.rating !== 'weak') throw fieldError('underRectification', 'is for an organisation rated weak (软弱涣散): set rating to weak too, or leave it false', 'invalid_input', 'rectification_needs_weak');
  const changes = new Changes()
    .set('name', o.name, next.name)
    .set('secretaryName', o.secretary_name, next.secretaryName)
    .set('secretaryPhone', o.secretary_phone, phone)
    .set('rating', o.rating, next.rating)
    .set('underRectification', o.under_rectification === 1, next.underRectification);
  if (changes.empty) return result('partyOrg', o.id, 'update', changes);
  db.prepare('UPDATE party_org SET name = ?, secretary_name = ?, secretary_phone = ?, rating = ?, under_rectification = ? WHERE id = ?').run(
    next.name,
    next.secretaryName,
    phone,
    next.rating,
    next.underRectification ? 1 : 0,
    o.id,
  );
  logChange(db, actor, 'partyOrg', o.id, 'update', changes.list);
  return result('partyOrg', o.id, 'update', changes);
}

/** Moves an organisation (with everything under it) under another parent. Runs inside the caller's transaction. */
export function movePartyOrg(db: Db, actor: RegisterActor, input: PartyOrgMoveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyOrg');
  const o = liveOrg(db, input.id);
  if (o.kind === 'street_committee') throw fieldError('id', 'names the street working committee (街道党工委), which heads the tree and sits under none', 'invalid_input', 'org_root_fixed');
  if (input.parentId === o.parent_id) throw fieldError('parentId', `is where organisation ${o.id} already sits`, 'invalid_input', 'unchanged');
  if (input.parentId === o.id) throw fieldError('parentId', 'is the organisation itself: an organisation cannot sit under itself', 'invalid_input', 'org_self_parent');
  const parent = liveOrg(db, input.parentId, 'parentId');
  const below = descendants(db, o.id);
  if (below.some((d) => d.id === parent.id)) throw fieldError('parentId', `is organisation ${parent.id}, which sits under organisation ${o.id}: that would make a cycle`, 'invalid_input', 'org_cycle');
  const deepest = below.reduce((m, d) => Math.max(m, d.depth), 0);
  const level = checkParent(o.kind, parent, o.community_id, deepest);
  const shift = level - o.level;
  db.prepare('UPDATE party_org SET parent_id = ?, level = ? WHERE id = ?').run(parent.id, level, o.id);
  const changes = new Changes().set('parentId', o.parent_id, parent.id).set('level', o.level, level);
  const alsoChanged: RegisterWriteResult['alsoChanged'] = [];
  if (shift !== 0) {
    const setLevel = db.prepare('UPDATE party_org SET level = ? WHERE id = ?');
    for (const d of below) {
      setLevel.run(d.level + shift, d.id);
      logChange(db, actor, 'partyOrg', d.id, 'level', [{ field: 'level', before: d.level, after: d.level + shift }], { movedWith: o.id });
      alsoChanged.push({ kind: 'partyOrg', id: d.id });
    }
  }
  logChange(db, actor, 'partyOrg', o.id, 'move', changes.list, alsoChanged.length ? { levelsShifted: alsoChanged.length } : {});
  return result('partyOrg', o.id, 'move', changes, { alsoChanged });
}

/** The organisation's coverage as 'kind:id' strings, sorted (its history shows these). */
export function coverageOf(db: Db, orgId: number): string[] {
  return (db.prepare('SELECT target_kind, target_id FROM party_org_coverage WHERE org_id = ? ORDER BY target_kind, target_id').all(orgId) as { target_kind: string; target_id: number }[]).map(
    (r) => `${r.target_kind}:${r.target_id}`,
  );
}

const TARGET_TABLE: Record<CoverageKind, string> = { grid: 'grid', building: 'building', tenant: 'tenant' };

/** Keeps tenant.covering_org_id (the column older readers and writers know) naming one of the tenant's covering organisations, or none. */
function settleTenantColumn(db: Db, tenantId: number): void {
  const first = db.prepare(`SELECT min(org_id) FROM party_org_coverage WHERE target_kind = 'tenant' AND target_id = ?`).pluck().get(tenantId) as number | null;
  const now = db.prepare('SELECT covering_org_id FROM tenant WHERE id = ?').pluck().get(tenantId) as number | null | undefined;
  if (now === undefined) return;
  const stillCovers = now !== null && db.prepare(`SELECT 1 FROM party_org_coverage WHERE org_id = ? AND target_kind = 'tenant' AND target_id = ?`).get(now, tenantId) !== undefined;
  if (!stillCovers && now !== first) db.prepare('UPDATE tenant SET covering_org_id = ? WHERE id = ?').run(first, tenantId);
}

/** Adds and removes what an organisation covers (grids, buildings, tenants). Runs inside the caller's transaction. */
export function setPartyOrgCoverage(db: Db, actor: RegisterActor, input: PartyOrgCoverageInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyOrg');
  const o = liveOrg(db, input.id);
  const add = input.add ?? [];
  const remove = input.remove ?? [];
  if (add.length === 0 && remove.length === 0) throw fieldError('add', 'and remove are both empty: name what the organisation starts or stops covering', 'invalid_input', 'coverage_empty');
  const covers = db.prepare('SELECT 1 FROM party_org_coverage WHERE org_id = ? AND target_kind = ? AND target_id = ?');
  const key = (t: CoverageTarget) => `${t.kind}:${t.id}`;
  const seen = new Set<string>();
  const check = (list: readonly CoverageTarget[], path: 'add' | 'remove') =>
    list.forEach((t, i) => {
      if (seen.has(key(t))) throw fieldError(`${path}.${i}`, `names ${t.kind} ${t.id} twice`, 'invalid_input', 'duplicate_target');
      seen.add(key(t));
      if (!db.prepare(`SELECT 1 FROM ${TARGET_TABLE[t.kind]} WHERE id = ?`).get(t.id)) throw fieldError(`${path}.${i}`, `names no ${t.kind} on the register (id ${t.id})`, 'not_found');
      const has = covers.get(o.id, t.kind, t.id) !== undefined;
      if (path === 'add' && has) throw fieldError(`${path}.${i}`, `${t.kind} ${t.id} is covered by organisation ${o.id} already`, 'conflict', 'already_covered');
      if (path === 'remove' && !has) throw fieldError(`${path}.${i}`, `${t.kind} ${t.id} is not covered by organisation ${o.id}`, 'conflict', 'not_covered');
    });
  check(add, 'add');
  check(remove, 'remove');
  const before = coverageOf(db, o.id);
  const insert = db.prepare('INSERT INTO party_org_coverage (org_id, target_kind, target_id) VALUES (?, ?, ?)');
  const del = db.prepare('DELETE FROM party_org_coverage WHERE org_id = ? AND target_kind = ? AND target_id = ?');
  for (const t of add) insert.run(o.id, t.kind, t.id);
  for (const t of remove) del.run(o.id, t.kind, t.id);
  for (const t of [...add, ...remove]) if (t.kind === 'tenant') settleTenantColumn(db, t.id);
  const changes = [{ field: 'coverage', before, after: coverageOf(db, o.id) }];
  logChange(db, actor, 'partyOrg', o.id, 'coverage', changes, { added: add.length, removed: remove.length });
  return result('partyOrg', o.id, 'coverage', changes);
}

/** Dissolves an organisation: its members and coverage go to `intoOrgId`, the row to party_org_dissolved. Runs inside the caller's transaction. */
export function dissolvePartyOrg(db: Db, actor: RegisterActor, input: PartyOrgDissolveInput): RegisterWriteResult {
  requireRegisterWrite(actor.user, 'partyOrg');
  const o = liveOrg(db, input.id);
  if (o.kind === 'street_committee') throw fieldError('id', 'names the street working committee (街道党工委), which is not dissolved here', 'invalid_input', 'org_root_fixed');
  const onDate = notAfterToday(input.onDate, today(actor));
  if (input.intoOrgId === o.id) throw fieldError('intoOrgId', 'is the organisation being dissolved: name the one its members go to', 'invalid_input', 'org_into_self');
  const into = liveOrg(db, input.intoOrgId, 'intoOrgId');
  const children = db.prepare('SELECT count(*) FROM party_org WHERE parent_id = ?').pluck().get(o.id) as number;
  if (children > 0) throw fieldError('id', `organisation ${o.id} has ${children} organisations under it: move or dissolve them first`, 'conflict', 'org_has_children');

  const members = db.prepare('SELECT id FROM party_member WHERE org_id = ? ORDER BY id').pluck().all(o.id) as number[];
  db.prepare('UPDATE party_member SET org_id = ? WHERE org_id = ?').run(into.id, o.id);
  for (const m of members) logChange(db, actor, 'partyMember', m, 'move', [{ field: 'orgId', before: o.id, after: into.id }], { dissolved: o.id });

  const coverage = coverageOf(db, o.id);
  const intoBefore = coverageOf(db, into.id);
  db.prepare('INSERT OR IGNORE INTO party_org_coverage (org_id, target_kind, target_id) SELECT ?, target_kind, target_id FROM party_org_coverage WHERE org_id = ?').run(into.id, o.id);
  db.prepare('DELETE FROM party_org_coverage WHERE org_id = ?').run(o.id);
  // The older column follows (a trigger keeps the relation as it is), closed tenants too so the row can go.
  db.prepare('UPDATE tenant SET covering_org_id = ? WHERE covering_org_id = ?').run(into.id, o.id);
  db.prepare('UPDATE tenant_closed SET covering_org_id = ? WHERE covering_org_id = ?').run(into.id, o.id);
  // 三张清单 items the organisation offered or claimed go to its successor, as its members do.
  db.prepare('UPDATE party_list_item SET owner_unit_id = ? WHERE owner_unit_id = ?').run(into.id, o.id);
  db.prepare('UPDATE party_list_item SET claimant_unit_id = ? WHERE claimant_unit_id = ?').run(into.id, o.id);
  db.prepare('UPDATE party_list_event SET party_unit_id = ? WHERE party_unit_id = ?').run(into.id, o.id);
  const intoAfter = coverageOf(db, into.id);
  if (intoAfter.length !== intoBefore.length) logChange(db, actor, 'partyOrg', into.id, 'coverage', [{ field: 'coverage', before: intoBefore, after: intoAfter }], { from: o.id });

  db.prepare(`INSERT INTO party_org_dissolved (${ARCHIVE_COLUMNS}, dissolved_on, into_org_id) SELECT ${ARCHIVE_COLUMNS}, ?, ? FROM party_org WHERE id = ?`).run(onDate, into.id, o.id);
  db.prepare('DELETE FROM party_org WHERE id = ?').run(o.id);
  const changes: FieldChange[] = [
    { field: 'status', before: 'founded', after: 'dissolved' },
    { field: 'members', before: members.length, after: 0 },
    { field: 'coverage', before: coverage, after: [] },
  ];
  logStatus(db, actor, 'partyOrg', o.id, 'dissolved', onDate, input.note ?? '');
  logChange(db, actor, 'partyOrg', o.id, 'dissolve', changes, { onDate, intoOrgId: into.id });
  const alsoChanged: RegisterWriteResult['alsoChanged'] = [{ kind: 'partyOrg', id: into.id }, ...members.map((id) => ({ kind: 'partyMember' as const, id }))];
  return result('partyOrg', o.id, 'dissolve', changes, { alsoChanged });
}
