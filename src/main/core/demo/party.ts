// Party organisations and members. Territorial tree: 街道党工委 → 社区党委 → 网格/小区党支部
// (each covering 1-3 neighbouring grids) → 楼栋党小组 (a cluster of buildings with enough
// members). Beside it, non-territorial organisations: resident units (驻区单位), "两新"
// firms, commercial-building committees (楼宇党委), market/商圈 committees, joint branches
// of street-front shops, and temporary groups in volunteer teams. Tenant coverage
// (which organisation reaches each tenant, or none: 党建真空) is decided here too.
import type { DualReportState, PartyMemberCategory, PartyOrgKind, PartyOrgRating } from '../../../shared/domain';
import { shanghaiDate } from '../calendar/workCalendar';
import type { BuildingPlan } from './buildings';
import type { Pt } from './geometry/planar';
import { chineseNumber, mobilePhone, personName } from './names';
import type { Resident } from './people';
import { STREET, type StreetPlan } from './plan';
import type { Rng } from './rng';
import type { Tenant } from './tenants';

export interface PartyOrg {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: PartyOrgKind;
  level: number;
  community: number | null;
  grid: number | null;
  building: number | null;
  secretaryName: string;
  secretaryPhone: string;
  point: Pt;
  rating: PartyOrgRating;
  underRectification: boolean;
  foundedOn: string;
}

export interface PartyMember {
  id: number;
  orgId: number;
  residentId: number | null;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: PartyMemberCategory;
  dualReport: DualReportState;
  joinedOn: string;
  age: number;
}

/** Non-territorial organisations of a real street, by kind (about 80 in all). */
const NON_TERRITORIAL_AT_SCALE_1: Readonly<Partial<Record<PartyOrgKind, number>>> = {
  resident_unit: 20,
  two_new: 30,
  commercial_building: 8,
  market: 4,
  joint_branch: 16,
  temporary_group: 2,
};

/** Members of non-territorial organisations (who mostly live elsewhere), [min, max]. */
const OUTSIDE_MEMBERS: Readonly<Partial<Record<PartyOrgKind, readonly [number, number]>>> = {
  resident_unit: [6, 28],
  two_new: [3, 12],
  commercial_building: [5, 18],
  market: [4, 12],
  joint_branch: [3, 9],
  temporary_group: [3, 6],
};

const RESIDENT_UNITS = [
  '区税务局九龙税务所', '建设银行九龙坡支行', '中国移动九龙坡分公司', '轨道交通运营二分公司', '区人民医院九龙分院',
  '区疾病预防控制中心', '重庆建设工业集团', '区不动产登记中心', '九龙坡区档案馆', '区公共资源交易中心',
  '区社会保险事务中心', '区图书馆', '中国邮政九龙坡分公司', '重庆港九龙码头公司', '区退役军人服务中心',
];

/** Share of tenants a Party organisation reaches; the rest are the coverage gap. */
const TENANT_COVERAGE = 0.76;
/** A cluster of buildings needs this many resident members to form a building group. */
const MIN_GROUP_MEMBERS = 3;
/** A branch this large has a committee (支委) and may have groups; a smaller one has neither. */
const BRANCH_COMMITTEE_MIN_MEMBERS = 7;
/** From this many members a branch's committee has five members rather than three. */
const LARGE_BRANCH_MEMBERS = 50;

export interface PartyResult {
  orgs: PartyOrg[];
  members: PartyMember[];
}

interface Builder {
  orgs: PartyOrg[];
  members: PartyMember[];
  rng: Rng;
  anchor: number;
}

function rating(rng: Rng, kind: PartyOrgKind): { rating: PartyOrgRating; underRectification: boolean } {
  // The street's working committee is the one that rates the others: it is never itself 软弱涣散.
  const r =
    kind === 'street_committee'
      ? rng.weighted<PartyOrgRating>([['advanced', 0.6], ['good', 0.4]])
      : rng.weighted<PartyOrgRating>([['advanced', 0.25], ['good', 0.45], ['average', 0.25], ['weak', 0.05]]);
  return { rating: r, underRectification: r === 'weak' && rng.chance(0.8) };
}

function dateBetween(rng: Rng, fromMs: number, toMs: number): string {
  return shanghaiDate(fromMs + rng.next() * Math.max(0, toMs - fromMs));
}

const YEAR_MS = 365.2425 * 86_400_000;

function addOrg(b: Builder, org: Omit<PartyOrg, 'id' | 'rating' | 'underRectification' | 'secretaryName' | 'secretaryPhone' | 'foundedOn'>, foundedFromYear: number): PartyOrg {
  const full: PartyOrg = {
    ...org,
    id: b.orgs.length + 1,
    ...rating(b.rng, org.kind),
    secretaryName: '',
    secretaryPhone: '',
    foundedOn: dateBetween(b.rng, Date.UTC(foundedFromYear, 0, 1), Math.min(b.anchor - 60 * 86_400_000, Date.UTC(foundedFromYear + 8, 0, 1))),
  };
  b.orgs.push(full);
  return full;
}

function residentMember(b: Builder, orgId: number, r: Resident): void {
  const category: PartyMemberCategory = r.age >= 60 ? 'retired' : r.age <= 35 && b.rng.chance(0.12) ? 'mobile' : 'employed';
  const dualReport: DualReportState = category === 'employed' ? (b.rng.chance(0.85) ? 'registered' : 'pending') : 'not_required';
  b.members.push({
    id: b.members.length + 1,
    orgId,
    residentId: r.id,
    name: r.name,
    gender: r.gender,
    phone: r.phone ?? mobilePhone(b.rng),
    category,
    dualReport,
    joinedOn: joinedOn(b, r.age),
    age: r.age,
  });
}

function joinedOn(b: Builder, age: number): string {
  const earliest = b.anchor - (age - 18) * YEAR_MS;
  return dateBetween(b.rng, Math.max(earliest, Date.UTC(1955, 0, 1)), b.anchor - 30 * 86_400_000);
}

function outsideMembers(b: Builder, org: PartyOrg): void {
  const [min, max] = OUTSIDE_MEMBERS[org.kind] ?? [3, 6];
  const n = b.rng.int(min, max);
  for (let k = 0; k < n; k++) {
    const age = b.rng.int(23, 58);
    const gender = b.rng.chance(0.55) ? 'M' : 'F';
    const category: PartyMemberCategory = org.kind === 'resident_unit' ? 'employed' : org.kind === 'temporary_group' ? 'mobile' : 'two_new';
    b.members.push({
      id: b.members.length + 1,
      orgId: org.id,
      residentId: null,
      name: personName(b.rng, gender, new Date(b.anchor).getUTCFullYear() - age),
      gender,
      phone: mobilePhone(b.rng),
      category,
      dualReport: category === 'employed' ? (b.rng.chance(0.8) ? 'registered' : 'pending') : 'not_required',
      joinedOn: joinedOn(b, age),
      age,
    });
  }
}

export function generateParty(rng: Rng, plan: StreetPlan, buildings: readonly BuildingPlan[], residents: readonly Resident[], tenants: Tenant[], anchor: number): PartyResult {
  const b: Builder = { orgs: [], members: [], rng, anchor };
  const streetCentre = buildings.find((x) => x.role === 'streetCentre')!;
  const communityCentre = new Map(buildings.filter((x) => x.role === 'communityCentre').map((x) => [x.community, x]));
  const gridBuildings = new Map<number, BuildingPlan[]>();
  for (const x of buildings) {
    const list = gridBuildings.get(x.grid);
    if (list) list.push(x);
    else gridBuildings.set(x.grid, [x]);
  }
  const partyByBuilding = new Map<number, Resident[]>();
  for (const r of residents) {
    if (!r.partyMember) continue;
    const list = partyByBuilding.get(r.building);
    if (list) list.push(r);
    else partyByBuilding.set(r.building, [r]);
  }

  const street = addOrg(
    b,
    { parentId: null, code: `DW${STREET.code}`, name: `中共${STREET.district}${STREET.name}工作委员会`, kind: 'street_committee', level: 1, community: null, grid: null, building: streetCentre.index, point: streetCentre.center },
    1996,
  );
  const branchOfGrid = new Map<number, PartyOrg>();
  for (const community of plan.communities) {
    const centre = communityCentre.get(community.index)!;
    const committee = addOrg(
      b,
      {
        parentId: street.id,
        code: `${street.code}-${String(community.index + 1).padStart(2, '0')}`,
        name: `中共${community.name}委员会`,
        kind: 'community_committee',
        level: 2,
        community: community.index,
        grid: null,
        building: centre.index,
        point: centre.center,
      },
      2000,
    );
    const grids = plan.grids.filter((g) => g.community === community.index);
    let branchSeq = 0;
    for (let g = 0; g < grids.length; ) {
      const size = Math.min(grids.length - g, rng.weighted([[1, 0.2], [2, 0.5], [3, 0.3]]));
      const covered = grids.slice(g, g + size);
      g += size;
      branchSeq++;
      const first = covered[0]!;
      const homes = covered.flatMap((grid) => gridBuildings.get(grid.index) ?? []).filter((x) => x.households > 0);
      const mainCell = plan.cells[first.cells[0]!]!;
      const anchorBuilding = homes[0] ?? gridBuildings.get(first.index)![0]!;
      // A big new estate has its own estate branch (小区党支部); elsewhere the branch is named for its grids.
      const estate = mainCell.style === 'new' ? anchorBuilding.name.replace(/\d+栋$/, '') : null;
      const branch = addOrg(
        b,
        {
          parentId: committee.id,
          code: `${committee.code}-${String(branchSeq).padStart(2, '0')}`,
          name: estate ? `${estate}小区党支部` : `${community.name}第${chineseNumber(branchSeq)}网格党支部`,
          kind: estate ? 'estate_branch' : 'grid_branch',
          level: 3,
          community: community.index,
          grid: first.index,
          building: anchorBuilding.index,
          point: anchorBuilding.center,
        },
        2005,
      );
      for (const grid of covered) branchOfGrid.set(grid.index, branch);
      buildingGroups(b, branch, homes, partyByBuilding);
    }
  }
  nonTerritorial(b, plan, buildings, tenants, street, branchOfGrid, communityCentre);
  chooseSecretaries(b);
  coverTenants(rng.fork('coverage'), b, buildings, tenants, branchOfGrid);
  return { orgs: b.orgs, members: b.members };
}

/**
 * Clusters of 3-6 neighbouring homes; a cluster with enough members gets a building group
 * (楼栋党小组). A branch of 7 or more members keeps its committee (支委, 3 or 5 members, the
 * secretary among them) as members of its own, and never has more groups than members of
 * its own: small clusters are merged with their neighbours until it does not. A branch of
 * fewer than 7 members has no groups at all.
 */
function buildingGroups(b: Builder, branch: PartyOrg, homes: readonly BuildingPlan[], partyByBuilding: ReadonlyMap<number, Resident[]>): void {
  const clusters: { first: BuildingPlan; people: Resident[] }[] = [];
  for (let i = 0; i < homes.length; ) {
    const cluster = homes.slice(i, i + b.rng.int(3, 6));
    i += cluster.length;
    clusters.push({ first: cluster[0]!, people: cluster.flatMap((x) => partyByBuilding.get(x.index) ?? []) });
  }
  const total = clusters.reduce((n, c) => n + c.people.length, 0);
  if (total < BRANCH_COMMITTEE_MIN_MEMBERS) {
    for (const c of clusters) for (const r of c.people) residentMember(b, branch.id, r);
    return;
  }
  // The committee: one member at a time from the fullest cluster.
  const own: Resident[] = [];
  const committee = total >= LARGE_BRANCH_MEMBERS ? 5 : 3;
  while (own.length < committee) {
    const fullest = clusters.reduce((p, q) => (q.people.length > p.people.length ? q : p));
    own.push(fullest.people.pop()!);
  }
  // Merge each cluster too small for a group into the next one, then merge neighbouring
  // groups while there are more groups than members of the branch's own.
  let groups: { first: BuildingPlan; people: Resident[] }[] = [];
  let pending: { first: BuildingPlan; people: Resident[] } | null = null;
  for (const c of clusters) {
    pending = pending ? { first: pending.first, people: [...pending.people, ...c.people] } : c;
    if (pending.people.length >= MIN_GROUP_MEMBERS) {
      groups.push(pending);
      pending = null;
    }
  }
  if (pending) {
    const last = groups.at(-1);
    if (last) last.people.push(...pending.people);
    else own.push(...pending.people);
  }
  while (groups.length > own.length) {
    const merged: typeof groups = [];
    for (let i = 0; i < groups.length; i += 2) {
      const next = groups[i + 1];
      merged.push(next ? { first: groups[i]!.first, people: [...groups[i]!.people, ...next.people] } : groups[i]!);
    }
    groups = merged;
  }
  for (const r of own) residentMember(b, branch.id, r);
  groups.forEach((g, k) => {
    const orgId = addOrg(
      b,
      {
        parentId: branch.id,
        code: `${branch.code}-${String(k + 1).padStart(2, '0')}`,
        name: `${g.first.name}党小组`, // "3栋党小组": the building name already says 栋 or 楼
        kind: 'building_group',
        level: 4,
        community: branch.community,
        grid: g.first.grid,
        building: g.first.index,
        point: g.first.center,
      },
      2012,
    ).id;
    for (const r of g.people) residentMember(b, orgId, r);
  });
}

function countFor(kind: PartyOrgKind, scale: number): number {
  return Math.max(1, Math.round((NON_TERRITORIAL_AT_SCALE_1[kind] ?? 0) * scale));
}

function nonTerritorial(
  b: Builder,
  plan: StreetPlan,
  buildings: readonly BuildingPlan[],
  tenants: Tenant[],
  street: PartyOrg,
  branchOfGrid: ReadonlyMap<number, PartyOrg>,
  communityCentre: ReadonlyMap<number, BuildingPlan>,
): void {
  const rng = b.rng;
  const scale = plan.scale;
  let seq = 0;
  const code = () => `${street.code}-F${String(++seq).padStart(3, '0')}`;
  const tenantCount = new Map<number, number>();
  for (const t of tenants) tenantCount.set(t.building, (tenantCount.get(t.building) ?? 0) + 1);
  const byTenants = (a: BuildingPlan, c: BuildingPlan) => (tenantCount.get(c.index) ?? 0) - (tenantCount.get(a.index) ?? 0) || a.index - c.index;
  const taken = new Set<number>();
  const at = (x: BuildingPlan) => ({ community: x.community, grid: x.grid, building: x.index, point: x.center });
  const outside: PartyOrg[] = [];

  for (const x of buildings.filter((x) => x.kind === 'office').sort(byTenants).slice(0, countFor('commercial_building', scale))) {
    taken.add(x.index);
    outside.push(addOrg(b, { parentId: street.id, code: code(), name: `${x.name}楼宇党委`, kind: 'commercial_building', level: 2, ...at(x) }, 2010));
  }
  for (const x of buildings.filter((x) => (x.kind === 'mall' || x.kind === 'market') && !taken.has(x.index)).sort(byTenants).slice(0, countFor('market', scale))) {
    taken.add(x.index);
    const name = x.kind === 'market' ? `${x.name}党支部` : `${x.name}商圈党委`;
    outside.push(addOrg(b, { parentId: street.id, code: code(), name, kind: 'market', level: 2, ...at(x) }, 2012));
  }
  const unitHosts = rng.shuffle(buildings.filter((x) => (x.kind === 'public' && x.role === null) || (x.kind === 'office' && !taken.has(x.index))));
  const campusNames = new Set<string>();
  for (const x of unitHosts) {
    if (outside.filter((o) => o.kind === 'resident_unit').length >= countFor('resident_unit', scale)) break;
    const campus = x.name.replace(/\d+号楼$/, '');
    if (campusNames.has(campus)) continue;
    campusNames.add(campus);
    const name = x.kind === 'public' ? `${campus}党支部` : `${RESIDENT_UNITS[campusNames.size % RESIDENT_UNITS.length]!}党支部`;
    outside.push(addOrg(b, { parentId: street.id, code: code(), name, kind: 'resident_unit', level: 2, ...at(x) }, 2000));
  }
  const buildingOrg = new Map(outside.filter((o) => o.kind === 'commercial_building').map((o) => [o.building!, o]));
  const firms = tenants.filter((t) => !t.individual).sort((p, q) => q.employees - p.employees || p.id - q.id);
  for (const t of firms.slice(0, countFor('two_new', scale))) {
    const host = buildings[t.building]!;
    const parent = buildingOrg.get(host.index);
    const org = addOrg(
      b,
      {
        parentId: parent ? parent.id : orgOfCommunity(b, host.community).id,
        code: code(),
        name: `${t.name}党支部`,
        kind: 'two_new',
        level: 3,
        ...at(host),
      },
      2012,
    );
    t.coveringOrgId = org.id;
    outside.push(org);
  }
  for (let k = 0; k < countFor('joint_branch', scale); k++) {
    const community = plan.communities[k % plan.communities.length]!;
    const fronts = buildings.filter((x) => x.community === community.index && x.use === 'mixed');
    const roads = [...new Set(fronts.map((x) => x.road))];
    const road = roads[Math.floor(k / plan.communities.length) % Math.max(1, roads.length)];
    const host = fronts.find((x) => x.road === road) ?? communityCentre.get(community.index)!;
    const name = road ? `${community.name}${road}沿街商户联合党支部` : `${community.name}个体工商户联合党支部`;
    if (b.orgs.some((o) => o.name === name)) continue;
    outside.push(addOrg(b, { parentId: orgOfCommunity(b, community.index).id, code: code(), name, kind: 'joint_branch', level: 3, ...at(host) }, 2015));
  }
  for (let k = 0; k < countFor('temporary_group', scale); k++) {
    const community = plan.communities[k % plan.communities.length]!;
    const grid = plan.grids.find((g) => g.community === community.index)!;
    const branch = branchOfGrid.get(grid.index)!;
    const org = addOrg(
      b,
      {
        parentId: branch.id,
        code: code(),
        name: `${community.name}志愿服务队临时党小组`,
        kind: 'temporary_group',
        level: 4,
        community: community.index,
        grid: grid.index,
        building: branch.building,
        point: branch.point,
      },
      2024,
    );
    org.foundedOn = dateBetween(rng, b.anchor - 200 * 86_400_000, b.anchor - 20 * 86_400_000);
    outside.push(org);
  }
  for (const org of outside) outsideMembers(b, org);
}

function orgOfCommunity(b: Builder, community: number): PartyOrg {
  return b.orgs.find((o) => o.kind === 'community_committee' && o.community === community)!;
}

/** A secretary is one of the organisation's own members (of working or early-retired age), else one from below it. */
function chooseSecretaries(b: Builder): void {
  const membersOf = new Map<number, PartyMember[]>();
  for (const m of b.members) {
    const list = membersOf.get(m.orgId);
    if (list) list.push(m);
    else membersOf.set(m.orgId, [m]);
  }
  const children = new Map<number, PartyOrg[]>();
  for (const o of b.orgs) {
    if (o.parentId === null) continue;
    const list = children.get(o.parentId);
    if (list) list.push(o);
    else children.set(o.parentId, [o]);
  }
  const pool = (org: PartyOrg, depth: number): PartyMember[] => {
    const own = membersOf.get(org.id) ?? [];
    if (own.length > 0 || depth > 2) return own;
    return (children.get(org.id) ?? []).flatMap((c) => pool(c, depth + 1));
  };
  const secretaries = new Set<number>();
  for (const org of b.orgs) {
    // The street's secretary is a district cadre, not a member of any organisation here.
    const candidates = org.kind === 'street_committee' ? [] : pool(org, 0).filter((m) => !secretaries.has(m.id));
    const suitable = candidates.filter((m) => m.age >= 30 && m.age <= 68);
    const pick = suitable.length > 0 ? b.rng.pick(suitable) : candidates.length > 0 ? b.rng.pick(candidates) : null;
    if (pick) {
      secretaries.add(pick.id);
      org.secretaryName = pick.name;
      org.secretaryPhone = pick.phone;
    } else {
      const gender = b.rng.chance(0.6) ? 'M' : 'F';
      org.secretaryName = personName(b.rng, gender, 1970 + b.rng.int(0, 20));
      org.secretaryPhone = mobilePhone(b.rng);
    }
  }
}

/**
 * Coverage: a firm's own 两新 branch, its building's 楼宇党委 or market committee, the joint
 * branch of street-front shops in its community; then grid branches take in tenants until
 * about TENANT_COVERAGE of all are reached. The remainder is the gap the app reports.
 */
function coverTenants(rng: Rng, b: Builder, buildings: readonly BuildingPlan[], tenants: Tenant[], branchOfGrid: ReadonlyMap<number, PartyOrg>): void {
  const byBuilding = new Map<number, PartyOrg>();
  for (const o of b.orgs) if ((o.kind === 'commercial_building' || o.kind === 'market') && o.building !== null) byBuilding.set(o.building, o);
  const joint = new Map<string, PartyOrg>();
  const jointByCommunity = new Map<number, PartyOrg>();
  for (const o of b.orgs) {
    if (o.kind !== 'joint_branch' || o.community === null) continue;
    const road = buildings[o.building!]!.road;
    joint.set(`${o.community}:${road}`, o);
    if (!jointByCommunity.has(o.community)) jointByCommunity.set(o.community, o);
  }
  const uncovered: Tenant[] = [];
  for (const t of tenants) {
    if (t.coveringOrgId !== null) continue;
    const host = buildings[t.building]!;
    const own = byBuilding.get(host.index);
    const sameRoad = joint.get(`${host.community}:${host.road}`);
    const nearby = jointByCommunity.get(host.community);
    if (own && rng.chance(0.95)) t.coveringOrgId = own.id;
    else if (host.use === 'mixed' && sameRoad && rng.chance(0.85)) t.coveringOrgId = sameRoad.id;
    else if (host.use === 'mixed' && nearby && rng.chance(0.3)) t.coveringOrgId = nearby.id;
    else uncovered.push(t);
  }
  const covered = tenants.length - uncovered.length;
  const wanted = Math.max(0, Math.round(TENANT_COVERAGE * tenants.length * rng.float(0.97, 1.03)) - covered);
  for (const t of rng.shuffle(uncovered).slice(0, wanted)) t.coveringOrgId = branchOfGrid.get(buildings[t.building]!.grid)!.id;

  // Members among each tenant's staff: its own branch's members, otherwise a few in larger firms.
  const ownMembers = new Map<number, number>();
  for (const m of b.members) ownMembers.set(m.orgId, (ownMembers.get(m.orgId) ?? 0) + 1);
  const twoNew = new Set(b.orgs.filter((o) => o.kind === 'two_new').map((o) => o.id));
  for (const t of tenants) {
    if (t.coveringOrgId !== null && twoNew.has(t.coveringOrgId)) t.partyMembers = Math.min(t.employees, ownMembers.get(t.coveringOrgId) ?? 0);
    else if (t.employees >= 20) t.partyMembers = rng.chance(0.5) ? rng.int(1, 3) : 0;
    else t.partyMembers = rng.chance(0.04) ? 1 : 0;
  }
}
