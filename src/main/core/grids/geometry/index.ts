// Pure grid geometry: editing operations and validation rules. No database, no Electron.
export { carvePolygon } from './carve';
export { findCutBuildings, type CutBuildingOptions } from './cutBuildings';
export { findGaps, type GapOptions } from './gaps';
export { GeometryError, type GeometryErrorCode } from './geometryError';
export { findHouseholdCounts } from './householdCounts';
export { interiorPoint } from './interiorPoint';
export { areaM2, compactness, meanWidthM, perimeterM } from './measure';
export { mergePolygons, type MergeOptions } from './merge';
export { findOutsideStreet, type OutsideStreetOptions } from './outsideStreet';
export { findOverlaps, type OverlapOptions } from './overlaps';
export { PointGridIndex } from './pointGridIndex';
export { propagateVertexMoves } from './propagate';
export { findSelfIntersections } from './selfIntersections';
export { sharedBoundaryM } from './sharedBoundary';
export { findSlivers, SLIVER_DEFAULTS, type SliverOptions } from './slivers';
export { splitPolygon } from './split';
export type { BuildingShape, GridShape } from './types';
export { validateGrids, type ValidateInput, type ValidateOptions } from './validate';
