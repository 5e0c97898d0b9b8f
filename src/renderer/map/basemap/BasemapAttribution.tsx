// The basemap's licence line on the map (OpenStreetMap data is ODbL: its attribution must be
// shown wherever the map is), only while a basemap is drawn.
import { Text } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';
import { useBasemapPrefs } from './basemapPrefs';
import { useBasemap } from './useBasemap';

export function BasemapAttribution() {
  const t = useT();
  const { view } = useBasemap();
  const prefs = useBasemapPrefs();
  if (!view?.info || !prefs.on) return null;
  return (
    <Text
      fz={10}
      c="gray.7"
      data-testid="basemap-attribution"
      style={{ position: 'absolute', left: 6, bottom: 4, zIndex: 4, padding: '1px 6px', borderRadius: 3, background: 'rgba(255,255,255,0.75)', pointerEvents: 'none' }}
    >
      {t('basemap.attribution')}
    </Text>
  );
}
