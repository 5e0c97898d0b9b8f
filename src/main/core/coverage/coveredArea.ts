// The ground the circles cover together, as one shape. Drawing each circle's own fill
// stacks the tint wherever circles overlap (forty volunteer points turn a whole street
// muddy orange); one union drawn once tints every served place alike, so what stands
// out is the gaps. The union of fifty circles takes about a quarter of a second and
// depends only on the circles, which change only when a facility moves: the last few
// are kept, keyed by their centres and radius.
import { union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const KEPT = 8;
const recent = new Map<string, FeatureCollection<Polygon | MultiPolygon>>();

/** What the union depends on, exactly: the circles' rings (a millisecond to write out, against hundreds to merge). */
function keyOf(circles: FeatureCollection<Polygon>): string {
  return JSON.stringify(circles.features.map((c) => c.geometry.coordinates));
}

function merge(circles: FeatureCollection<Polygon>): FeatureCollection<Polygon | MultiPolygon> {
  const merged: Feature<Polygon | MultiPolygon> | null = circles.features.length === 0 ? null : circles.features.length === 1 ? circles.features[0]! : union(circles);
  return { type: 'FeatureCollection', features: merged ? [{ type: 'Feature', properties: {}, geometry: merged.geometry }] : [] };
}

export function coveredArea(circles: FeatureCollection<Polygon>): FeatureCollection<Polygon | MultiPolygon> {
  const key = keyOf(circles);
  const kept = recent.get(key);
  if (kept) return kept;
  const area = merge(circles);
  recent.set(key, area);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  return area;
}
