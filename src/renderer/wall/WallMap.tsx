// The wall's map: the shared MapView bridge fed with the wall's own description. New
// cases pulse by flipping a paint value every 1.2 s; MapLibre eases between the
// two sizes (paint transitions), so no animation loop runs outside the map.
import { useEffect, useMemo, useState } from 'react';
import type { MapData } from '../map/mapData';
import { useLocale } from '../i18n/LocaleProvider';
import { MapView } from '../map/MapView';
import { describeWall } from './map/describeWall';
import { useWallBasemap } from './map/useWallBasemap';
import { gridLabelCollection, markerCollection, pulseCollection } from './map/wallFeatures';
import type { WallModel } from './wallModel';
import { WallLegend } from './WallLegend';

const PULSE_FLIP_MS = 1_200;
const noop = () => undefined;
const noTooltip = () => null;

interface Props {
  base: MapData;
  model: WallModel;
  unit: number;
  /** The minute clock: markers turn overdue with it. */
  now: number;
  focusCommunityId: number | null;
  scopeLabel: string | null;
}

export function WallMap({ base, model, unit, now, focusCommunityId, scopeLabel }: Props) {
  const { t } = useLocale();
  const [phase, setPhase] = useState(false);
  const anyPulse = model.pulsing.size > 0;
  useEffect(() => {
    if (!anyPulse) {
      setPhase(false);
      return;
    }
    setPhase(true);
    const timer = setInterval(() => setPhase((p) => !p), PULSE_FLIP_MS);
    return () => clearInterval(timer);
  }, [anyPulse]);

  const cases = useMemo(() => markerCollection(model.markers.values(), now), [model.markers, now]);
  const pulse = useMemo(() => pulseCollection(model.markers, model.pulsing), [model.markers, model.pulsing]);
  const gridLabels = useMemo(() => gridLabelCollection(base, model.gridStates), [base, model.gridStates]);
  const wallDescription = useMemo(
    () => describeWall({ base, gridStates: model.gridStates, gridLabels, cases, pulse, pulsePhase: phase, focusCommunityId, unit }),
    [base, model.gridStates, gridLabels, cases, pulse, phase, focusCommunityId, unit],
  );
  // The offline basemap, when the administrator chose one, under the wall's grids too.
  const { description, drawn: basemapDrawn } = useWallBasemap(wallDescription);

  return (
    <div className="wall-map" data-testid="wall-map" data-pulsing={model.pulsing.size} data-basemap={basemapDrawn ? 'on' : 'off'}>
      <div className="wall-map-canvas">
        <MapView
          description={description}
          bounds={base.street.bbox}
          camera={null}
          busy={false}
          loadingLabel={t('wall.loadingMap')}
          insetRight={0}
          onSelect={noop}
          renderTooltip={noTooltip}
        />
        {scopeLabel && (
          <div className="wall-map-scope" data-testid="wall-map-scope" data-wall-text>
            {scopeLabel}
          </div>
        )}
        {basemapDrawn && (
          // The basemap's licence line (OpenStreetMap data is ODbL), as on the console's map.
          <div data-testid="wall-basemap-attribution" style={{ position: 'absolute', zIndex: 2, left: 8 * unit, bottom: 6 * unit, fontSize: 11 * unit, color: '#6f86a8', pointerEvents: 'none' }}>
            {t('basemap.attribution')}
          </div>
        )}
      </div>
      <WallLegend />
    </div>
  );
}
