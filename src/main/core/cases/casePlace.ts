// Where a case is: its grid and its building, which must agree. A building named by the
// caller decides the grid (a building sits in exactly one grid; a point on a shared edge
// does not), and is refused when the point lies in another grid. Without one, the nearest
// building of the point's grid is taken, never a neighbouring grid's. Every write that
// places a case (intake today, any later change of location) goes through here.
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import { gridIdAt, nearestBuilding } from './locate';

/** A building this close is taken as the place of the case. */
const BUILDING_RADIUS_M = 40;

export interface CasePlace {
  gridId: number;
  building: { id: number; address: string } | null;
  /** The address to show when none was typed. */
  address: string;
}

const gridName = (db: Db, id: number) => db.prepare('SELECT name FROM grid WHERE id = ?').pluck().get(id) as string;

export function casePlace(db: Db, lng: number, lat: number, buildingId?: number): CasePlace {
  const pointGrid = gridIdAt(db, lng, lat);
  if (buildingId !== undefined) {
    const b = db.prepare('SELECT id, grid_id, address FROM building WHERE id = ?').get(buildingId) as { id: number; grid_id: number; address: string } | undefined;
    if (!b) throw new ApiError('invalid_input', `buildingId: no building with id ${buildingId}`, [{ path: 'buildingId', message: 'does not exist' }]);
    if (pointGrid !== null && pointGrid !== b.grid_id) {
      throw new ApiError(
        'invalid_input',
        `buildingId: building ${b.id} (${b.address}) lies in grid ${gridName(db, b.grid_id)}, but the point lies in grid ${gridName(db, pointGrid)}; a case's building must lie in its grid`,
        [{ path: 'buildingId', message: `lies in grid ${gridName(db, b.grid_id)}, not in the point's grid ${gridName(db, pointGrid)}`, reason: 'buildingOutsideGrid' }],
      );
    }
    return { gridId: b.grid_id, building: { id: b.id, address: b.address }, address: b.address };
  }
  if (pointGrid === null) throw new ApiError('invalid_input', 'location: the point lies outside every grid of the street', [{ path: 'lng', message: 'is outside the street' }]);
  const near = nearestBuilding(db, lng, lat, pointGrid);
  const building = near && near.metres <= BUILDING_RADIUS_M ? { id: near.id, address: near.address } : null;
  return { gridId: pointGrid, building, address: near ? `${near.address}附近` : gridName(db, pointGrid) };
}
