// The queue's cases as map points: the same properties the cases overlay draws and the
// tooltip reads, so the one cases layer serves both the map view and the dispatch desk.
import type { FeatureCollection, Point } from 'geojson';
import type { CaseRow } from '../../../shared/cases';

export interface QueuePointProps {
  id: number;
  code: string;
  status: CaseRow['status'];
  /** Null for cases whose clock is not running (closed, parked): drawn grey. */
  light: CaseRow['light'];
  categoryName: string;
  /** The subcategory's catalogue code: the tooltip names it in the UI language. */
  categoryCode: string;
  supervised: boolean;
}

export function queueFeatures(rows: readonly CaseRow[]): FeatureCollection<Point, QueuePointProps> {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'Point', coordinates: r.center },
      properties: { id: r.id, code: r.code, status: r.status, light: r.light, categoryName: `${r.categoryName} · ${r.subcategoryName}`, categoryCode: r.subcategoryCode, supervised: r.supervised },
    })),
  };
}
