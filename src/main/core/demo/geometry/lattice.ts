// A warped lattice of quadrilateral cells. Neighbouring cells share their vertices, so any
// partition of the cells into groups (grids, communities) covers the street exactly: no
// gaps and no overlaps by construction. Lattice lines become the road network.
import type { Rng } from '../rng';
import { isStrictlyConvex, type Pt, type Quad } from './planar';

export interface LatticeOptions {
  cols: number;
  rows: number;
  width: number;
  height: number;
  /** Random displacement of each vertex, as a fraction of the cell size. */
  jitter: number;
  /** Amplitude in metres of the smooth warp that bends whole lattice lines (winding roads). */
  warp: number;
  /** Amplitude in metres of the extra meander of the bottom edge (the river bank). */
  bank: number;
}

export class Lattice {
  constructor(
    readonly cols: number,
    readonly rows: number,
    /** Vertex (i, j) at index j * (cols + 1) + i; i along x, j along y. */
    readonly vertices: readonly Pt[],
  ) {}

  vertexId(i: number, j: number): number {
    return j * (this.cols + 1) + i;
  }

  vertex(i: number, j: number): Pt {
    return this.vertices[this.vertexId(i, j)]!;
  }

  cellId(ci: number, cj: number): number {
    return cj * this.cols + ci;
  }

  cellCoords(cell: number): { ci: number; cj: number } {
    return { ci: cell % this.cols, cj: Math.floor(cell / this.cols) };
  }

  /** Vertex ids of a cell, counter-clockwise from bottom-left. */
  cellVertexIds(cell: number): [number, number, number, number] {
    const { ci, cj } = this.cellCoords(cell);
    return [this.vertexId(ci, cj), this.vertexId(ci + 1, cj), this.vertexId(ci + 1, cj + 1), this.vertexId(ci, cj + 1)];
  }

  cellQuad(cell: number): Quad {
    const [a, b, c, d] = this.cellVertexIds(cell);
    return [this.vertices[a]!, this.vertices[b]!, this.vertices[c]!, this.vertices[d]!];
  }

  /** Edge-adjacent cells (no diagonals). */
  neighbours(cell: number): number[] {
    const { ci, cj } = this.cellCoords(cell);
    const out: number[] = [];
    if (ci > 0) out.push(this.cellId(ci - 1, cj));
    if (ci < this.cols - 1) out.push(this.cellId(ci + 1, cj));
    if (cj > 0) out.push(this.cellId(ci, cj - 1));
    if (cj < this.rows - 1) out.push(this.cellId(ci, cj + 1));
    return out;
  }

  /**
   * The outer ring (vertex ids, counter-clockwise, not closed) of a set of cells that is
   * edge-connected and simply connected. Each cell contributes its four directed edges;
   * edges shared by two cells of the set cancel; the rest chain into the boundary.
   * Throws on sets with holes or cells touching only at a corner, which the plan never
   * produces: a silent wrong polygon would break the coverage guarantee.
   */
  boundaryRing(cells: Iterable<number>): number[] {
    const directed = new Map<string, [number, number]>();
    for (const cell of cells) {
      const ids = this.cellVertexIds(cell);
      for (let k = 0; k < 4; k++) {
        const a = ids[k]!;
        const b = ids[(k + 1) % 4]!;
        const reverse = `${b}>${a}`;
        if (directed.has(reverse)) directed.delete(reverse);
        else directed.set(`${a}>${b}`, [a, b]);
      }
    }
    const next = new Map<number, number>();
    for (const [a, b] of directed.values()) {
      if (next.has(a)) throw new Error('boundaryRing: cells touch at a corner only');
      next.set(a, b);
    }
    const start = Math.min(...next.keys());
    const ring = [start];
    for (let v = next.get(start)!; v !== start; v = next.get(v)!) {
      ring.push(v);
      if (ring.length > next.size) throw new Error('boundaryRing: broken chain');
    }
    if (ring.length !== next.size) throw new Error('boundaryRing: the set has a hole or is not connected');
    return ring;
  }
}

/**
 * Builds the lattice centred on the origin. Every cell must come out strictly convex
 * (slots and setbacks rely on it); if a draw is too wild the jitter is halved and the
 * lattice rebuilt from the same stream, which keeps the result deterministic.
 */
export function buildLattice(rng: Rng, options: LatticeOptions): Lattice {
  let jitter = options.jitter;
  for (let attempt = 0; attempt < 6; attempt++, jitter /= 2) {
    const lattice = tryBuild(rng.fork(`lattice${attempt}`), { ...options, jitter });
    let convex = true;
    for (let c = 0; c < options.cols * options.rows && convex; c++) convex = isStrictlyConvex(lattice.cellQuad(c), 0.5);
    if (convex) return lattice;
  }
  throw new Error('buildLattice: could not make convex cells');
}

function tryBuild(rng: Rng, o: LatticeOptions): Lattice {
  const dx = o.width / o.cols;
  const dy = o.height / o.rows;
  const phase = Array.from({ length: 5 }, () => rng.float(0, 2 * Math.PI));
  const vertices: Pt[] = [];
  for (let j = 0; j <= o.rows; j++) {
    for (let i = 0; i <= o.cols; i++) {
      const bx = -o.width / 2 + i * dx;
      const by = -o.height / 2 + j * dy;
      // A smooth field moves neighbouring vertices together: lines bend but cells keep their shape.
      let x = bx + o.warp * Math.sin((2 * Math.PI * 0.7 * by) / o.height + phase[0]!);
      let y = by + o.warp * Math.sin((2 * Math.PI * 0.6 * bx) / o.width + phase[1]!);
      x += 0.4 * o.warp * Math.sin((2 * Math.PI * 1.3 * bx) / o.width + phase[2]!);
      if (j === 0) y += o.bank * Math.sin((2 * Math.PI * 1.1 * bx) / o.width + phase[3]!);
      x += rng.float(-o.jitter, o.jitter) * dx;
      y += rng.float(-o.jitter, o.jitter) * dy;
      vertices.push({ x, y });
    }
  }
  return new Lattice(o.cols, o.rows, vertices);
}
