// The shape every overlay module returns: its source (if it has its own) and its layers,
// split into bodies (drawn under the labels) and labels (drawn on top of everything).
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';

export interface OverlayLayers {
  sources: Record<string, GeoJSONSourceSpecification>;
  body: LayerSpecification[];
  labels: LayerSpecification[];
}
