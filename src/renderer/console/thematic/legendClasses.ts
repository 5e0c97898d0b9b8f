// The rows of a choropleth legend, from the core's classes: a colour, the range of
// values the class holds, and how many grids are in it. Values carry a fixed number of
// decimals, so a class's upper end is written exactly: the next break less one step
// (100–149, then 150–199), with the smallest and largest values closing the ends.
import type { ThematicLayer } from '../../../shared/thematic';
import { METRIC_DECIMALS } from '../../../shared/vocab/thematic';
import { classColors } from '../../map/thematic/choropleth';

export interface LegendClass {
  color: string;
  low: number;
  high: number;
  count: number;
}

export function legendClasses(layer: ThematicLayer): LegendClass[] {
  if (layer.min === null || layer.max === null) return [];
  const { breaks } = layer;
  const step = 10 ** -METRIC_DECIMALS[layer.metric];
  const colors = classColors(layer.metric, breaks.length + 1);
  const tidy = (v: number) => Number(v.toFixed(METRIC_DECIMALS[layer.metric]));
  return colors.map((color, k) => ({
    color,
    low: k === 0 ? layer.min! : breaks[k - 1]!,
    high: k === breaks.length ? layer.max! : tidy(breaks[k]! - step),
    count: layer.counts[k] ?? 0,
  }));
}
