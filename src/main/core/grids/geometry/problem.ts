// Building a GridProblem from the geometry that shows it: the fly-to point, the box and
// the area all follow from the geometry, so every rule fills them the same way.
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { GridProblem, GridProblemKind } from '../../../../shared/gridEdit';
import type { BBox, LngLat } from '../../../../shared/views';
import { interiorPoint } from './interiorPoint';
import { areaM2 } from './measure';
import { bboxOf } from './rings';

export function areaProblem(
  kind: GridProblemKind,
  gridIds: readonly number[],
  geometry: Polygon | MultiPolygon,
  detail: Record<string, number | string>,
  at?: LngLat,
): GridProblem {
  return {
    kind,
    gridIds: [...new Set(gridIds)].sort((a, b) => a - b),
    at: at ?? interiorPoint(geometry),
    bbox: bboxOf(geometry),
    geometry,
    areaM2: round(areaM2(geometry), 2),
    detail,
  };
}

export function pointProblem(kind: GridProblemKind, gridIds: readonly number[], at: LngLat, bbox: BBox, detail: Record<string, number | string>): GridProblem {
  const geometry: Point = { type: 'Point', coordinates: [at[0], at[1]] };
  return { kind, gridIds: [...new Set(gridIds)].sort((a, b) => a - b), at, bbox, geometry, areaM2: null, detail };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
