// The street's grids as an editable set: loaded from the database, changed by replaying a
// draft's operations, and compared with what was loaded to find what a save changes.
import type { Polygon } from 'geojson';
import type { Db } from '../db/database';
import { parsePolygon } from '../services/geo';

export interface DraftGridState {
  id: number;
  code: string;
  name: string;
  communityId: number;
  geometry: Polygon;
}

export interface StreetGrids {
  street: Polygon;
  streetCode: string;
  communities: Map<number, { id: number; code: string; name: string }>;
  /** Grids as saved, by id. */
  saved: Map<number, DraftGridState>;
}

interface GridRow {
  id: number;
  community_id: number;
  code: string;
  name: string;
  boundary: string;
}

export function loadStreetGrids(db: Db): StreetGrids {
  const street = db.prepare('SELECT code, boundary FROM street LIMIT 1').get() as { code: string; boundary: string };
  const communities = new Map(
    (db.prepare('SELECT id, code, name FROM community').all() as { id: number; code: string; name: string }[]).map((c) => [c.id, c]),
  );
  const rows = db.prepare('SELECT id, community_id, code, name, boundary FROM grid ORDER BY id').all() as GridRow[];
  const saved = new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, communityId: r.community_id, geometry: parsePolygon(r.boundary) }]));
  return { street: parsePolygon(street.boundary), streetCode: street.code, communities, saved };
}

/** A working copy: grids by id (negative ids are new), plus which ids the draft touched. */
export class Draft {
  readonly grids: Map<number, DraftGridState>;
  readonly touched = new Set<number>();
  readonly removed = new Set<number>();

  constructor(readonly base: StreetGrids) {
    this.grids = new Map([...base.saved].map(([id, g]) => [id, { ...g }]));
  }

  get(id: number): DraftGridState | undefined {
    return this.grids.get(id);
  }

  set(grid: DraftGridState): void {
    this.grids.set(grid.id, grid);
    this.touched.add(grid.id);
    this.removed.delete(grid.id);
  }

  remove(id: number): void {
    this.grids.delete(id);
    this.touched.delete(id);
    if (id > 0) this.removed.add(id);
  }

  /** Grids the draft made or changed (geometry or attributes), as they are now. */
  changed(): DraftGridState[] {
    return [...this.touched].map((id) => this.grids.get(id)).filter((g): g is DraftGridState => g !== undefined && differs(g, this.base.saved.get(g.id)));
  }

  created(): DraftGridState[] {
    return [...this.grids.values()].filter((g) => g.id < 0);
  }
}

function differs(g: DraftGridState, saved: DraftGridState | undefined): boolean {
  if (!saved) return true;
  return g.code !== saved.code || g.name !== saved.name || g.communityId !== saved.communityId || JSON.stringify(g.geometry) !== JSON.stringify(saved.geometry);
}
