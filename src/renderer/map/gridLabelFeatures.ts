// The map's grid names in the shared short form (铁马·11网格, shared/gridLabel.ts): grid
// numbers repeat in every community, and the stored name with its 14-digit code was long
// enough to crowd the map. map.base carries each grid's name and its community's; the
// label layer reads the `label` this adds.
import type { FeatureCollection, Point } from 'geojson';
import { gridLabel } from '../../shared/gridLabel';
import type { GridFeatureProps } from '../../shared/views';

export type LabelledGridProps = GridFeatureProps & { label: string };

// One labelled copy per map.base collection: every redescribed map hands MapLibre the same
// object, so the diff sees no new data and nothing is re-sent or re-tiled.
const labelled = new WeakMap<FeatureCollection<Point, GridFeatureProps>, FeatureCollection<Point, LabelledGridProps>>();

export function withGridLabels(points: FeatureCollection<Point, GridFeatureProps>): FeatureCollection<Point, LabelledGridProps> {
  let out = labelled.get(points);
  if (!out) {
    out = { ...points, features: points.features.map((f) => ({ ...f, properties: { ...f.properties, label: gridLabel(f.properties) } })) };
    labelled.set(points, out);
  }
  return out;
}
