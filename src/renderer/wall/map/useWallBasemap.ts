// The offline basemap under the wall's map, as under the console's: the administrator's file,
// drawn just above the wall's ground in dark colours so the grids stay the brightest thing.
// A basemap holds roads, water and place names only (no personal data), and its tiles come
// from the core like the console's (basemapProtocol.ts), never the network. The wall has no
// layer panel: the basemap shows whenever a file is chosen.
import { useMemo } from 'react';
import type { MapDescription } from '../../map/mapDescription';
import { registerBasemapProtocol } from '../../map/basemap/basemapProtocol';
import type { BasemapPalette } from '../../map/basemap/basemapStyle';
import { useBasemap } from '../../map/basemap/useBasemap';
import { withBasemap } from '../../map/basemap/withBasemap';
import { WALL_LAYER } from './describeWall';

/** Dark and quiet: roads and water read as texture under the grid colours, labels as faint names. */
export const WALL_BASEMAP_COLORS: BasemapPalette = {
  park: '#0f2a22',
  water: '#0e2f52',
  roadCasing: '#0a1729',
  road: '#23406a',
  highway: '#35557f',
  label: '#8ea6c8',
  placeLabel: '#a9bddb',
  halo: '#040b16',
};

const WALL_PREFS = { on: true, strength: 0.9 } as const;
const PLACEMENT = { under: [WALL_LAYER.background, WALL_LAYER.streetArea], palette: WALL_BASEMAP_COLORS } as const;

export function useWallBasemap(description: MapDescription): { description: MapDescription; drawn: boolean } {
  const { view, revision } = useBasemap();
  if (view?.info) registerBasemapProtocol();
  return useMemo(() => ({ description: withBasemap(description, view, revision, WALL_PREFS, PLACEMENT), drawn: Boolean(view?.info) }), [description, view, revision]);
}
