// The shape every overlay module returns: its source (if it has its own) and its layers,
// split into bodies (drawn under the labels) and labels (drawn on top of everything).
// An overlay is in the map description only while it is shown: a hidden layer still
// costs its source's tiling and its shaders when the map starts.
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';

export interface OverlayLayers {
  sources: Record<string, GeoJSONSourceSpecification>;
  body: LayerSpecification[];
  labels: LayerSpecification[];
}
