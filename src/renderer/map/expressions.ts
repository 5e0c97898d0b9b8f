// Small builders for MapLibre expressions used by several layers.
import type { ExpressionSpecification } from 'maplibre-gl';

type Value = string | number | boolean | ExpressionSpecification;

/** A value that switches while the pointer is over the feature (feature-state "hover"). */
export function whenHovered(hovered: Value, normal: Value): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hover'], false], hovered, normal];
}

/** `match` on one property over a closed vocabulary, e.g. building use → colour. */
export function matchProperty<K extends string>(property: string, values: readonly K[], output: (value: K) => string, fallback: string): ExpressionSpecification {
  const [first, ...rest] = values;
  if (first === undefined) return ['literal', fallback];
  return ['match', ['get', property], first, output(first), ...rest.flatMap((value) => [value, output(value)]), fallback];
}

/**
 * A number interpolated by zoom between two stops, larger by `extra` while hovered.
 * MapLibre only accepts ["zoom"] as the input of a top-level interpolate, so the hover
 * switch goes inside the stops rather than around them.
 */
export function zoomedHover(from: Stop, to: Stop, extra: number): ExpressionSpecification {
  return byZoom(from, to, (value) => whenHovered(value + extra, value));
}

type Stop = readonly [zoom: number, value: number];

/** Linear by zoom between two stops, each stop's value written by `at`. */
function byZoom(from: Stop, to: Stop, at: (value: number) => ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], from[0], at(from[1]), to[0], at(to[1])];
}

/**
 * A constant written as a per-feature value (the feature's `paint` property, which none
 * carries, else the constant). MapLibre compiles a shader variant for each mix of constant
 * and per-feature paint values in a layer type; written this way, a plain layer shares the
 * variant of its data-driven siblings instead of compiling one more, which under software
 * rendering costs a frame's time at start.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  const per: ExpressionSpecification = ['coalesce', ['get', 'paint'], value];
  return typeof value === 'string' ? ['to-color', per] : per;
}

/** A per-feature constant that is also interpolated by zoom (for widths and radii written with zoomedHover elsewhere). */
export function perFeatureByZoom(from: Stop, to: Stop): ExpressionSpecification {
  return byZoom(from, to, perFeature);
}
