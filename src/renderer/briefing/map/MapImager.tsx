// Makes the image of every map view of the deck, one at a time, with the one map bridge
// (MapView) off screen at the slide's map size: wait for the map to be idle (data, labels
// and fades done), then read the canvas. The canvas is read inside MapLibre's 'render'
// event after a forced repaint: the WebGL drawing buffer is only guaranteed to hold the
// frame until it is composited, so this needs no preserveDrawingBuffer.
import { useEffect, useMemo, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BriefingDeck } from '../../../shared/briefing';
import type { MapBase } from '../../../shared/views';
import { MapView } from '../../map/MapView';
import { useWithBuildings } from '../../map/useMapBuildings';
import { describeBriefingMap, type BriefingMapView } from './briefingMap';
import { MAP_BOX } from './mapSize';

const POLL_MS = 120;
/** A map that never settles (a lost WebGL context) is imaged as it is after this long. */
const GIVE_UP_MS = 45_000;

interface Props {
  deck: BriefingDeck;
  base: MapBase;
  views: readonly BriefingMapView[];
  images: Readonly<Record<string, string>>;
  onImage: (viewId: string, dataUrl: string) => void;
}

function capture(map: MapLibreMap): Promise<string> {
  return new Promise((resolve) => {
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
}

const noop = () => undefined;
const noTooltip = () => null;

export function MapImager({ deck, base, views, images, onImage }: Props) {
  const view = views.find((v) => !images[v.id]) ?? null;
  const containerRef = useRef<HTMLDivElement>(null);
  const data = useWithBuildings(base);
  const description = useMemo(() => (view && data ? describeBriefingMap(data, deck, view) : null), [data, deck, view]);

  useEffect(() => {
    if (!view) return;
    let done = false;
    const started = Date.now();
    const timer = window.setInterval(() => {
      const handle = window.__streetopsMap;
      const container = containerRef.current;
      // The handle is the last map created: make sure it is this one.
      if (done || !handle || !container || !container.contains(handle.map.getContainer())) return;
      if (!handle.isIdle() && Date.now() - started < GIVE_UP_MS) return;
      done = true;
      window.clearInterval(timer);
      void capture(handle.map).then((url) => onImage(view.id, url));
    }, POLL_MS);
    return () => {
      done = true;
      window.clearInterval(timer);
    };
  }, [view?.id]);

  if (!view || !description) return null;
  return (
    <div className="briefing-imager" aria-hidden="true" ref={containerRef} style={MAP_BOX}>
      <MapView key={view.id} description={description} bounds={view.bounds} camera={null} busy={false} loadingLabel="" insetRight={0} onSelect={noop} renderTooltip={noTooltip} />
    </div>
  );
}
