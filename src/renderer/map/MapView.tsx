// The one imperative bridge to MapLibre. It owns the Map instance; the rest of the app
// hands it a MapDescription (data) and it diffs each new one into the live style. It
// also turns pointer events into MapHits (hover tooltip, click) and runs camera moves.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Box, Text } from '@mantine/core';
import { Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BBox, LngLat } from '../../shared/views';
import type { LineString, Polygon } from 'geojson';
import { applyMapOps } from './applyMapOps';
import type { DrawControl, DrawRequest, DrawTool } from './drawControl';
import { diffMap, EMPTY_DESCRIPTION } from './diffMap';
import type { MapDescription } from './mapDescription';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from './mapFonts';
import { hitFor, INTERACTIVE_LAYERS, type MapHit } from './mapHit';
import { setUpMapLibre } from './maplibreSetup';
import { exposeMapForTests } from './testHandle';
import { ZOOM } from './zoom';
import { LAYER } from './layerIds';
import { tooltipPosition } from './tooltipPlacement';

/** Names the hover card keeps off: the user reads them next. */
const TOOLTIP_AVOIDS: readonly string[] = [LAYER.gridLabel, LAYER.communityLabel];

export interface CameraRequest {
  center: LngLat;
  zoom: number;
  /** Bumped for every request, so flying to the same place twice still flies. */
  seq: number;
}

interface Props {
  description: MapDescription | null;
  /** The street's bbox: the first view fits it, and panning stays near it. */
  bounds: BBox | null;
  camera: CameraRequest | null;
  /** True while the app is still fetching data the map will show (tests wait on it). */
  busy: boolean;
  loadingLabel: string;
  /** Width covered on the right (the detail drawer): fly-to targets land in the visible part. */
  insetRight: number;
  onSelect: (hit: MapHit) => void;
  /** Pick mode (placing the intake pin): while set, a click anywhere reports its point instead of selecting. */
  onPick?: ((at: LngLat) => void) | null;
  renderTooltip: (hit: MapHit) => ReactNode;
  /** Drawing (grid editing): while set, clicks draw instead of selecting; each finished gesture goes to onDrawn. */
  draw?: DrawRequest | null;
  onDrawn?: (geometry: Polygon | LineString) => void;
  /** Layers that answer the pointer (default: every detail layer); grid management lets only grids answer. */
  interactiveLayers?: readonly string[];
  /** Called once, when the map has first drawn everything it was given. */
  onFirstDrawn?: () => void;
}

interface Hovered {
  hit: MapHit;
  source: string;
  id: string | number | undefined;
}

const FIT_PADDING = 40;
const FIRST_IDLE_MARK = 'streetops:map-first-idle';
/**
 * Until the first data has all come and been drawn, the map draws at half resolution.
 * Every source and tile that arrives redraws the whole map, and under software GL (a
 * workstation without a usable GPU) a full-resolution frame costs hundreds of ms; the
 * frames while loading are seen for a moment at most. The first complete frame is sharp.
 */
const LOADING_RESOLUTION = 0.5;
const CLICK_AFTER_DRAW_MS = 400;

function expand(bbox: BBox, factor: number): [[number, number], [number, number]] {
  const [w, s, e, n] = bbox;
  const dx = (e - w) * factor;
  const dy = (n - s) * factor;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}

export function MapView({ description, bounds, camera, busy, loadingLabel, insetRight, onSelect, onPick = null, renderTooltip, draw = null, onDrawn, interactiveLayers = INTERACTIVE_LAYERS, onFirstDrawn }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const appliedRef = useRef<MapDescription>(EMPTY_DESCRIPTION);
  const wantedRef = useRef<MapDescription | null>(description);
  const busyRef = useRef(busy);
  const idleRef = useRef(false);
  /** Whether the map draws at full resolution yet (see LOADING_RESOLUTION). */
  const sharpRef = useRef(false);
  /** Whether the map has drawn everything first asked of it (onFirstDrawn called). */
  const firstDrawnRef = useRef(false);
  const onFirstDrawnRef = useRef(onFirstDrawn);
  onFirstDrawnRef.current = onFirstDrawn;
  const hoveredRef = useRef<Hovered | null>(null);
  const onSelectRef = useRef(onSelect);
  const onPickRef = useRef(onPick);
  const insetRightRef = useRef(insetRight);
  const drawRef = useRef<DrawRequest | null>(draw);
  const interactiveRef = useRef(interactiveLayers);
  const onDrawnRef = useRef(onDrawn);
  const drawControlRef = useRef<DrawControl | null>(null);
  /** When the last drawing gesture finished: the click that closed it must not also select. */
  const drawnAtRef = useRef(0);
  const [styleReady, setStyleReady] = useState(false);
  const [ready, setReady] = useState(false);
  const [hovered, setHovered] = useState<MapHit | null>(null);
  /** The drawing tool in use: set once the tools (loaded on first use) have taken it up, so a click after it shows is drawn. */
  const [drawTool, setDrawTool] = useState<DrawTool['kind'] | 'none'>('none');

  wantedRef.current = description;
  busyRef.current = busy;
  onSelectRef.current = onSelect;
  onPickRef.current = onPick;
  insetRightRef.current = insetRight;
  drawRef.current = draw;
  interactiveRef.current = interactiveLayers;
  onDrawnRef.current = onDrawn;

  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  const boundsKey = bounds?.join(',');
  /**
   * The first description waits until the data in flight has come (busy off), so the
   * style is built once with every source rather than rebuilt, and re-tiled and redrawn,
   * as each call returns.
   */
  const holdFirst = () => appliedRef.current === EMPTY_DESCRIPTION && busyRef.current;
  /** The extent the camera was last fitted to. */
  const fittedRef = useRef<string | undefined>(undefined);

  // Create the map at once, while the street's data is still on its way: the style, the
  // worker and the WebGL context get ready in the meantime. Destroyed on unmount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap | null = null;
    let unexpose = () => {};
    // One task later: this effect runs before the screen's own effects send the data
    // requests, and creating the map holds the thread for a while.
    const timer = setTimeout(() => {
      const created = create(container);
      map = created;
      unexpose = exposeMapForTests({
        map: created,
        isIdle: () => idleRef.current && !busyRef.current && appliedRef.current === wantedRef.current && !created.isMoving(),
      });
    }, 0);

    return () => {
      clearTimeout(timer);
      unexpose();
      drawControlRef.current?.stop();
      drawControlRef.current = null;
      map?.remove();
      mapRef.current = null;
      fittedRef.current = undefined;
      appliedRef.current = EMPTY_DESCRIPTION;
      sharpRef.current = false;
      firstDrawnRef.current = false;
      hoveredRef.current = null;
      setStyleReady(false);
      setReady(false);
      setDrawTool('none');
    };
    // Created once; every prop flows in through refs and the effects below.
  }, []);

  function create(container: HTMLDivElement): MapLibreMap {
    // The bench reads this mark to split the first idle into before and after the map exists.
    performance.mark('streetops:map-created');
    setUpMapLibre();
    const bounds = boundsRef.current;
    const map = new MapLibreMap({
      container,
      // No glyphs URL: labels are drawn from local fonts. No sprite, no tiles: fully offline.
      style: { version: 8, sources: {}, layers: [] },
      ...(bounds ? { bounds: [bounds[0], bounds[1], bounds[2], bounds[3]], fitBoundsOptions: { padding: FIT_PADDING }, maxBounds: expand(bounds, 0.6) } : {}),
      minZoom: ZOOM.min,
      maxZoom: ZOOM.max,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
      pixelRatio: window.devicePixelRatio * LOADING_RESOLUTION,
    });
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;
    fittedRef.current = bounds?.join(',');

    const applyWanted = () => {
      const wanted = wantedRef.current;
      if (!wanted || !map.isStyleLoaded() || holdFirst()) return;
      applyMapOps(map, diffMap(appliedRef.current, wanted));
      appliedRef.current = wanted;
    };
    map.on('load', () => {
      applyWanted();
      setStyleReady(true);
    });
    map.on('render', () => {
      idleRef.current = false;
    });
    map.on('idle', () => {
      if (!sharpRef.current && appliedRef.current !== EMPTY_DESCRIPTION) {
        // Everything first asked for is drawn: once more, sharp, and that is the first idle.
        // null lifts the override, so the map follows the screen's pixel ratio again
        // (documented in setPixelRatio; its declared type says number only).
        sharpRef.current = true;
        map.setPixelRatio(null as unknown as number);
        map.triggerRepaint();
        return;
      }
      idleRef.current = true;
      if (appliedRef.current === EMPTY_DESCRIPTION) return;
      // The first idle with everything asked for drawn: the bench reads this mark, as the
      // bare MapLibre page it is compared with reads its own idle event's time.
      if (!firstDrawnRef.current && !busyRef.current && appliedRef.current === wantedRef.current) {
        firstDrawnRef.current = true;
        if (performance.getEntriesByName(FIRST_IDLE_MARK).length === 0) performance.mark(FIRST_IDLE_MARK);
        onFirstDrawnRef.current?.();
      }
      setReady(true);
    });
    return map;
  }

  // The street's extent, once known (or when it changes): fit it, and keep panning near it.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !bounds || fittedRef.current === boundsKey) return;
    fittedRef.current = boundsKey;
    // Lifted first: the old limits could keep the camera from reaching the new extent.
    map.setMaxBounds(null);
    map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
    map.setMaxBounds(expand(bounds, 0.6));
  }, [boundsKey]);

  // Diff every new description into the live style.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !description || holdFirst()) return;
    if (appliedRef.current === description) return;
    const ops = diffMap(appliedRef.current, description);
    applyMapOps(map, ops);
    drawControlRef.current?.raise(map);
    appliedRef.current = description;
    // A description that changes nothing renders nothing, and no idle event would follow
    // to set the flag again: only real changes make the map busy. A change MapLibre finds
    // it need not draw (a property set to its value) would not render either: ask for one
    // frame, so an idle event always follows.
    if (ops.length > 0) {
      idleRef.current = false;
      map.triggerRepaint();
    }
  }, [description, styleReady, busy]);

  // Drawing tools: loaded and made the first time they are asked for (terra-draw stays out
  // of the first load, which has no use for it), switched per request.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    if (!draw && !drawControlRef.current) return;
    let current = true;
    const use = (control: DrawControl) => {
      const tool = drawRef.current?.tool ?? null;
      control.use(tool, (g) => {
        drawnAtRef.current = performance.now();
        onDrawnRef.current?.(g);
      });
      setDrawTool(tool?.kind ?? 'none');
    };
    if (drawControlRef.current) use(drawControlRef.current);
    else {
      void import('./drawControl').then(({ DrawControl: Control }) => {
        // The map may have gone, or another request may have made the tools meanwhile.
        if (!current || mapRef.current !== map) return;
        drawControlRef.current ??= new Control(map);
        use(drawControlRef.current);
      });
    }
    return () => {
      current = false;
    };
  }, [draw?.seq, draw === null, styleReady]);

  // Pointer: hover highlight + tooltip, click to select, clusters zoom in.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;

    const topHit = (e: MapMouseEvent): { hit: MapHit; feature: MapGeoJSONFeature } | null => {
      const layers = interactiveRef.current.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
      for (const feature of map.queryRenderedFeatures(e.point, { layers })) {
        const hit = hitFor(feature.layer.id, feature.source, feature.properties);
        if (hit) return { hit, feature };
      }
      return null;
    };

    const clearHover = () => {
      const previous = hoveredRef.current;
      if (previous && previous.id !== undefined && map.getSource(previous.source)) {
        map.setFeatureState({ source: previous.source, id: previous.id }, { hover: false });
      }
      hoveredRef.current = null;
    };

    const onMove = (e: MapMouseEvent) => {
      // While drawing, the pointer belongs to the drawing tool: no hover, no tooltip.
      const found = drawRef.current ? null : topHit(e);
      const tooltip = tooltipRef.current;
      if (tooltip && found) {
        // Beside the pointer, off any grid or community name (the card keeps its last size while it changes).
        const labels = TOOLTIP_AVOIDS.filter((id) => map.getLayer(id));
        const canvas = map.getCanvas();
        const at = tooltipPosition(e.point, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, { width: canvas.clientWidth, height: canvas.clientHeight }, (box) =>
          labels.length > 0 ? map.queryRenderedFeatures(box, { layers: labels }).length > 0 : false,
        );
        tooltip.style.transform = `translate(${at.x}px, ${at.y}px)`;
      }
      const previous = hoveredRef.current;
      if (found && previous && previous.source === found.feature.source && previous.id === found.feature.id && previous.hit.layerId === found.hit.layerId) return;
      clearHover();
      if (found) {
        const { feature, hit } = found;
        if (feature.id !== undefined) map.setFeatureState({ source: feature.source, id: feature.id }, { hover: true });
        hoveredRef.current = { hit, source: feature.source, id: feature.id };
        map.getCanvas().style.cursor = onPickRef.current ? 'crosshair' : 'pointer';
        setHovered(hit);
      } else {
        map.getCanvas().style.cursor = onPickRef.current ? 'crosshair' : '';
        setHovered(null);
      }
    };

    const onLeave = () => {
      clearHover();
      map.getCanvas().style.cursor = '';
      setHovered(null);
    };

    const onClick = (e: MapMouseEvent) => {
      if (drawRef.current || performance.now() - drawnAtRef.current < CLICK_AFTER_DRAW_MS) return;
      const pick = onPickRef.current;
      if (pick) {
        pick([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      const found = topHit(e);
      if (!found) return;
      const { hit } = found;
      if (hit.type === 'cluster') {
        const source = map.getSource<GeoJSONSource>(hit.sourceId);
        void source?.getClusterExpansionZoom(hit.clusterId).then((zoom) => {
          map.easeTo({ center: e.lngLat, zoom: Math.min(zoom + 0.2, ZOOM.max) });
        });
        return;
      }
      onSelectRef.current(hit);
    };

    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [styleReady]);

  // Entering or leaving pick mode shows at once in the cursor, before the pointer moves.
  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady) map.getCanvas().style.cursor = onPick ? 'crosshair' : '';
  }, [onPick !== null, styleReady]);

  // Camera requests (search results, "show on map").
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    // The request may come with a layout change (the desk's side pane opening): measure the
    // container first, or the flight would aim at the centre of the old size.
    map.resize();
    // An offset rather than padding: padding would stay on the map after the drawer closes.
    map.flyTo({ center: camera.center, zoom: Math.max(camera.zoom, map.getZoom()), offset: [-insetRightRef.current / 2, 0], speed: 1.6, essential: true });
  }, [camera?.seq]);

  return (
    <Box pos="relative" w="100%" h="100%">
      <div
        ref={containerRef}
        data-testid="map"
        data-map-ready={ready ? 'true' : 'false'}
        data-pick-mode={onPick ? 'true' : 'false'}
        data-draw-tool={drawTool}
        style={{ position: 'absolute', inset: 0 }} />
      {/* Words, not a spinner: an endless animation makes the compositor redraw the page
          every frame, and with software GL those frames compete with the map's own drawing. */}
      {!ready && (
        <Box pos="absolute" top="50%" left="50%" style={{ transform: 'translate(-50%, -50%)' }}>
          <Text fz="sm" c="dimmed">
            {loadingLabel}
          </Text>
        </Box>
      )}
      <div
        ref={tooltipRef}
        data-testid="map-tooltip"
        style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none', zIndex: 5, display: hovered ? 'block' : 'none' }}
      >
        {hovered && renderTooltip(hovered)}
      </div>
    </Box>
  );
}
