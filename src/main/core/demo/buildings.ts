// Buildings of the street plan. Each cell is set back from the roads around it and cut
// into slots (bilinear sub-quads, which tile the cell without overlap); a building is a
// rectangle that fits inside its slot with a margin. So by construction buildings never
// overlap and each lies inside exactly one cell, hence exactly one grid.
import type { BuildingUse } from '../../../shared/domain';
import { bilinear, dist, insetQuad, insideDistance, orientedRect, type Pt, projectOnSegment, type Quad, subQuad, unit } from './geometry/planar';
import { chineseNumber, commercialBuildingName, estateName, PLACE_STEMS, publicBuildingName } from './names';
import { type CellPlan, cellInsets, type RoadKind, type RoadPlan, STREET, type StreetPlan } from './plan';
import type { Rng } from './rng';

export type BuildingKind = 'walkup' | 'midrise' | 'tower' | 'mall' | 'market' | 'office' | 'public' | 'industrial';

export interface BuildingPlan {
  /** 0-based; the database id is index + 1. */
  index: number;
  cell: number;
  grid: number;
  community: number;
  /** Sequence within the grid, 1-based (the last digits of the building code). */
  seq: number;
  slot: Quad;
  footprint: Quad;
  center: Pt;
  kind: BuildingKind;
  use: BuildingUse;
  name: string;
  floors: number;
  hasLift: boolean;
  builtYear: number;
  /** Stairwells (单元); households per floor per unit; first floor with homes (0 when none). */
  units: number;
  perFloor: number;
  residentialFrom: number;
  households: number;
  /** Floors let to shops and firms (tenant capacity). */
  tenantFloors: number;
  areaM2: number;
  /** All households rent from the housing authority (公租房). */
  publicRental: boolean;
  role: 'communityCentre' | 'streetCentre' | null;
  road: string;
  houseNumber: string;
  address: string;
}

export interface BranchRoad {
  name: string;
  points: Pt[];
}

const SLOT_W_M = 40;
const SLOT_H_M = 28;
const SLOT_MARGIN_M = 3;
/** Rough households per building of each type, used to pick the type a cell's target needs. */
const TYPICAL_HOUSEHOLDS: Partial<Record<BuildingKind, number>> = { walkup: 26, midrise: 40, tower: 150 };

export const ADDRESS_PREFIX = `${STREET.city}${STREET.district}${STREET.name}`;

interface Slot {
  a: number;
  b: number;
  quad: Quad;
  /** Touches a main road: shops on the ground floors, public buildings face it. */
  onMainRoad: boolean;
  width: number;
}

type Draft = Omit<BuildingPlan, 'index' | 'seq' | 'road' | 'houseNumber' | 'address'>;

export function planBuildings(rng: Rng, plan: StreetPlan): { buildings: BuildingPlan[]; branchRoads: BranchRoad[] } {
  const estateNames = new Set<string>();
  const drafts: Draft[] = [];
  const branchRoads: BranchRoad[] = [];
  const branchCount = new Map<string, number>();
  const communityCentres = new Map(plan.communities.map((c) => [c.centreCell, c.index]));

  for (const grid of plan.grids) {
    for (const cellId of grid.cells) {
      const cell = plan.cells[cellId]!;
      if (cell.kind === 'park') continue;
      const r = rng.fork(`cell${cellId}`);
      const layout = slotLayout(r, plan, cell);
      if (layout.lane) {
        const bottomRoad = plan.roads[plan.horizontalRoad[cell.cj]!]!;
        const stem = bottomRoad.name.replace(/(大道|正街|横街|支路|路|街|巷)$/, '');
        const n = (branchCount.get(stem) ?? 0) + 1;
        branchCount.set(stem, n);
        branchRoads.push({ name: `${stem}${chineseNumber(n)}支路`, points: laneLine(cell.quad, layout.inset) });
      }
      const specials: SpecialBuilding[] = [];
      if (plan.streetCentreCell === cellId) specials.push({ name: `${STREET.name}党群服务中心`, role: 'streetCentre' });
      const communityIndex = communityCentres.get(cellId);
      if (communityIndex !== undefined) {
        specials.push({ name: `${plan.communities[communityIndex]!.name}服务中心`, role: 'communityCentre' });
      }
      const stem = plan.communities[cell.community]!.stem;
      drafts.push(...fillCell(r, cell, layout.slots, specials, stem, estateNames));
    }
  }
  return { buildings: number(rng.fork('numbers'), plan, drafts), branchRoads };
}

interface SpecialBuilding {
  name: string;
  role: 'communityCentre' | 'streetCentre';
}

function slotLayout(rng: Rng, plan: StreetPlan, cell: CellPlan): { inset: Quad; slots: Slot[]; lane: boolean } {
  const kinds = (ids: readonly number[]) => ids.map((id) => plan.roads[id]!.kind);
  const hKinds = kinds(plan.horizontalRoad);
  const vKinds = kinds(plan.verticalRoad);
  const inset = insetQuad(cell.quad, cellInsets(cell, hKinds, vKinds));
  const w = (dist(inset[0], inset[1]) + dist(inset[3], inset[2])) / 2;
  const h = (dist(inset[0], inset[3]) + dist(inset[1], inset[2])) / 2;
  const nx = Math.max(2, Math.floor(w / SLOT_W_M));
  const ny = Math.max(2, Math.floor(h / SLOT_H_M));
  const lane = ny >= 4 && ny % 2 === 0 && rng.chance(0.45);
  const main: Record<'bottom' | 'right' | 'top' | 'left', boolean> = {
    bottom: hKinds[cell.cj] === 'main',
    top: hKinds[cell.cj + 1] === 'main',
    left: vKinds[cell.ci] === 'main',
    right: vKinds[cell.ci + 1] === 'main',
  };
  const slots: Slot[] = [];
  for (let b = 0; b < ny; b++) {
    for (let a = 0; a < nx; a++) {
      const quad = subQuad(inset, a / nx, (a + 1) / nx, b / ny, (b + 1) / ny);
      slots.push({
        a,
        b,
        quad,
        onMainRoad: (b === 0 && main.bottom) || (b === ny - 1 && main.top) || (a === 0 && main.left) || (a === nx - 1 && main.right),
        width: (dist(quad[0], quad[1]) + dist(quad[3], quad[2])) / 2,
      });
    }
  }
  return { inset, slots, lane };
}

/** The lane runs from the middle of the cell's west edge to the middle of its east edge, between two slot rows. */
function laneLine(cell: Quad, inset: Quad): Pt[] {
  return [bilinear(cell, 0, 0.5), bilinear(inset, 0, 0.5), bilinear(inset, 1, 0.5), bilinear(cell, 1, 0.5)];
}

interface Spec {
  kind: BuildingKind;
  name: string;
  use: BuildingUse;
  floors: number;
  units: number;
  perFloor: number;
  residentialFrom: number;
  length: number;
  depth: number;
  hasLift: boolean;
  builtYear: number;
  publicRental: boolean;
  role: SpecialBuilding['role'] | null;
}

function nonResidentialKinds(rng: Rng, cell: CellPlan): BuildingKind[] {
  switch (cell.style) {
    case 'business':
      return [...Array<BuildingKind>(rng.int(2, 4)).fill('office'), ...Array<BuildingKind>(rng.int(1, 2)).fill('mall'), ...(rng.chance(0.4) ? (['market'] as const) : [])];
    case 'campus':
      return Array<BuildingKind>(rng.int(3, 5)).fill('public');
    case 'works':
      return [...Array<BuildingKind>(rng.int(2, 4)).fill('industrial'), ...(rng.chance(0.5) ? (['office'] as const) : [])];
    default: {
      const count = rng.weighted([[0, 0.15], [1, 0.4], [2, 0.3], [3, 0.15]]);
      return Array.from({ length: count }, () => rng.weighted<BuildingKind>([['public', 0.35], ['mall', 0.2], ['market', 0.1], ['office', 0.35]]));
    }
  }
}

function fillCell(rng: Rng, cell: CellPlan, allSlots: readonly Slot[], specials: readonly SpecialBuilding[], communityStem: string, estateNames: Set<string>): Draft[] {
  const free = rng.shuffle([...allSlots]);
  // Buildings facing a main road are taken first for shops, offices and public buildings.
  const takeSlot = (preferMain: boolean): Slot | undefined => {
    const i = preferMain ? free.findIndex((s) => s.onMainRoad) : -1;
    return free.splice(i >= 0 ? i : 0, 1)[0];
  };
  const out: Draft[] = [];
  const place = (slot: Slot, spec: Spec) => {
    const fitted = fitFootprint(slot, spec.length, spec.depth);
    if (!fitted) return false;
    const households = spec.residentialFrom > 0 ? spec.units * spec.perFloor * (spec.floors - spec.residentialFrom + 1) : 0;
    const tenantFloors =
      spec.use === 'mixed' ? spec.residentialFrom - 1 : spec.kind === 'mall' || spec.kind === 'office' || spec.kind === 'market' || spec.kind === 'industrial' ? spec.floors : 0;
    out.push({
      cell: cell.id,
      grid: cell.grid,
      community: cell.community,
      slot: slot.quad,
      footprint: fitted.footprint,
      center: fitted.center,
      kind: spec.kind,
      use: spec.use,
      name: spec.name,
      floors: spec.floors,
      hasLift: spec.hasLift,
      builtYear: spec.builtYear,
      units: spec.units,
      perFloor: spec.perFloor,
      residentialFrom: spec.residentialFrom,
      households,
      tenantFloors,
      areaM2: fitted.area,
      publicRental: spec.publicRental,
      role: spec.role,
    });
    return true;
  };

  const nameStem = () => (rng.chance(0.5) ? communityStem : rng.pick(PLACE_STEMS));
  // Campus cells are one institution: all its buildings share the name.
  const campusName = cell.style === 'campus' ? publicBuildingName(rng, nameStem()) : '';
  let campusBuilding = 0;
  const nonResidential: (SpecialBuilding | BuildingKind)[] = [...specials, ...nonResidentialKinds(rng, cell)];
  const reserve = Math.ceil(cell.households / 150) + 1;
  for (const item of nonResidential) {
    if (typeof item !== 'string') {
      // The street's and communities' service centres must exist: try slots until one fits.
      const spec = publicSpec(rng, item.name, item.role);
      for (let placed = false; !placed; ) {
        const slot = takeSlot(true);
        if (!slot) throw new Error(`cell ${cell.id}: no slot fits ${item.name}`);
        placed = place(slot, spec);
      }
      continue;
    }
    if (free.length <= reserve) break;
    const slot = takeSlot(true);
    if (!slot) break;
    const name =
      item === 'public'
        ? cell.style === 'campus'
          ? `${campusName}${++campusBuilding}号楼`
          : publicBuildingName(rng, nameStem())
        : commercialBuildingName(rng, nameStem(), item === 'market' || item === 'office' || item === 'industrial' ? item : 'commercial');
    place(slot, nonResidentialSpec(rng, item, name));
  }

  // Homes, until the cell holds its share of the grid's households.
  const estates = new Map<'old' | 'new', { name: string; next: number }>();
  const estateFor = (style: 'old' | 'new') => {
    let e = estates.get(style);
    if (!e) {
      let name = estateName(rng, nameStem(), style);
      for (let k = 0; estateNames.has(name) && k < 20; k++) name = estateName(rng, rng.pick(PLACE_STEMS), style);
      if (estateNames.has(name)) name = `${name}${chineseNumber(estateNames.size % 99 + 1)}期`;
      estateNames.add(name);
      e = { name, next: 1 };
      estates.set(style, e);
    }
    return `${e.name}${e.next++}栋`;
  };
  let remaining = cell.households;
  while (remaining > 0) {
    const slot = takeSlot(false);
    if (!slot) throw new Error(`cell ${cell.id}: out of building slots with ${remaining} households left`);
    // Households each remaining slot must take on average: walk-ups where they suffice, else taller.
    const need = remaining / (free.length + 1);
    let kind = residentialKind(rng, cell);
    if (kind === 'walkup' && need > 0.9 * TYPICAL_HOUSEHOLDS.walkup!) kind = 'midrise';
    if (kind === 'midrise' && need > 0.9 * TYPICAL_HOUSEHOLDS.midrise!) kind = 'tower';
    const spec = residentialSpec(rng, kind, slot, cell);
    // The last free slot takes whatever is left, however many that is.
    if (free.length === 0) growToFit(spec, remaining);
    shrinkToFit(spec, remaining);
    spec.name = estateFor(spec.kind === 'tower' || (spec.kind === 'midrise' && spec.hasLift) ? 'new' : 'old');
    if (place(slot, spec)) remaining -= out[out.length - 1]!.households;
  }
  return out;
}

function residentialKind(rng: Rng, cell: CellPlan): BuildingKind {
  switch (cell.style) {
    case 'new':
      return rng.chance(0.85) ? 'tower' : 'midrise';
    case 'mixed':
      return rng.weighted<BuildingKind>([['walkup', 0.5], ['midrise', 0.2], ['tower', 0.3]]);
    default:
      return rng.chance(0.92) ? 'walkup' : 'midrise';
  }
}

function residentialSpec(rng: Rng, kind: BuildingKind, slot: Slot, cell: CellPlan): Spec {
  const usable = slot.width - 2 * SLOT_MARGIN_M;
  let spec: Spec;
  if (kind === 'walkup') {
    const units = Math.max(1, Math.min(3, Math.floor(usable / 12.5), rng.weighted([[1, 0.2], [2, 0.65], [3, 0.15]])));
    const floors = rng.weighted([[5, 0.12], [6, 0.45], [7, 0.38], [8, 0.05]]);
    spec = base('walkup', floors, units, 2, units * 12.5, 11.5, rng.chance(0.08), rng.int(1982, 2003));
  } else if (kind === 'midrise') {
    const floors = rng.int(8, 12);
    spec = base('midrise', floors, 2, 2, 28, 13, floors >= 9 || rng.chance(0.3), rng.int(1995, 2012));
  } else {
    const units = rng.chance(0.6) ? 2 : 1;
    spec = base('tower', rng.int(18, 33), units, rng.weighted([[2, 0.4], [3, 0.35], [4, 0.25]]), units === 1 ? 22 : 30, 20, true, rng.int(2003, 2021));
  }
  if (slot.onMainRoad && rng.chance(0.75)) {
    // Street-front homes have shops below (商住楼): one floor on walk-ups, a podium on towers.
    spec.use = 'mixed';
    spec.residentialFrom = spec.kind === 'tower' ? 3 : 2;
  }
  spec.publicRental = cell.style !== 'old' && spec.kind !== 'walkup' && rng.chance(0.05);
  return spec;
}

function base(kind: BuildingKind, floors: number, units: number, perFloor: number, length: number, depth: number, hasLift: boolean, builtYear: number): Spec {
  return { kind, name: '', use: 'residential', floors, units, perFloor, residentialFrom: 1, length, depth, hasLift, builtYear, publicRental: false, role: null };
}

/** Make a building tall enough for `remaining` households (a tower of up to 33 floors, 8 homes a storey). */
function growToFit(spec: Spec, remaining: number): void {
  if (spec.units * spec.perFloor * (spec.floors - spec.residentialFrom + 1) >= remaining) return;
  Object.assign(spec, { kind: 'tower', units: 2, perFloor: 4, length: 30, depth: 20, hasLift: true });
  spec.floors = Math.min(33, spec.residentialFrom - 1 + Math.ceil(remaining / 8));
}

/** Cut the last building of a cell down to the households still needed (at most units × perFloor - 1 over). */
function shrinkToFit(spec: Spec, remaining: number): void {
  const perStorey = spec.units * spec.perFloor;
  const homeFloors = spec.floors - spec.residentialFrom + 1;
  if (perStorey * homeFloors <= remaining) return;
  if (remaining <= 16) {
    Object.assign(spec, { kind: 'walkup', units: 1, perFloor: 2, length: 13, depth: 11, hasLift: false });
    spec.floors = spec.residentialFrom - 1 + Math.max(2, Math.ceil(remaining / 2));
    return;
  }
  spec.floors = spec.residentialFrom - 1 + Math.max(2, Math.ceil(remaining / perStorey));
  if (spec.kind === 'tower' && spec.floors < 12) spec.kind = 'midrise';
  if (spec.kind === 'midrise' && spec.floors < 8) {
    spec.kind = 'walkup';
    spec.hasLift = false;
  }
}

function nonResidentialSpec(rng: Rng, kind: BuildingKind, name: string): Spec {
  switch (kind) {
    case 'mall': {
      const floors = rng.int(2, 6);
      return { ...base('mall', floors, 0, 0, 40, 28, floors >= 3, rng.int(1998, 2020)), name, use: 'commercial', residentialFrom: 0 };
    }
    case 'market':
      return { ...base('market', rng.int(1, 2), 0, 0, 36, 24, false, rng.int(1990, 2015)), name, use: 'commercial', residentialFrom: 0 };
    case 'office':
      return { ...base('office', rng.int(10, 30), 0, 0, 30, 22, true, rng.int(2000, 2020)), name, use: 'office', residentialFrom: 0 };
    case 'industrial':
      return { ...base('industrial', rng.int(1, 3), 0, 0, 40, 24, false, rng.int(1965, 2000)), name, use: 'industrial', residentialFrom: 0 };
    default:
      return publicSpec(rng, name, null);
  }
}

function publicSpec(rng: Rng, name: string, role: SpecialBuilding['role'] | null): Spec {
  const floors = rng.int(2, 5);
  return { ...base('public', floors, 0, 0, 36, 18, floors >= 5, rng.int(1985, 2018)), name, use: 'public', residentialFrom: 0, role };
}

/**
 * Centre the rectangle in the slot along the slot's own direction and shrink it until it
 * keeps the margin from every slot edge. Returns null when even a small one will not fit.
 */
function fitFootprint(slot: Slot, length: number, depth: number): { footprint: Quad; center: Pt; area: number } | null {
  const q = slot.quad;
  const c = bilinear(q, 0.5, 0.5);
  const bottom = unit(q[0], q[1]);
  const top = unit(q[3], q[2]);
  const u = unit({ x: 0, y: 0 }, { x: bottom.x + top.x, y: bottom.y + top.y });
  for (let f = 1, k = 0; k < 12; k++, f *= 0.9) {
    const rect = orientedRect(c, u, (length * f) / 2, (depth * f) / 2);
    if (rect.every((p) => insideDistance(q, p) >= SLOT_MARGIN_M)) return { footprint: rect, center: c, area: length * depth * f * f };
  }
  return null;
}

/**
 * House numbers: each building takes the nearest road of its cell. Along each road the
 * buildings on one side get odd numbers and the other side even ones, in order, with the
 * gaps real numbering has.
 */
function number(rng: Rng, plan: StreetPlan, drafts: readonly Draft[]): BuildingPlan[] {
  const lattice = plan.lattice;
  type Ref = { draft: number; road: RoadPlan; side: 0 | 1; position: number };
  const refs: Ref[] = drafts.map((d, draft) => {
    const cell = plan.cells[d.cell]!;
    const { ci, cj } = cell;
    const edges: { road: number; a: Pt; b: Pt; side: 0 | 1; base: number }[] = [
      { road: plan.horizontalRoad[cj]!, a: lattice.vertex(ci, cj), b: lattice.vertex(ci + 1, cj), side: 0, base: ci },
      { road: plan.horizontalRoad[cj + 1]!, a: lattice.vertex(ci, cj + 1), b: lattice.vertex(ci + 1, cj + 1), side: 1, base: ci },
      { road: plan.verticalRoad[ci]!, a: lattice.vertex(ci, cj), b: lattice.vertex(ci, cj + 1), side: 0, base: cj },
      { road: plan.verticalRoad[ci + 1]!, a: lattice.vertex(ci + 1, cj), b: lattice.vertex(ci + 1, cj + 1), side: 1, base: cj },
    ];
    let best: Ref | null = null;
    let bestD = Infinity;
    for (const e of edges) {
      const { t, distance } = projectOnSegment(d.center, e.a, e.b);
      // Main roads win ties within 25 m: a street-front address is what people use.
      const roadKind: RoadKind = plan.roads[e.road]!.kind;
      const score = distance - (roadKind === 'main' ? 25 : 0);
      if (score < bestD) {
        bestD = score;
        best = { draft, road: plan.roads[e.road]!, side: e.side, position: e.base + t };
      }
    }
    return best!;
  });
  const byRoadSide = new Map<string, Ref[]>();
  for (const r of refs) {
    const key = `${r.road.id}:${r.side}`;
    const list = byRoadSide.get(key);
    if (list) list.push(r);
    else byRoadSide.set(key, [r]);
  }
  const numbers = new Array<number>(drafts.length);
  for (const list of byRoadSide.values()) {
    list.sort((a, b) => a.position - b.position || a.draft - b.draft);
    let n = list[0]!.side === 0 ? 1 : 2;
    for (const r of list) {
      numbers[r.draft] = n;
      n += 2 * rng.weighted([[1, 0.7], [2, 0.2], [3, 0.1]]);
    }
  }
  const seqInGrid = new Map<number, number>();
  return drafts.map((d, index) => {
    const seq = (seqInGrid.get(d.grid) ?? 0) + 1;
    seqInGrid.set(d.grid, seq);
    const road = refs[index]!.road.name;
    const houseNumber = `${numbers[index]!}号`;
    return { ...d, index, seq, road, houseNumber, address: `${ADDRESS_PREFIX}${road}${houseNumber}` };
  });
}
