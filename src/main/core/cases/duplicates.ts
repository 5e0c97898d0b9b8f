// Possible duplicates of a new report: same subcategory, still open, within 50 m,
// reported in the last 7 days. A bounding box on (lng, lat) narrows, distance decides.
import { distance } from '@turf/turf';
import type { DuplicateCandidate } from '../../../shared/cases';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { CASE_ROW_COLUMNS, CASE_ROW_FROM, toCaseRow, type CaseRowRecord } from './caseRows';

export const DUPLICATE_RADIUS_M = 50;
export const DUPLICATE_WINDOW_MS = 7 * 86_400_000;

export function findDuplicates(db: Db, q: { categoryId: number; lng: number; lat: number; excludeCaseId?: number | undefined }, now: number): DuplicateCandidate[] {
  // 50 m is under 0.0005° of latitude and, at Chongqing's latitude, under 0.0006° of longitude.
  const dLat = 0.0005;
  const dLng = 0.0006;
  const rows = db
    .prepare(
      `SELECT ${CASE_ROW_COLUMNS} ${CASE_ROW_FROM}
        WHERE c.category_id = @cat AND c.status IN ${OPEN_STATUS_SQL} AND c.reported_at >= @since
          AND c.lng BETWEEN @lng - @dLng AND @lng + @dLng AND c.lat BETWEEN @lat - @dLat AND @lat + @dLat
          AND c.id != @exclude`,
    )
    .all({ cat: q.categoryId, since: now - DUPLICATE_WINDOW_MS, lng: q.lng, lat: q.lat, dLng, dLat, exclude: q.excludeCaseId ?? -1 }) as CaseRowRecord[];
  return rows
    .map((r) => ({ ...toCaseRow(r, now), distanceM: Math.round(distance([q.lng, q.lat], [r.lng, r.lat], { units: 'meters' })) }))
    .filter((c) => c.distanceM <= DUPLICATE_RADIUS_M)
    .sort((a, b) => a.distanceM - b.distanceM);
}
