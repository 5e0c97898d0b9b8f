// The console's map description with the offline basemap put in (withBasemap), following the
// administrator's file and the viewer's on/off and strength.
import { useMemo } from 'react';
import type { MapDescription } from '../mapDescription';
import { registerBasemapProtocol } from './basemapProtocol';
import { useBasemapPrefs } from './basemapPrefs';
import { useBasemap } from './useBasemap';
import { withBasemap } from './withBasemap';

export function useBasemapDescription(description: MapDescription | null): MapDescription | null {
  const { view, revision } = useBasemap();
  const prefs = useBasemapPrefs();
  if (view?.info) registerBasemapProtocol();
  return useMemo(() => (description ? withBasemap(description, view, revision, prefs) : null), [description, view, revision, prefs]);
}
