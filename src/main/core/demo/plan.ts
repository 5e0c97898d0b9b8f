// The street plan in local metres: lattice, communities, grids, roads, river and parks.
// Pure data, no database. Sizes scale with the square root of `scale` so that counts
// (households, buildings, cases) scale linearly with it.
import { buildLattice, type Lattice } from './geometry/lattice';
import { insetQuad, type Pt, type Quad } from './geometry/planar';
import { chineseNumber, communityName, PLACE_STEMS, roadName } from './names';
import type { Rng } from './rng';

export const STREET = {
  code: '500107001',
  name: '九龙街道',
  district: '九龙坡区',
  city: '重庆市',
  regionCode: '500107',
  centerLng: 106.51,
  centerLat: 29.5,
} as const;

/** Size of a real street (scale 1): 3.3 km × 2.8 km, cells of about 205 m × 215 m. */
const FULL_WIDTH_M = 3300;
const FULL_HEIGHT_M = 2800;
const CELL_W_M = 206;
const CELL_H_M = 215;

/** Households per grid, inside the 300-500 band local rules ask for. */
export const GRID_HOUSEHOLDS_MIN = 350;
export const GRID_HOUSEHOLDS_MAX = 490;
const RIVER_WIDTH_M = 480;

export type CellKind = 'normal' | 'sparse' | 'park';
/** Residential styles of normal cells, and the character of sparse (low-household) cells. */
export type CellStyle = 'old' | 'new' | 'mixed' | 'business' | 'campus' | 'works' | 'park';
export type RoadKind = 'main' | 'secondary' | 'branch';

export interface CellPlan {
  id: number;
  ci: number;
  cj: number;
  quad: Quad;
  kind: CellKind;
  style: CellStyle;
  community: number;
  grid: number;
  /** Households this cell must hold. */
  households: number;
}

export interface GridPlan {
  index: number;
  community: number;
  /** 1-based sequence within the community. */
  seq: number;
  code: string;
  name: string;
  /** The residential cell first, then any attached sparse or park cell. */
  cells: number[];
  households: number;
  ring: Pt[];
}

export interface CommunityPlan {
  index: number;
  code: string;
  name: string;
  /** The community's name without 社区, used in estate and facility names. */
  stem: string;
  cells: number[];
  ring: Pt[];
  /** The residential cell nearest the community's middle: its office and service station go there. */
  centreCell: number;
}

export interface RoadPlan {
  id: number;
  name: string;
  kind: RoadKind;
  points: Pt[];
}

export interface ParkPlan {
  name: string;
  cell: number;
  ring: Pt[];
}

export interface StreetPlan {
  scale: number;
  lattice: Lattice;
  cells: CellPlan[];
  communities: CommunityPlan[];
  grids: GridPlan[];
  roads: RoadPlan[];
  /** Road index (into roads) of each horizontal lattice line j = 0..rows and vertical line i = 0..cols. */
  horizontalRoad: number[];
  verticalRoad: number[];
  boundary: Pt[];
  river: { name: string; ring: Pt[] };
  parks: ParkPlan[];
  /** The cell holding the street's Party and public service centre. */
  streetCentreCell: number;
}

interface Rect {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

/** Road setback (metres from the lattice line to the first building slot) by road kind. */
export function setbackFor(kind: RoadKind, riverside: boolean): number {
  if (riverside) return 20;
  return kind === 'main' ? 16 : 11;
}

export function planStreet(rng: Rng, scale: number): StreetPlan {
  if (!(scale > 0) || scale > 5) throw new RangeError(`demo scale must be in (0, 5], got ${scale}`);
  const k = Math.sqrt(scale);
  const cols = Math.max(3, Math.round((FULL_WIDTH_M * k) / CELL_W_M));
  const rows = Math.max(3, Math.round((FULL_HEIGHT_M * k) / CELL_H_M));
  const width = cols * CELL_W_M;
  const height = rows * CELL_H_M;
  const lattice = buildLattice(rng.fork('lattice'), {
    cols,
    rows,
    width,
    height,
    jitter: 0.12,
    warp: 0.22 * Math.min(width / cols, height / rows),
    bank: 0.3 * (height / rows),
  });

  const cells: CellPlan[] = [];
  for (let c = 0; c < cols * rows; c++) {
    const { ci, cj } = lattice.cellCoords(c);
    cells.push({ id: c, ci, cj, quad: lattice.cellQuad(c), kind: 'normal', style: 'old', community: -1, grid: -1, households: 0 });
  }

  const communityCount = Math.max(2, Math.round(10 * scale));
  const rects = splitRect(rng.fork('communities'), { i0: 0, j0: 0, i1: cols, j1: rows }, communityCount);
  // Codes run from the north-west corner: top band first, then west to east.
  rects.sort((a, b) => b.j1 - a.j1 || a.i0 - b.i0);
  rects.forEach((r, index) => {
    for (let j = r.j0; j < r.j1; j++) for (let i = r.i0; i < r.i1; i++) cells[lattice.cellId(i, j)]!.community = index;
  });

  const horizontalKinds = Array.from({ length: rows + 1 }, (_, j): RoadKind => (j === 0 || j % 4 === 2 ? 'main' : 'secondary'));
  const verticalKinds = Array.from({ length: cols + 1 }, (_, i): RoadKind => (i % 4 === 2 ? 'main' : 'secondary'));

  const parks = chooseParks(rng.fork('parks'), lattice, cells, scale, horizontalKinds, verticalKinds);
  chooseSparseCells(rng.fork('sparse'), lattice, cells);
  assignStyles(rng.fork('styles'), cells);

  const communities: CommunityPlan[] = rects.map((r, index) => {
    const name = communityName(index);
    const members = cells.filter((c) => c.community === index).map((c) => c.id);
    return {
      index,
      code: `${STREET.code}${String(index + 1).padStart(3, '0')}`,
      name,
      stem: name.replace(/社区$/, ''),
      cells: members,
      ring: lattice.boundaryRing(members).map((v) => lattice.vertices[v]!),
      centreCell: nearestNormalCell(cells, members, { x: (r.i0 + r.i1) / 2, y: (r.j0 + r.j1) / 2 }),
    };
  });

  const grids = buildGrids(rng.fork('grids'), lattice, cells, communities);
  const { roads, horizontalRoad, verticalRoad } = buildRoads(rng.fork('roads'), lattice, horizontalKinds, verticalKinds);
  const boundary = lattice.boundaryRing(cells.map((c) => c.id)).map((v) => lattice.vertices[v]!);
  const streetCentreCell = nearestNormalCell(
    cells,
    cells.map((c) => c.id),
    { x: cols / 2, y: rows / 2 },
  );

  return {
    scale,
    lattice,
    cells,
    communities,
    grids,
    roads,
    horizontalRoad,
    verticalRoad,
    boundary,
    river: { name: '长江', ring: riverRing(lattice, width) },
    parks,
    streetCentreCell,
  };
}

/** Guillotine split: halves along the longer side, sized in proportion to the communities each side gets. */
function splitRect(rng: Rng, rect: Rect, count: number): Rect[] {
  if (count <= 1) return [rect];
  const left = Math.floor(count / 2);
  const right = count - left;
  const w = rect.i1 - rect.i0;
  const h = rect.j1 - rect.j0;
  const alongI = w >= h;
  const span = alongI ? w : h;
  if (span < 2) return [rect];
  const ideal = (span * left) / count + rng.float(-0.12, 0.12) * span;
  const cut = Math.min(span - 1, Math.max(1, Math.round(ideal)));
  const a: Rect = alongI ? { ...rect, i1: rect.i0 + cut } : { ...rect, j1: rect.j0 + cut };
  const b: Rect = alongI ? { ...rect, i0: rect.i0 + cut } : { ...rect, j0: rect.j0 + cut };
  return [...splitRect(rng, a, left), ...splitRect(rng, b, right)];
}

function nearestNormalCell(cells: readonly CellPlan[], members: readonly number[], target: Pt): number {
  let best = -1;
  let bestD = Infinity;
  for (const id of members) {
    const c = cells[id]!;
    if (c.kind !== 'normal') continue;
    const d = Math.hypot(c.ci + 0.5 - target.x, c.cj + 0.5 - target.y);
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  if (best < 0) throw new Error('a community without a residential cell');
  return best;
}

/** Normal (residential) neighbours of a cell inside its community. */
function normalNeighbours(lattice: Lattice, cells: readonly CellPlan[], cell: number): number[] {
  const c = cells[cell]!;
  return lattice.neighbours(cell).filter((n) => cells[n]!.kind === 'normal' && cells[n]!.community === c.community);
}

const PARK_NAMES = ['滨江公园', '九龙公园', '彩云湖湿地公园', '桃花溪公园', '马王坪公园', '黄桷坪体育公园', '鹅公岩公园', '华岩公园'];

function chooseParks(
  rng: Rng,
  lattice: Lattice,
  cells: CellPlan[],
  scale: number,
  horizontalKinds: readonly RoadKind[],
  verticalKinds: readonly RoadKind[],
): ParkPlan[] {
  const count = Math.max(1, Math.round(2 * scale));
  const parks: ParkPlan[] = [];
  const used = new Set<number>();
  for (let p = 0; p < count; p++) {
    // The first park lines the river bank; the second sits near the middle; the rest anywhere.
    const candidates = cells.filter((c) => {
      if (c.kind !== 'normal' || used.has(c.id)) return false;
      if (p === 0) return c.cj === 0 && c.ci > 0 && c.ci < lattice.cols - 1;
      return c.cj > 0 && c.cj < lattice.rows - 1;
    });
    const centre = { x: lattice.cols / 2, y: p === 1 ? lattice.rows / 2 : rng.float(0, lattice.rows) };
    candidates.sort((a, b) => Math.hypot(a.ci + 0.5 - centre.x, a.cj + 0.5 - centre.y) - Math.hypot(b.ci + 0.5 - centre.x, b.cj + 0.5 - centre.y));
    const pick = candidates.slice(0, 4).find((c) => {
      // The park joins a neighbour's grid: that must stay possible for every park so far.
      c.kind = 'park';
      const ok = pairAttachments(lattice, cells) !== null;
      c.kind = 'normal';
      return ok;
    });
    if (!pick) continue;
    pick.kind = 'park';
    pick.style = 'park';
    used.add(pick.id);
    const insets = cellInsets(pick, horizontalKinds, verticalKinds);
    parks.push({ name: PARK_NAMES[p % PARK_NAMES.length]!, cell: pick.id, ring: [...insetQuad(pick.quad, insets)] });
  }
  return parks;
}

/** Setback of each cell edge (bottom, right, top, left) from the road on it. */
export function cellInsets(
  cell: Pick<CellPlan, 'ci' | 'cj'>,
  horizontalKinds: readonly RoadKind[],
  verticalKinds: readonly RoadKind[],
): [number, number, number, number] {
  return [
    setbackFor(horizontalKinds[cell.cj]!, cell.cj === 0),
    setbackFor(verticalKinds[cell.ci + 1]!, false),
    setbackFor(horizontalKinds[cell.cj + 1]!, false),
    setbackFor(verticalKinds[cell.ci]!, false),
  ];
}

/** About 8% of cells are business, campus or works blocks with few households; each is merged into a neighbour's grid. */
function chooseSparseCells(rng: Rng, lattice: Lattice, cells: CellPlan[]): void {
  const target = Math.max(1, Math.round(cells.length * 0.08));
  const order = rng.shuffle(cells.filter((c) => c.kind === 'normal').map((c) => c.id));
  let made = 0;
  for (const id of order) {
    if (made >= target) break;
    const c = cells[id]!;
    if (c.kind !== 'normal') continue;
    c.kind = 'sparse';
    // Every sparse cell and park still needs its own free residential partner afterwards.
    if (pairAttachments(lattice, cells) === null) {
      c.kind = 'normal';
      continue;
    }
    made++;
  }
}

/** Pairs each park and sparse cell with a distinct normal neighbour of the same community (most constrained first). */
function pairAttachments(lattice: Lattice, cells: readonly CellPlan[]): Map<number, number> | null {
  const attached = cells.filter((c) => c.kind !== 'normal').map((c) => c.id);
  const options = new Map(attached.map((id) => [id, normalNeighbours(lattice, cells, id)]));
  attached.sort((a, b) => options.get(a)!.length - options.get(b)!.length || a - b);
  const taken = new Set<number>();
  const pairs = new Map<number, number>();
  for (const id of attached) {
    const partner = options.get(id)!.find((n) => !taken.has(n));
    if (partner === undefined) return null;
    taken.add(partner);
    pairs.set(id, partner);
  }
  return pairs;
}

function assignStyles(rng: Rng, cells: CellPlan[]): void {
  for (const c of cells) {
    if (c.kind === 'normal') c.style = rng.weighted<CellStyle>([['old', 0.68], ['new', 0.16], ['mixed', 0.16]]);
    else if (c.kind === 'sparse') c.style = rng.weighted<CellStyle>([['business', 0.55], ['campus', 0.3], ['works', 0.15]]);
  }
}

function buildGrids(rng: Rng, lattice: Lattice, cells: CellPlan[], communities: readonly CommunityPlan[]): GridPlan[] {
  const pairs = pairAttachments(lattice, cells);
  if (!pairs) throw new Error('plan: parks and sparse cells cannot all be paired');
  const attachmentsOf = new Map<number, number[]>();
  for (const [attached, partner] of pairs) attachmentsOf.set(partner, [...(attachmentsOf.get(partner) ?? []), attached]);

  const grids: GridPlan[] = [];
  for (const community of communities) {
    // Grids are numbered row by row from the north-west, as a map reader would count them.
    const normals = community.cells
      .map((id) => cells[id]!)
      .filter((c) => c.kind === 'normal')
      .sort((a, b) => b.cj - a.cj || a.ci - b.ci);
    normals.forEach((cell, n) => {
      const seq = n + 1;
      const attached = (attachmentsOf.get(cell.id) ?? []).sort((a, b) => a - b);
      const members = [cell.id, ...attached];
      const households = rng.int(GRID_HOUSEHOLDS_MIN, GRID_HOUSEHOLDS_MAX);
      let rest = households;
      for (const id of attached) {
        const a = cells[id]!;
        a.households = a.kind === 'sparse' ? Math.round(households * rng.float(0.15, 0.3)) : 0;
        rest -= a.households;
      }
      cell.households = rest;
      const index = grids.length;
      for (const id of members) cells[id]!.grid = index;
      grids.push({
        index,
        community: community.index,
        seq,
        code: `${community.code}${String(seq).padStart(2, '0')}`,
        name: `${community.name}第${String(seq).padStart(2, '0')}网格`,
        cells: members,
        households,
        ring: lattice.boundaryRing(members).map((v) => lattice.vertices[v]!),
      });
    });
  }
  return grids;
}

function buildRoads(
  rng: Rng,
  lattice: Lattice,
  horizontalKinds: readonly RoadKind[],
  verticalKinds: readonly RoadKind[],
): { roads: RoadPlan[]; horizontalRoad: number[]; verticalRoad: number[] } {
  const stems = rng.shuffle([...PLACE_STEMS].filter((s) => s !== '九滨'));
  const used = new Set<string>(['九滨路']);
  let stemIndex = 0;
  const nextName = (kind: RoadKind): string => {
    for (;;) {
      const stem = stems[stemIndex % stems.length]!;
      const round = Math.floor(stemIndex / stems.length);
      stemIndex++;
      const name = round === 0 ? roadName(rng, stem, kind === 'main' ? 'main' : 'secondary') : `${stem}${chineseNumber(round + 1)}路`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const roads: RoadPlan[] = [];
  const horizontalRoad: number[] = [];
  const verticalRoad: number[] = [];
  for (let j = 0; j <= lattice.rows; j++) {
    const points = Array.from({ length: lattice.cols + 1 }, (_, i) => lattice.vertex(i, j));
    // The river bank road is the street's southern edge.
    const name = j === 0 ? '九滨路' : nextName(horizontalKinds[j]!);
    horizontalRoad.push(roads.length);
    roads.push({ id: roads.length, name, kind: horizontalKinds[j]!, points });
  }
  for (let i = 0; i <= lattice.cols; i++) {
    const points = Array.from({ length: lattice.rows + 1 }, (_, j) => lattice.vertex(i, j));
    verticalRoad.push(roads.length);
    roads.push({ id: roads.length, name: nextName(verticalKinds[i]!), kind: verticalKinds[i]!, points });
  }
  return { roads, horizontalRoad, verticalRoad };
}

/** The river south of the bank (the lattice's bottom line), running past both ends of the street. */
function riverRing(lattice: Lattice, width: number): Pt[] {
  const bank = Array.from({ length: lattice.cols + 1 }, (_, i) => lattice.vertex(i, 0));
  const extend = Math.max(300, 0.15 * width);
  const first = bank[0]!;
  const last = bank[bank.length - 1]!;
  const withEnds = [{ x: first.x - extend, y: first.y }, ...bank, { x: last.x + extend, y: last.y }];
  const far = withEnds.map((p) => ({ x: p.x, y: p.y - RIVER_WIDTH_M }));
  // Counter-clockwise: along the far bank west to east, back along the near bank east to west.
  return [...far, ...withEnds.reverse()];
}
