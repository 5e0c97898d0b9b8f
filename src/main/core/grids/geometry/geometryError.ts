// Why an edit operation cannot be carried out. The code is for the caller (which message
// or highlight to show); the message is plain English for logs and for the administrator.

export type GeometryErrorCode =
  /** The split line does not run from outside the grid, across it, to outside again. */
  | 'lineDoesNotCross'
  /** The split line would leave more than two pieces, runs along the boundary, or cuts through a hole. */
  | 'splitNotInTwo'
  /** The split line crosses or doubles back on itself. */
  | 'lineSelfIntersects'
  /** The two grids to merge share no boundary of meaningful length. */
  | 'notAdjacent'
  /** An input polygon is unusable (fewer than three distinct vertices, no area). */
  | 'invalidPolygon'
  /** The clipping library failed on these shapes (rare numerical trouble with near-coincident edges). */
  | 'clipFailed';

export class GeometryError extends Error {
  override readonly name = 'GeometryError';

  constructor(
    readonly code: GeometryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
