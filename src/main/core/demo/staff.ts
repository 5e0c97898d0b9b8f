// Grid staff after the "11XN" pattern (1 grid head, 1 full-time grid worker, X building
// heads, N volunteers), drawn mostly from the grid's own residents, Party members first
// where the pattern asks them to lead; and the service positions (党群服务中心,
// 便民服务站, 志愿服务点).
import type { FacilityKind, StaffRole } from '../../../shared/domain';
import type { BuildingPlan } from './buildings';
import type { Pt } from './geometry/planar';
import { mobilePhone, personName } from './names';
import type { Resident } from './people';
import type { StreetPlan } from './plan';
import type { Rng } from './rng';

export interface Staff {
  id: number;
  grid: number;
  role: StaffRole;
  name: string;
  phone: string;
  residentId: number | null;
  building: number | null;
  partyMember: boolean;
}

export interface Facility {
  id: number;
  kind: FacilityKind;
  name: string;
  community: number | null;
  grid: number;
  address: string;
  openHours: string;
  point: Pt;
}

/** Buildings per building head (the X of 11XN). */
const BUILDINGS_PER_HEAD = 3;
const VOLUNTEER_POINTS_AT_SCALE_1 = 40;

export function generateStaff(rng: Rng, plan: StreetPlan, buildings: readonly BuildingPlan[], residents: readonly Resident[], anchorYear: number): Staff[] {
  const byBuilding = new Map<number, Resident[]>();
  for (const r of residents) {
    if (r.phone === null || r.age < 18) continue;
    const list = byBuilding.get(r.building);
    if (list) list.push(r);
    else byBuilding.set(r.building, [r]);
  }
  const staff: Staff[] = [];
  const used = new Set<number>();
  const add = (grid: number, role: StaffRole, building: number | null, person: Resident | null, r: Rng) => {
    if (person) used.add(person.id);
    const gender = r.chance(0.5) ? 'M' : 'F';
    staff.push({
      id: staff.length + 1,
      grid,
      role,
      name: person ? person.name : personName(r, gender, anchorYear - r.int(24, 50)),
      phone: person ? person.phone! : mobilePhone(r),
      residentId: person ? person.id : null,
      building,
      partyMember: person ? person.partyMember : r.chance(0.55),
    });
  };
  /** A resident of the given buildings in the age band, a Party member with probability preferParty when there is one. */
  const choose = (r: Rng, homes: readonly BuildingPlan[], minAge: number, maxAge: number, preferParty: number): Resident | null => {
    const pool = homes.flatMap((h) => byBuilding.get(h.index) ?? []).filter((p) => p.age >= minAge && p.age <= maxAge && !used.has(p.id));
    if (pool.length === 0) return null;
    const party = pool.filter((p) => p.partyMember);
    return party.length > 0 && r.chance(preferParty) ? r.pick(party) : r.pick(pool);
  };

  for (const grid of plan.grids) {
    const r = rng.fork(`g${grid.index}`);
    const homes = buildings.filter((b) => b.grid === grid.index && b.households > 0);
    add(grid.index, 'grid_head', null, choose(r, homes, 35, 62, 0.85), r);
    add(grid.index, 'grid_worker', null, r.chance(0.5) ? choose(r, homes, 24, 50, 0.5) : null, r);
    for (let i = 0; i < homes.length; i += BUILDINGS_PER_HEAD) {
      const group = homes.slice(i, i + BUILDINGS_PER_HEAD);
      const head = choose(r, group, 30, 75, 0.5);
      add(grid.index, 'building_head', head ? head.building : group[0]!.index, head, r);
    }
    const volunteers = r.int(3, 8);
    for (let k = 0; k < volunteers; k++) add(grid.index, 'volunteer', null, choose(r, homes, 18, 76, 0.4), r);
  }
  return staff;
}

export function generateFacilities(rng: Rng, plan: StreetPlan, buildings: readonly BuildingPlan[]): Facility[] {
  const out: Facility[] = [];
  // Every facility belongs to the community it stands in, the street's own centre too (it serves the whole street).
  const add = (kind: FacilityKind, name: string, b: BuildingPlan, openHours: string) =>
    out.push({ id: out.length + 1, kind, name, community: b.community, grid: b.grid, address: b.address, openHours, point: b.center });
  const centre = buildings.find((b) => b.role === 'streetCentre')!;
  add('party_service_center', centre.name, centre, '周一至周日 09:00-18:00');
  for (const c of plan.communities) {
    const b = buildings.find((x) => x.role === 'communityCentre' && x.community === c.index)!;
    add('convenience_station', `${c.name}便民服务站`, b, '周一至周五 08:30-12:00 14:00-17:30；周六 09:00-12:00');
  }
  const points = Math.max(plan.communities.length, Math.round(VOLUNTEER_POINTS_AT_SCALE_1 * plan.scale));
  const estates = new Set<string>();
  const candidates = rng.shuffle(buildings.filter((b) => b.households > 0));
  for (let k = 0; out.filter((f) => f.kind === 'volunteer_point').length < points && k < candidates.length; k++) {
    const b = candidates[k]!;
    const estate = b.name.replace(/\d+栋$/, '');
    // Spread points over the communities, one per estate.
    const perCommunity = out.filter((f) => f.kind === 'volunteer_point' && f.community === b.community).length;
    if (estates.has(estate) || perCommunity >= Math.ceil(points / plan.communities.length)) continue;
    estates.add(estate);
    add('volunteer_point', `${estate}志愿服务点`, b, rng.pick(['每日 08:00-20:00', '周一至周五 09:00-17:00', '周末 09:00-17:00']));
  }
  return out;
}
