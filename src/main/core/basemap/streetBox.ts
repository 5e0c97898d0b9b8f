// The street's extent, which a basemap must reach; null while a new street has no row yet.
import type { BBox } from '../../../shared/views';
import type { Db } from '../db/database';
import { boxOf, parsePolygon } from '../services/geo';

export function streetBox(db: Db): BBox | null {
  const boundary = db.prepare('SELECT boundary FROM street LIMIT 1').pluck().get() as string | undefined;
  return boundary ? boxOf(parsePolygon(boundary)) : null;
}
