// Replays a draft's operations on the saved grids. The same replay serves every preview
// and the save, so what the administrator saw is what gets written. A geometry the
// operation cannot make (a line that does not cross the grid, grids that do not touch)
// is refused with the operation's index, and nothing is changed.
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { GridEditOp, RefusalReason } from '../../../shared/gridEdit';
import { ApiError } from '../../../shared/errors';
import type { BuildingLoad } from './buildingLoad';
import { Draft, type DraftGridState, type StreetGrids } from './draftState';
import { carvePolygon, GeometryError, intersectPieces, mergePolygons, propagateVertexMoves, splitPolygon } from './geometry';
import { codesOf, gridNameFor, nextGridCode } from './gridCodes';

type Box = [number, number, number, number];

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function boxOf(p: Polygon): Box {
  const [w, s, e, n] = turfBbox(p);
  return [w, s, e, n];
}

/** Refuse operation `index`: an English message for the log and API, and a reason word the UI translates. */
function fail(index: number, message: string, reason: RefusalReason): never {
  throw new ApiError('invalid_input', `change ${index + 1}: ${message}`, [{ path: `ops.${index}`, message, reason }]);
}

const SNAP_DEG = 2e-9;

function snapToVertices(p: Polygon, to: Polygon): Polygon {
  const originals = to.coordinates.flat();
  const snap = (q: number[]): number[] => originals.find((o) => Math.abs((o[0] ?? 0) - (q[0] ?? 0)) <= SNAP_DEG && Math.abs((o[1] ?? 0) - (q[1] ?? 0)) <= SNAP_DEG) ?? q;
  return { type: 'Polygon', coordinates: p.coordinates.map((ring) => ring.map(snap)) };
}

export function householdsInside(polygon: Polygon, buildings: readonly BuildingLoad[]): number {
  const box = boxOf(polygon);
  let n = 0;
  for (const b of buildings) {
    if (b.lng < box[0] || b.lng > box[2] || b.lat < box[1] || b.lat > box[3]) continue;
    if (booleanPointInPolygon([b.lng, b.lat], polygon)) n += b.households;
  }
  return n;
}

export function applyOps(base: StreetGrids, ops: readonly GridEditOp[], buildings: readonly BuildingLoad[]): Draft {
  const draft = new Draft(base);
  const usedKeys = new Set<number>();

  const need = (index: number, id: number): DraftGridState => {
    const g = draft.get(id);
    if (!g) fail(index, id > 0 ? `grid ${id} does not exist (or was merged away earlier in this draft)` : `new grid ${id} is not in this draft`, 'gridMissing');
    return g;
  };
  const newKey = (index: number, key: number): number => {
    if (usedKeys.has(key) || draft.get(key)) fail(index, `new grid key ${key} is already used in this draft`, 'keyUsed');
    usedKeys.add(key);
    return key;
  };
  const community = (index: number, id: number) => {
    const c = base.communities.get(id);
    if (!c) fail(index, `community ${id} does not exist`, 'communityMissing');
    return c;
  };
  // Codes in use: the draft's, and those of grids it removed (their rows go only after the new ones are written).
  const takenCodes = (except?: number): string[] => [
    ...codesOf([...draft.grids.values()].filter((g) => g.id !== except)),
    ...[...draft.removed].map((id) => base.saved.get(id)?.code ?? ''),
  ];
  const newIdentity = (communityId: number): { code: string; name: string } => {
    const c = base.communities.get(communityId)!;
    const code = nextGridCode(c.code, takenCodes());
    return { code, name: gridNameFor(c.name, code, c.code) };
  };

  ops.forEach((op, index) => {
    try {
      switch (op.op) {
        case 'draw': {
          const key = newKey(index, op.key);
          community(index, op.communityId);
          // A grid ends at the street's edge ("到底到边"): what was drawn outside is dropped.
          const clipped = intersectPieces(op.boundary, base.street);
          if (clipped.length !== 1) fail(index, 'the drawn grid must lie inside the street as one piece', 'drawOutside');
          const geometry = clipped[0]!;
          const box = boxOf(geometry);
          for (const g of [...draft.grids.values()]) {
            if (!boxesMeet(box, boxOf(g.geometry))) continue;
            const rest = carvePolygon(g.geometry, geometry);
            if (rest === null) draft.remove(g.id);
            else if (rest.type === 'MultiPolygon') fail(index, `the drawn grid cuts grid ${g.code} into separate pieces; draw it to one side or split ${g.code} first`, 'drawSplitsGrid');
            // The same object back means the new grid took none of this one's land.
            else if (rest !== g.geometry) draft.set({ ...g, geometry: rest });
          }
          const identity = newIdentity(op.communityId);
          draft.set({ id: key, communityId: op.communityId, geometry, code: identity.code, name: op.name ?? identity.name });
          break;
        }
        case 'reshape': {
          const g = need(index, op.gridId);
          const before = g.geometry;
          // The drawing tool rounds to 1e-9°: vertices it did not move snap back to the exact
          // originals, so shared vertices stay bit-identical with the neighbours'.
          const after = snapToVertices(op.boundary, before);
          const box = boxOf(before);
          for (const n of [...draft.grids.values()]) {
            if (n.id === g.id || !boxesMeet(box, boxOf(n.geometry))) continue;
            const moved = propagateVertexMoves(before, after, n.geometry);
            if (moved) draft.set({ ...n, geometry: moved });
          }
          draft.set({ ...g, geometry: after });
          break;
        }
        case 'split': {
          const g = need(index, op.gridId);
          const key = newKey(index, op.newKey);
          const [a, b] = splitPolygon(g.geometry, op.line);
          // The part with more households keeps the grid (its code, staff and history).
          const [keep, give] = householdsInside(a, buildings) >= householdsInside(b, buildings) ? [a, b] : [b, a];
          draft.set({ ...g, geometry: keep });
          const identity = newIdentity(g.communityId);
          draft.set({ id: key, communityId: g.communityId, geometry: give, ...identity });
          break;
        }
        case 'merge': {
          if (op.keepId === op.removeId) fail(index, 'a grid cannot be merged with itself', 'selfMerge');
          const keep = need(index, op.keepId);
          const gone = need(index, op.removeId);
          const geometry = mergePolygons(keep.geometry, gone.geometry);
          draft.remove(gone.id);
          draft.set({ ...keep, geometry });
          break;
        }
        case 'attributes': {
          const g = need(index, op.gridId);
          const next = { ...g };
          if (op.communityId !== undefined && op.communityId !== g.communityId) {
            const to = community(index, op.communityId);
            next.communityId = to.id;
            // Codes carry the community: a grid moved to another community is recoded unless a code is given.
            if (op.code === undefined) {
              const from = base.communities.get(g.communityId)!;
              next.code = nextGridCode(to.code, takenCodes(g.id));
              if (op.name === undefined && g.name === gridNameFor(from.name, g.code, from.code)) next.name = gridNameFor(to.name, next.code, to.code);
            }
          }
          if (op.code !== undefined) {
            const clash = [...draft.grids.values()].find((x) => x.id !== g.id && x.code === op.code);
            if (clash) fail(index, `code ${op.code} is already used by ${clash.name}`, 'codeTaken');
            if (takenCodes(g.id).includes(op.code)) fail(index, `code ${op.code} belongs to a grid merged away in this draft; save first, then reuse it`, 'codeTaken');
            next.code = op.code;
          }
          if (op.name !== undefined) next.name = op.name;
          draft.set(next);
          break;
        }
      }
    } catch (e) {
      if (e instanceof GeometryError) fail(index, e.message, e.code);
      throw e;
    }
  });
  return draft;
}
