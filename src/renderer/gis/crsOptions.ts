// The coordinate systems as a picker lists them: the four geographic ones, then the
// Gauss-Krüger zones, each worded with its zone and central meridian.
import { GIS_CRS, GK3_FIRST_ZONE } from '../../shared/vocab/gis';
import { isMessageKey, type Translate } from '../i18n/translate';

export function crsLabel(crs: string, t: Translate): string {
  const epsg = Number(crs.replace(/^EPSG:/, ''));
  const prefixed = epsg >= 4513 && epsg <= 4533;
  const unprefixed = epsg >= 4534 && epsg <= 4554;
  if (!prefixed && !unprefixed) {
    const key = `gis.crs.${crs}`;
    return isMessageKey(key) ? t(key as 'gis.crs.GCJ-02') : crs;
  }
  const zone = GK3_FIRST_ZONE + epsg - (prefixed ? 4513 : 4534);
  return t('gis.crs.gk', { zone: String(zone), cm: String(zone * 3), prefix: prefixed ? t('gis.crs.gkPrefix') : '', epsg: String(epsg) });
}

export function crsOptions(t: Translate): { value: string; label: string }[] {
  return GIS_CRS.map((c) => ({ value: c, label: crsLabel(c, t) }));
}
