// The grid choropleth: each grid's value of the chosen metric joined onto the grid
// features (so the fill is data-driven on a property, like every other layer), and the
// step expression that colours it by the legend's classes.
import type { FeatureCollection, Polygon } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { ThematicGrids, ThematicLayer, ThematicMetric } from '../../../shared/thematic';
import type { GridFeatureProps } from '../../../shared/views';
import { THEMATIC_NO_DATA, THEMATIC_RAMPS } from '../palette';

/** Properties the choropleth adds to a grid feature (absent value = no data). */
export const THEMATIC_VALUE = 'thematicValue';
export const THEMATIC_METRIC = 'thematicMetric';

export type ChoroplethGridProps = GridFeatureProps & { thematicMetric: ThematicMetric; thematicValue?: number };

/** Colours for `count` classes, spread over the metric's five-colour ramp so few classes still contrast. */
export function classColors(metric: ThematicMetric, count: number): string[] {
  const ramp = THEMATIC_RAMPS[metric];
  if (count <= 1) return [ramp[2]];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]!);
}

/** fill-color for the grids: the class colour of the value, the no-data grey without one. */
export function choroplethColor(layer: ThematicLayer): ExpressionSpecification {
  const colors = classColors(layer.metric, layer.breaks.length + 1);
  const value: ExpressionSpecification = ['get', THEMATIC_VALUE];
  const byClass: ExpressionSpecification | string = layer.breaks.length === 0 ? colors[0]! : ['step', value, colors[0]!, ...layer.breaks.flatMap((b, i) => [b, colors[i + 1]!])];
  return ['case', ['==', ['typeof', value], 'number'], byClass, THEMATIC_NO_DATA];
}

/** The base grids with the metric's value on each; a new collection only when the inputs change (the map diffs data by reference). */
export function choroplethGrids(grids: FeatureCollection<Polygon, GridFeatureProps>, result: ThematicGrids, metric: ThematicMetric): FeatureCollection<Polygon, ChoroplethGridProps> {
  const values = new Map(result.grids.map((g) => [g.gridId, g.values[metric] ?? null]));
  return {
    type: 'FeatureCollection',
    features: grids.features.map((f) => {
      const value = values.get(f.properties.id) ?? null;
      const properties: ChoroplethGridProps = { ...f.properties, [THEMATIC_METRIC]: metric, ...(value === null ? {} : { [THEMATIC_VALUE]: value }) };
      return { ...f, properties };
    }),
  };
}
