// Puts the offline basemap into a map description: its tile source, and its layers just
// above the street's ground (background, street area) and under the grids. Without a usable
// basemap file, or with it switched off, the description is returned as it was.
import type { BasemapView } from '../../../shared/basemap';
import { LAYER } from '../layerIds';
import type { MapDescription } from '../mapDescription';
import type { BasemapPrefs } from './basemapPrefs';
import { BASEMAP_SOURCE, basemapLayers, basemapSource, type BasemapPalette } from './basemapStyle';

const UNDER: readonly string[] = [LAYER.background, LAYER.streetArea];

/** Another map's ground layers and colours (the wall's): the basemap goes just above `under`. */
export interface BasemapPlacement {
  under: readonly string[];
  palette: BasemapPalette;
}

export function withBasemap(description: MapDescription, view: BasemapView | null, revision: number, prefs: BasemapPrefs, placement?: BasemapPlacement): MapDescription {
  const info = view?.info;
  if (!info || !prefs.on) return description;
  const under = placement?.under ?? UNDER;
  let at = 0;
  description.layers.forEach((layer, i) => {
    if (under.includes(layer.id)) at = i + 1;
  });
  return {
    ...description,
    vectorSources: { ...description.vectorSources, [BASEMAP_SOURCE]: basemapSource(info, revision) },
    layers: [...description.layers.slice(0, at), ...basemapLayers(prefs.strength, placement?.palette), ...description.layers.slice(at)],
  };
}
