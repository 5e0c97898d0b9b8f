// Grid editing's refusals, problem kinds and household range, zod-free so the renderer can import them without building the API's schemas.
/** Why the core refused one operation of a draft (the UI words each in its catalog). */
export const REFUSAL_REASONS = [
  'lineDoesNotCross',
  'splitNotInTwo',
  'lineSelfIntersects',
  'notAdjacent',
  'invalidPolygon',
  'clipFailed',
  'gridMissing',
  'keyUsed',
  'communityMissing',
  'drawOutside',
  'drawSplitsGrid',
  'selfMerge',
  'codeTaken',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const GRID_PROBLEM_KINDS = ['selfIntersection', 'overlap', 'gap', 'outsideStreet', 'sliver', 'buildingCut', 'households'] as const;
export type GridProblemKind = (typeof GRID_PROBLEM_KINDS)[number];
/** Kinds that stop a save unless the administrator overrides (self-intersections always stop it). */
export const OVERRIDABLE_PROBLEMS: readonly GridProblemKind[] = ['overlap', 'gap', 'outsideStreet'];
export const BLOCKING_PROBLEMS: readonly GridProblemKind[] = ['selfIntersection'];
/** Advice rather than a coverage fault: a street with only these is covered "到底到边". */
export const ADVISORY_PROBLEMS: readonly GridProblemKind[] = ['households'];

/** Households per grid the rules expect (DOMAIN: urban grids hold roughly 150–550). */
export const GRID_HOUSEHOLDS = { min: 150, max: 550 } as const;
