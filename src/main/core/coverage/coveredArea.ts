// The ground the circles cover together, as one shape. Drawing each circle's own fill
// stacks the tint wherever circles overlap (forty volunteer points turn a whole street
// muddy orange); one union drawn once tints every served place alike, so what stands
// out is the gaps.
import { union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export function coveredArea(circles: FeatureCollection<Polygon>): FeatureCollection<Polygon | MultiPolygon> {
  const merged: Feature<Polygon | MultiPolygon> | null = circles.features.length === 0 ? null : circles.features.length === 1 ? circles.features[0]! : union(circles);
  return { type: 'FeatureCollection', features: merged ? [{ type: 'Feature', properties: {}, geometry: merged.geometry }] : [] };
}
