// A map on a slide. The slide being shown gets the live map (the one MapView bridge, which
// can be panned in the meeting); every other slide, and every slide in print, shows the
// image captured for its view, so a printed or PDF deck has its maps as pictures.
import { useMemo } from 'react';
import type { BriefingDeck } from '../../../shared/briefing';
import type { MapBase } from '../../../shared/views';
import { MapView } from '../../map/MapView';
import { useWithBuildings } from '../../map/useMapBuildings';
import { describeBriefingMap, type BriefingMapView } from './briefingMap';
import { MAP_BOX } from './mapSize';

interface Props {
  deck: BriefingDeck;
  base: MapBase | null;
  view: BriefingMapView;
  image: string | undefined;
  live: boolean;
  pendingLabel: string;
}

const noop = () => undefined;
const noTooltip = () => null;

function LiveMap({ deck, base, view, label }: { deck: BriefingDeck; base: MapBase; view: BriefingMapView; label: string }) {
  const data = useWithBuildings(base);
  const description = useMemo(() => (data ? describeBriefingMap(data, deck, view) : null), [data, deck, view]);
  return (
    <div className="briefing-live-map">
      <MapView description={description} bounds={view.bounds} camera={null} busy={false} loadingLabel={label} insetRight={0} onSelect={noop} renderTooltip={noTooltip} />
    </div>
  );
}

export function SlideMap({ deck, base, view, image, live, pendingLabel }: Props) {
  return (
    <div className="briefing-map" style={MAP_BOX} data-testid={`briefing-map-${view.id}`} data-imaged={image ? 'true' : 'false'}>
      {live && base && <LiveMap deck={deck} base={base} view={view} label={pendingLabel} />}
      {image ? <img src={image} alt="" className={live ? 'briefing-print-only' : undefined} /> : <div className="briefing-map-pending">{pendingLabel}</div>}
    </div>
  );
}
