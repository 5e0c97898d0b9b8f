// thematic.caseHeat: where the period's cases were reported, for a heat map. Points are
// summed into small cells (CASE_HEAT_CELL_DEG, about 20 m) in SQL, so a year of a whole
// street leaves as about ten thousand weighted points instead of forty thousand, and no
// single case's exact spot is in the payload. Cancelled cases (作废, merged duplicates)
// are not cases and are left out.
import { CASE_HEAT_CELL_DEG, type CaseHeat, type CaseHeatInput } from '../../../shared/thematic';
import type { Db } from '../db/database';

/** Cell centres to 1e-5° (about 1 m): finer digits would only lengthen the JSON. */
const COORD_PRECISION = 1e5;

export function caseHeat(db: Db, input: CaseHeatInput): CaseHeat {
  const byClass = input.categoryClass ? 'AND k.class = @categoryClass' : '';
  const rows = db
    .prepare(
      `SELECT cast(floor(c.lng / @cell) AS INTEGER) AS x, cast(floor(c.lat / @cell) AS INTEGER) AS y, count(*) AS n
         FROM case_file c JOIN case_category k ON k.id = c.category_id
        WHERE c.reported_at >= @from AND c.reported_at < @to AND c.status <> 'cancelled' ${byClass}
        GROUP BY x, y ORDER BY x, y`,
    )
    .all({ cell: CASE_HEAT_CELL_DEG, from: input.from, to: input.to, ...(input.categoryClass ? { categoryClass: input.categoryClass } : {}) }) as { x: number; y: number; n: number }[];
  const centre = (i: number) => Math.round((i + 0.5) * CASE_HEAT_CELL_DEG * COORD_PRECISION) / COORD_PRECISION;
  let total = 0;
  let maxWeight = 0;
  const points = rows.map((r): [number, number, number] => {
    total += r.n;
    maxWeight = Math.max(maxWeight, r.n);
    return [centre(r.x), centre(r.y), r.n];
  });
  return { period: { from: input.from, to: input.to }, total, points, maxWeight };
}
